/**
 * simulation.md §6 (after the grouping is chosen): groups, cost, pyramid, learning loops and warnings,
 * assembled into a Result.
 */
import { memo, type Model } from './canonical';
import { leadTimeKey } from './grouping';
import type { Flow } from './leadTime';
import type { Stage } from './stage';
import type { GroupFigures } from './staffing';
import type { Result, SearchKind, SimWarning } from './types';

const BIG_TEAM = 9;

export interface Outcome {
  groupOf: ArrayLike<number>;
  /** Figures per group, indexed by owner. */
  figures: Map<number, GroupFigures>;
  flow: Flow;
}

export interface OutcomeLabels {
  scenario: string;
  quarter: number;
  search: SearchKind;
  aiCostRatio: number;
  /** The baseline's lead time, for `lead-time-above-baseline`; absent for the baseline itself. */
  baselineLeadTime?: number;
  /** FTE of second-line oversight with no Control team to land on (0 when there is one): the `no-control` warning's figure. */
  noControlDemand: number;
}

/**
 * Turns a chosen grouping into the Result of format.md.
 * @example toResult(model, stage, outcome, { scenario: 'baseline', quarter: 0, search: 'none', ... })
 */
export function toResult(m: Model, st: Stage, o: Outcome, labels: OutcomeLabels): Result {
  const { groupOf, figures, flow } = o;
  const owners = [...figures.keys()].sort((a, b) => a - b);
  const membersOf = new Map<number, string[]>(owners.map((g) => [g, []]));
  for (let i = 0; i < m.ids.length; i++) membersOf.get(groupOf[i])!.push(m.ids[i]);

  let rework = 0;
  let coordination = 0;
  let unallocated = 0;
  for (const g of owners) {
    const fg = figures.get(g)!;
    rework += fg.rework;
    coordination += fg.n * fg.f;
    unallocated += fg.capacity - fg.demand;
  }
  const { headcount, human, ai } = costOf(m, st, o, labels.aiCostRatio);
  let execution = rework;
  let assure = 0;
  let decide = 0;
  for (let i = 0; i < m.ids.length; i++) {
    const [r, c, d, a] = st.left[i];
    execution += r + c;
    decide += d;
    assure += a;
  }

  const leadTimeDays = flow.leadTime;
  const loopDays = leadTimeDays + m.measurementLagDays;
  const criticalPath = flow.path.map((g) => m.ids[g]);
  return {
    scenario: labels.scenario,
    quarter: labels.quarter,
    adoption: st.adoption,
    headcount,
    handoffs: flow.externalWork,
    leadTimeDays,
    touchDays: flow.touch,
    waitDays: flow.wait,
    flowEfficiency: leadTimeDays > 0 ? flow.touch / leadTimeDays : 1,
    fidelity: flow.fidelity,
    cost: { human, ai, total: human + ai },
    automatedFte: st.automated,
    groups: owners.map((g) => ({ owner: m.ids[g], members: membersOf.get(g)!, headcount: figures.get(g)!.n })),
    criticalPath,
    pyramid: { execution, orchestration: assure + coordination, innovation: decide, unallocated },
    learningLoops: learningLoops(m.windowDays, loopDays),
    search: labels.search,
    warnings: warningsFor(m, leadTimeDays, criticalPath, labels),
  };
}

/**
 * Headcount and cost (§6): human = Σ_G n_G · rate_G, rate_G the members' costPerFte weighted by their
 * baseline headcounts; AI = aiCostRatio · Σ_i S_i · costPerFte_i. Shared by the Result and the sampler,
 * which must add in the same order to give the same numbers.
 */
export function costOf(m: Model, st: Stage, o: Outcome, aiCostRatio: number): { headcount: number; human: number; ai: number } {
  const { groupOf, figures } = o;
  // By owner index; each owner's sums add its members in index order. Scratch kept per document: the
  // sampler asks this of every world at every quarter.
  const { people, money } = memo(m, 'cost-scratch', () => ({ people: new Float64Array(m.ids.length), money: new Float64Array(m.ids.length) }));
  people.fill(0);
  money.fill(0);
  for (let i = 0; i < m.ids.length; i++) {
    const g = groupOf[i];
    people[g] += m.headcount[i];
    money[g] += m.headcount[i] * m.teams[i].costPerFte;
  }
  let headcount = 0;
  let human = 0;
  for (const g of [...figures.keys()].sort((a, b) => a - b)) {
    const n = figures.get(g)!.n;
    headcount += n;
    human += people[g] > 0 ? n * (money[g] / people[g]) : 0;
  }
  let ai = 0;
  for (let i = 0; i < m.ids.length; i++) ai += st.surface[i] * m.teams[i].costPerFte;
  return { headcount, human, ai: ai * aiCostRatio };
}

function warningsFor(m: Model, leadTime: number, criticalPath: string[], labels: OutcomeLabels): SimWarning[] {
  const warnings: SimWarning[] = [];
  if (labels.noControlDemand > 0) {
    warnings.push({
      code: 'no-control',
      message: `There is no Control team: ${labels.noControlDemand.toFixed(2)} FTE of second-line oversight of AI work has no one to do it.`,
      teams: [],
    });
  }
  m.teams.forEach((t) => {
    if (t.headcount > BIG_TEAM) {
      warnings.push({
        code: 'big-team',
        message: `${t.id} has ${t.headcount} people as entered: above ${BIG_TEAM}, coordination eats into what a team can do (Brooks, Team Topologies).`,
        teams: [t.id],
      });
    }
  });
  if (labels.baselineLeadTime !== undefined && leadTimeExceeds(leadTime, labels.baselineLeadTime)) {
    warnings.push({
      code: 'lead-time-above-baseline',
      message: `Lead time ${leadTime.toFixed(2)} days is above the baseline's ${labels.baselineLeadTime.toFixed(2)}: review at the gates grew, or merged work now runs in series.`,
      teams: criticalPath,
    });
  }
  return warnings;
}

/** windowDays / (LT + lag), null when that sum is 0 (or so near 0 that the ratio is not a number). */
function learningLoops(windowDays: number, loopDays: number): number | null {
  const loops = windowDays / loopDays;
  return loopDays > 0 && Number.isFinite(loops) ? loops : null;
}

/** Lead times are compared at a micro-day, as the search compares them, so float noise never warns. */
export function leadTimeExceeds(a: number, b: number): boolean {
  return leadTimeKey(a) > leadTimeKey(b);
}
