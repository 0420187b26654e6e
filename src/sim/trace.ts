/**
 * The explanation trace: every number of a run as "formula, inputs, result", each input linked to the
 * field that edits it, and one sentence per team on why it was or was not absorbed.
 */
import { AUTOMATABLE_KINDS, MIX_KINDS } from '../model/schema';
import { coordinationShare } from './canonical';
import { EXHAUSTIVE_LIMIT } from './exhaustive';
import type { Run } from './run';
import { staffGroup, standAloneNeed, type GroupFigures, type StaffingContext } from './staffing';
import type { AbsorptionStatus, GroupTrace, ParamRef, TeamTrace, Trace, TraceInput, TraceStep } from './types';

const step = (key: string, label: string, formula: string, inputs: TraceInput[], result: number, unit: TraceStep['unit']): TraceStep => ({
  key,
  label,
  formula,
  inputs,
  result,
  unit,
});
const input = (symbol: string, value: TraceInput['value'], ref?: ParamRef): TraceInput => (ref ? { symbol, value, ref } : { symbol, value });
const round2 = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

/**
 * Builds the trace of a run (see `explain` in simulate.ts).
 * @example buildTrace(run).teams[0].absorption.reason // "x = 0.31 < 0.75: absorbed by strat"
 */
export function buildTrace(run: Run): Trace {
  const { m, st, sc } = run;
  const scenario = sc.id;
  const ref = <P extends Extract<ParamRef, { scenario: string }>['param']>(param: P) => ({ param, scenario }) as ParamRef;
  const assumption = (param: 'f0' | 'kPair' | 'kHandoff' | 'fMax') => ({ param: `assumptions.${param}` }) as ParamRef;

  const scenarioSteps: TraceStep[] = run.isBaseline
    ? []
    : [
        step('A', 'adoption this quarter', 'A = adoption[min(q, last)]', [input('q', st.quarter), input('adoption', sc.adoption.join(' / '), ref('scenario.adoption'))], st.adoption, 'share'),
        ...AUTOMATABLE_KINDS.map((k, j) =>
          step(`u.${k}`, `share of ${k} work AI does`, 'u = A·(p + (cap − p)·(1 − (1 − capGrowth)^q))', [
            input('A', st.adoption),
            input('p', sc.potential[k], { param: 'scenario.potential', scenario, kind: k }),
            input('cap', sc.cap[k], { param: 'scenario.cap', scenario, kind: k }),
            input('capGrowth', sc.capGrowth, ref('scenario.capGrowth')),
            input('q', st.quarter),
          ], st.u[j], 'share'),
        ),
        step("f0'", 'organisation-wide coordination tax after AI', "f0' = f0·(1 − u_coordinate)", [input('f0', m.assumptions.f0, assumption('f0')), input('u_coordinate', st.u[4])], st.f0, 'share'),
        step("kHandoff'", 'coordination per handoff after AI', "kHandoff' = kHandoff·(1 − u_coordinate)", [input('kHandoff', m.assumptions.kHandoff, assumption('kHandoff')), input('u_coordinate', st.u[4])], st.kHandoff, 'share'),
      ];

  const ctx: StaffingContext = { m, st, sc };
  const teams: TeamTrace[] = m.ids.map((id, i) => {
    const d = m.base[i];
    const team = (param: 'team.headcount' | 'team.processDays' | 'team.minAccountable') => ({ param, team: id }) as ParamRef;
    const steps: TraceStep[] = [
      step('n', 'people as entered', 'n', [input('n', d.n, team('team.headcount'))], d.n, 'people'),
      step('h', 'handoffs of any kind touching the team', 'h = count of handoffs from or to the team', m.incident[i].map((e) => input(m.handoffs[e].id, m.handoffs[e].kind ?? 'work', { param: 'handoff.kind', handoff: m.handoffs[e].id })), d.h, 'handoffs'),
      step('ρ', 'rework rate from work handed in', 'ρ = Σ (1 − ca) over work handoffs into the team', m.workIn[i].map((e) => input(`ca ${m.handoffs[e].id}`, m.ca[e], { param: 'handoff.ca', handoff: m.handoffs[e].id })), d.rho, 'share'),
      step('f', 'share of time spent coordinating', 'f = min(fMax, f0 + kPair·(n − 1) + kHandoff·h)', [
        input('fMax', m.assumptions.fMax, assumption('fMax')),
        input('f0', m.assumptions.f0, assumption('f0')),
        input('kPair', m.assumptions.kPair, assumption('kPair')),
        input('kHandoff', m.assumptions.kHandoff, assumption('kHandoff')),
        input('n', d.n, team('team.headcount')),
        input('h', d.h),
      ], d.f, 'share'),
      step('T', 'task work', 'T = n·(1 − f)/(1 + ρ)', [input('n', d.n, team('team.headcount')), input('f', d.f), input('ρ', d.rho)], d.T, 'FTE'),
      step('C', 'coordination', 'C = n·f', [input('n', d.n, team('team.headcount')), input('f', d.f)], d.C, 'FTE'),
      step('R', 'rework', 'R = ρ·T', [input('ρ', d.rho), input('T', d.T)], d.R, 'FTE'),
      ...MIX_KINDS.map((k, j) => step(`W.${k}`, `${k} work`, `W_${k} = T·mix_${k}`, [input('T', d.T), input(`mix_${k}`, m.mix[i][j], { param: 'team.mix', team: id, kind: k })], d.W[j], 'FTE')),
    ];
    const absorption = run.isBaseline
      ? { status: 'baseline' as AbsorptionStatus, x: 0, threshold: sc.absorbThreshold, reason: 'Adoption is 0: the organisation is the baseline, nothing merges.' }
      : absorptionOf(run, i);
    if (!run.isBaseline) steps.push(...scenarioTeamSteps(run, ctx, i, scenario));
    return { team: id, group: m.ids[run.groupOf[i]], steps, absorption };
  });

  const groups: GroupTrace[] = [...run.figures.keys()]
    .sort((a, b) => a - b)
    .map((g) => {
      const members = m.ids.flatMap((_, i) => (run.groupOf[i] === g ? [i] : []));
      return { owner: m.ids[g], members: members.map((i) => m.ids[i]), steps: groupSteps(run, run.figures.get(g)!, scenario, members) };
    });

  return { scenarioSteps, teams, groups, search: searchSentence(run) };
}

/** AI's share per kind, the oversight added, the work left, and the team's stand-alone staffing and need. */
function scenarioTeamSteps(run: Run, ctx: StaffingContext, i: number, scenario: string): TraceStep[] {
  const { m, st, sc } = run;
  const d = m.base[i];
  const steps: TraceStep[] = [];
  MIX_KINDS.forEach((k, j) => {
    steps.push(step(`Z.${k}`, `${k} work AI does`, `Z_${k} = W_${k}·u_${k}`, [input(`W_${k}`, d.W[j]), input(`u_${k}`, st.u[j])], st.ai[i][j], 'FTE'));
  });
  steps.push(step('S', 'work AI does in this team (automated surface)', 'S_i = Σ_k Z_k', MIX_KINDS.map((k, j) => input(`Z_${k}`, st.ai[i][j])), st.surface[i], 'FTE'));
  steps.push(step('oversight.first', 'first-line review of AI work, kept in the team', 'sigmaFirst·S_i', [input('sigmaFirst', sc.sigmaFirst, { param: 'scenario.sigmaFirst', scenario }), input('S_i', st.surface[i])], st.firstLine[i], 'FTE'));
  if (m.isControl[i]) {
    steps.push(step('oversight.control', 'second-line oversight landing on this Control team', 'sigmaControl·S·n_c / Σ n_control', [
      input('sigmaControl', sc.sigmaControl, { param: 'scenario.sigmaControl', scenario }),
      input('S', st.automated),
      input('n_c', d.n, { param: 'team.headcount', team: m.ids[i] }),
      input('Σ n_control', m.controlHeadcount),
    ], st.secondLine[i], 'FTE'));
  }
  MIX_KINDS.forEach((k, j) => {
    const extra = k === 'assure' ? ' + oversight' : '';
    steps.push(step(`W'.${k}`, `${k} work left to people`, `W'_${k} = W_${k}·(1 − u_${k})${extra}`, [input(`W_${k}`, d.W[j]), input(`u_${k}`, st.u[j])], st.left[i][j], 'FTE'));
  });
  steps.push(step('work', 'human work left', "work = Σ_k W'_k", MIX_KINDS.map((k, j) => input(`W'_${k}`, st.left[i][j])), st.work[i], 'FTE'));
  const alone = staffGroup(ctx, [i], (j) => j === i);
  const need = standAloneNeed(ctx, i);
  steps.push(step('demand', 'demand alone: work plus rework on what is handed in', 'demand = work·(1 + ρ)', [input('work', st.work[i]), input('ρ', d.rho)], need.demand, 'FTE'));
  steps.push(...staffingSteps(run, alone, scenario, [i], 'alone'));
  steps.push(step('x', 'stand-alone need: people this work needs alone, unrounded', "x = demand / (1 − f'(1, h))", [
    input('demand', need.demand),
    input("f'(1, h)", need.f1),
    input('h', d.h),
  ], need.x, 'people'));
  return steps;
}

/** `members` are team indices. */
function staffingSteps(run: Run, fg: GroupFigures, scenario: string, members: number[], suffix: string): TraceStep[] {
  const { m, st, sc } = run;
  const tag = (k: string) => (suffix ? `${k}.${suffix}` : k);
  const accountable = members.map((i) =>
    input(`minAccountable ${m.ids[i]}`, m.teams[i].minAccountable ?? 0, { param: 'team.minAccountable', team: m.ids[i] }),
  );
  return [
    step(tag('floor'), 'fewest people allowed', 'floor = min(Σ n, max(minHumans, max minAccountable)); Control with controlNoShrink: its n', [
      input('Σ n', members.reduce((s, i) => s + m.headcount[i], 0)),
      input('minHumans', sc.minHumans, run.isBaseline ? undefined : { param: 'scenario.minHumans', scenario }),
      ...accountable,
    ], fg.floor, 'people'),
    step(tag('n'), run.isBaseline ? 'people as entered' : 'fewest whole people who carry the demand', run.isBaseline ? 'n as entered' : "smallest n ≥ floor with n·(1 − f'(n, h)) ≥ demand − roundingSlack", [
      input('floor', fg.floor),
      input('demand', fg.demand),
      input('h', fg.h),
      ...(run.isBaseline ? [] : [input('roundingSlack', sc.roundingSlack, { param: 'scenario.roundingSlack', scenario } as ParamRef)]),
    ], fg.n, 'people'),
    step(tag('capacity'), 'capacity of those people after coordination', "capacity = n·(1 − f'(n, h))", [
      input('n', fg.n),
      input("f'(n, h)", coordinationShare(fg.n, fg.h, st.f0, m.assumptions.kPair, st.kHandoff, m.assumptions.fMax)),
    ], fg.capacity, 'FTE'),
  ];
}

/** `members` are team indices. */
function groupSteps(run: Run, fg: GroupFigures, scenario: string, members: number[]): TraceStep[] {
  const { m, st } = run;
  const work = members.map((i) => input(`work ${m.ids[i]}`, st.work[i]));
  return [
    step('demand', 'work of the members plus rework on external work handed in', 'demand = Σ work_i + Σ (1 − ca)·work_to over external work handoffs in', [...work, input('rework', fg.rework)], fg.demand, 'FTE'),
    step('h', 'handoffs of any kind between this group and others', 'h_G = count of external handoffs touching the group', [], fg.h, 'handoffs'),
    ...staffingSteps(run, fg, scenario, members, ''),
  ];
}

function absorptionOf(run: Run, i: number): TeamTrace['absorption'] {
  const { m, sc } = run;
  const x = run.x[i];
  const threshold = sc.absorbThreshold;
  const owner = run.groupOf[i];
  const id = m.ids[i];
  const cmp = `x = ${round2(x)} ${run.absorbable[i] || x < threshold ? '<' : '≥'} ${threshold}`;
  const owned = m.ids.filter((_, j) => j !== i && run.groupOf[j] === i);
  const say = (status: AbsorptionStatus, reason: string) => ({ status, x, threshold, reason });
  if (m.isControl[i]) return say('control', `${id} is a Control team: Control teams are never merged.`);
  if (owner !== i) return say('absorbed', `${cmp}: absorbed by ${m.ids[owner]}`);
  if (owned.length) return say('owner', `${cmp}: owns ${owned.join(', ')}`);
  if (m.isStrategy[i]) return say('strategy', `${cmp}: a Strategy team is never absorbed; it may own others`);
  if (!run.absorbable[i]) return say('above-threshold', `${cmp}: needs a person of its own, stays a group`);
  return say('kept-alone', `${cmp}: could be absorbed, but no admissible grouping that absorbs it comes first (fewest people, then shortest lead time)`);
}

function searchSentence(run: Run): string {
  if (run.search === 'none') return 'Adoption is 0: the result is the baseline, the identity grouping with the headcounts as entered.';
  if (run.search === 'exhaustive') return `Exhaustive search over every admissible grouping of the ${run.m.isControl.filter((c) => !c).length} non-Control teams; ${run.evaluated} complete groupings had their lead time computed.`;
  return `Greedy pass (more than ${EXHAUSTIVE_LIMIT} non-Control teams): absorbable teams in flow order joined the group handing them work when that saved a person or shortened lead time; ${run.evaluated} groupings evaluated.`;
}
