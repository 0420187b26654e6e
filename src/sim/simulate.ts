/**
 * The engine's entry points: `simulate`, `baseline`, `project` and `explain`. Pure and deterministic:
 * the same document and scenario give the same Result, whatever the order of teams and handoffs.
 */
import type { FivefoldDocument, Scenario } from '../model/schema';
import { canonical, type Model } from './canonical';
import { exhaustiveSearch, EXHAUSTIVE_LIMIT } from './exhaustive';
import { greedySearch } from './greedy';
import { isAbsorbable } from './grouping';
import { FlowEvaluator } from './leadTime';
import { leadTimeExceeds, toResult } from './outcome';
import { stage } from './stage';
import { baselineGroup, staffGroup, standAloneNeed, type GroupFigures, type StaffingContext } from './staffing';
import { buildTrace } from './trace';
import type { Result, SearchKind } from './types';
import type { Run } from './run';

export type { Run } from './run';

export interface SimulateOptions {
  /** Add the explanation trace (`result.trace`); off by default to keep Results small and fast. */
  trace?: boolean;
}

/** Stands in for a scenario at baseline: nothing automated, nothing overseen. */
const BASELINE_SCENARIO: Scenario = {
  id: 'baseline',
  name: 'Baseline',
  adoption: [0],
  potential: { routine: 0, create: 0, decide: 0, assure: 0, coordinate: 0 },
  cap: { routine: 0, create: 0, decide: 0, assure: 0, coordinate: 0 },
  capGrowth: 0,
  sigmaFirst: 0,
  sigmaControl: 0,
  minHumans: 1,
  controlNoShrink: true,
  absorbThreshold: 0.75,
  maxDomains: 3,
  roundingSlack: 0,
  aiCostRatio: 0,
};

/**
 * The organisation as entered: every team alone with its headcount, nothing automated.
 * @example baseline(ott).headcount // 20
 */
export function baseline(doc: FivefoldDocument, options: SimulateOptions = {}): Result {
  return resultOf(baselineRun(canonical(doc)), 'baseline', 0, options);
}

/**
 * One scenario at one quarter (simulation.md §3–§6). The scenario need not be one of the document's:
 * the sensitivity view passes modified copies.
 * @example simulate(ott, aiNative, 3).headcount // 5
 */
export function simulate(doc: FivefoldDocument, scenario: Scenario, quarter: number, options: SimulateOptions = {}): Result {
  const m = canonical(doc);
  return simulateModel(m, baselineRun(m).flow.leadTime, scenario, quarter, options);
}

/**
 * `simulate` with the explanation trace: per team and per group, every step as formula, inputs, result.
 * @example explain(ott, aiNative, 3).trace!.teams.find((t) => t.team === 'qa')!.absorption.reason
 */
export function explain(doc: FivefoldDocument, scenario: Scenario, quarter: number): Result {
  return simulate(doc, scenario, quarter, { trace: true });
}

/**
 * One Result per quarter from 0 to the scenario's last, each quarter whose lead time exceeds the
 * previous quarter's carrying a `lead-time-rose` warning.
 * @example project(ott, aiNative).map((r) => r.headcount) // [18, 10, 6, 5]
 */
export function project(doc: FivefoldDocument, scenario: Scenario, options: SimulateOptions = {}): Result[] {
  const m = canonical(doc);
  const baseLt = baselineRun(m).flow.leadTime;
  const results: Result[] = [];
  for (let q = 0; q < scenario.adoption.length; q++) {
    const r = simulateModel(m, baseLt, scenario, q, options);
    const before = results[q - 1];
    if (before && leadTimeExceeds(r.leadTimeDays, before.leadTimeDays)) {
      r.warnings.push({
        code: 'lead-time-rose',
        message: `Lead time rose from ${before.leadTimeDays.toFixed(2)} to ${r.leadTimeDays.toFixed(2)} days since quarter ${q - 1}.`,
        teams: r.criticalPath,
      });
    }
    results.push(r);
  }
  return results;
}

/** `simulate` on a model already in canonical form (shared by `project` and the sensitivity view). */
export function simulateModel(m: Model, baselineLeadTime: number, scenario: Scenario, quarter: number, options: SimulateOptions = {}): Result {
  const run = scenarioRun(m, scenario, quarter);
  return resultOf(run, scenario.id, run.st.quarter, options, baselineLeadTime);
}

/** The critical-path figures of a Result, all a model check of the flow reads. */
export type BaselineFlow = Pick<Result, 'leadTimeDays' | 'touchDays' | 'waitDays' | 'criticalPath'>;

/**
 * The baseline's lead time and critical path (touch and wait along it) without groups, staffing, cost
 * or warnings: the same figures as `baseline`, for a fraction of its time on a large model.
 * @example baselineFlow(ott).waitDays === baseline(ott).waitDays // true
 */
export function baselineFlow(doc: FivefoldDocument): BaselineFlow {
  const m = canonical(doc);
  const { flow } = baselineStageFlow(m);
  return { leadTimeDays: flow.leadTime, touchDays: flow.touch, waitDays: flow.wait, criticalPath: flow.path.map((g) => m.ids[g]) };
}

/** Every team alone, nothing automated, and the flow through them. */
function baselineStageFlow(m: Model) {
  const st = stage(m, BASELINE_SCENARIO, 0);
  const groupOf = Int32Array.from(m.ids, (_, i) => i);
  return { st, groupOf, flow: new FlowEvaluator(m, st.work).evaluate(groupOf) };
}

/** The baseline run of a canonical model. */
export function baselineRun(m: Model): Run {
  const { st, groupOf, flow } = baselineStageFlow(m);
  const figures = new Map(m.ids.map((_, i) => [i, baselineGroup(m, i)] as const));
  const none = m.ids.map(() => false);
  return { m, st, sc: BASELINE_SCENARIO, isBaseline: true, search: 'none', x: m.ids.map(() => 0), absorbable: none, groupOf, figures, flow, evaluated: 0 };
}

/** §3–§5 for one scenario and quarter; adoption 0 is the baseline itself (§4). */
export function scenarioRun(m: Model, sc: Scenario, quarter: number): Run {
  const st = stage(m, sc, quarter);
  if (st.adoption === 0) {
    const base = baselineRun(m);
    return { ...base, st: { ...base.st, quarter: st.quarter }, sc };
  }
  const ctx: StaffingContext = { m, st, sc };
  const x = m.ids.map((_, i) => standAloneNeed(ctx, i).x);
  const absorbable = x.map((xi, i) => isAbsorbable(m, i, xi, sc.absorbThreshold));
  const evaluator = new FlowEvaluator(m, st.work);
  const movable = m.isControl.filter((c) => !c).length;
  const search: SearchKind = movable <= EXHAUSTIVE_LIMIT ? 'exhaustive' : 'greedy';
  const found = search === 'exhaustive' ? exhaustiveSearch(ctx, absorbable, evaluator) : greedySearch(ctx, absorbable, evaluator);
  const { groupOf } = found;
  const figures = new Map<number, GroupFigures>();
  const byOwner = new Map<number, number[]>();
  for (let i = 0; i < m.ids.length; i++) {
    const list = byOwner.get(groupOf[i]);
    if (list) list.push(i);
    else byOwner.set(groupOf[i], [i]);
  }
  for (const [owner, members] of byOwner) {
    figures.set(owner, staffGroup(ctx, members, (i) => groupOf[i] === owner));
  }
  const flow = evaluator.evaluate(groupOf);
  return { m, st, sc, isBaseline: false, search, x, absorbable, groupOf, figures, flow, evaluated: found.evaluated };
}

function resultOf(run: Run, scenario: string, quarter: number, options: SimulateOptions, baselineLeadTime?: number): Result {
  const { m, st, sc } = run;
  const result = toResult(m, st, run, {
    scenario,
    quarter,
    search: run.search,
    aiCostRatio: sc.aiCostRatio,
    baselineLeadTime,
    noControlDemand: m.controlHeadcount === 0 ? st.controlDemand : 0,
  });
  if (options.trace) result.trace = buildTrace(run);
  return result;
}
