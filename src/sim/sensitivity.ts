/**
 * simulation.md §10: what moves the answer most. One lever at a time: numeric levers to 0.8× and 1.2×,
 * clamped to what format.md allows; integer levers (minHumans, maxDomains) by −1 and +1 within bounds.
 * The bounds are the parameter catalogue's, the same the levers drawer clamps to.
 * The app draws a tornado from the result.
 */
import { clampParam } from '../model/parameters';
import { AUTOMATABLE_KINDS } from '../model/schema';
import type { Assumptions, AutomatableKind, FivefoldDocument, Scenario } from '../model/schema';
import { canonical, type Model } from './canonical';
import { baselineRun, simulateModel } from './simulate';
import { adoptionAt } from './stage';
import type { ParamRef, Result } from './types';

export interface LeverEnd {
  /** The lever's value at this end (for adoption: the quarter's adoption). */
  value: number;
  headcount: number;
  leadTimeDays: number;
  costTotal: number;
}

export interface LeverEffect {
  /** e.g. "adoption", "potential.routine", "minHumans", "assumptions.f0". */
  lever: string;
  ref: ParamRef;
  value: number;
  low: LeverEnd;
  high: LeverEnd;
  /** |headcount at high − headcount at low|: what the tornado sorts by. */
  swing: number;
}

export interface Sensitivity {
  base: LeverEnd;
  /** Largest headcount swing first; ties keep the order levers are listed in. */
  levers: LeverEffect[];
}

type Move = (factor: 'low' | 'high') => { doc: FivefoldDocument; scenario: Scenario; value: number };

const scale = (v: number, end: 'low' | 'high') => v * (end === 'low' ? 0.8 : 1.2);
const step = (v: number, end: 'low' | 'high') => v + (end === 'low' ? -1 : 1);

/**
 * Moves every lever of a scenario down and up and reports the answer at each end.
 * @example sensitivity(ott, aiNative, 3).levers.find((l) => l.lever === 'adoption')!.low.headcount // 9
 */
export function sensitivity(doc: FivefoldDocument, scenario: Scenario, quarter: number): Sensitivity {
  const q = Math.max(0, Math.floor(quarter));
  const adoptionOf = (s: Scenario) => adoptionAt(s, q);
  const withScenario = (patch: Partial<Scenario>) => ({ ...scenario, ...patch });
  const ref = (param: Extract<ParamRef, { scenario: string }>['param']) => ({ param, scenario: scenario.id }) as ParamRef;

  const levers: Array<[string, ParamRef, number, Move]> = [];
  levers.push(['adoption', ref('scenario.adoption'), adoptionOf(scenario), (end) => {
    const s = withScenario({ adoption: scenario.adoption.map((a) => clampParam('scenario.adoption', scale(a, end))) });
    return { doc, scenario: s, value: adoptionOf(s) };
  }]);
  for (const k of AUTOMATABLE_KINDS) {
    levers.push([`potential.${k}`, { param: 'scenario.potential', scenario: scenario.id, kind: k }, scenario.potential[k], (end) => {
      const v = clampParam(`scenario.potential.${k}`, scale(scenario.potential[k], end), { max: scenario.cap[k] });
      return { doc, scenario: withScenario({ potential: { ...scenario.potential, [k]: v } as Record<AutomatableKind, number> }), value: v };
    }]);
  }
  for (const k of AUTOMATABLE_KINDS) {
    levers.push([`cap.${k}`, { param: 'scenario.cap', scenario: scenario.id, kind: k }, scenario.cap[k], (end) => {
      const v = clampParam(`scenario.cap.${k}`, scale(scenario.cap[k], end), { min: scenario.potential[k] });
      return { doc, scenario: withScenario({ cap: { ...scenario.cap, [k]: v } as Record<AutomatableKind, number> }), value: v };
    }]);
  }
  for (const key of ['capGrowth', 'sigmaFirst', 'sigmaControl', 'absorbThreshold', 'roundingSlack', 'aiCostRatio'] as const) {
    levers.push([key, ref(`scenario.${key}`), scenario[key], (end) => {
      const v = clampParam(`scenario.${key}`, scale(scenario[key], end));
      return { doc, scenario: withScenario({ [key]: v }), value: v };
    }]);
  }
  for (const key of ['minHumans', 'maxDomains'] as const) {
    levers.push([key, ref(`scenario.${key}`), scenario[key], (end) => {
      const v = clampParam(`scenario.${key}`, step(scenario[key], end));
      return { doc, scenario: withScenario({ [key]: v }), value: v };
    }]);
  }
  // Only the assumption levers change the document; every other end reuses its model and baseline.
  const prepared = prepare(doc);
  const assumptions = prepared.m.assumptions;
  for (const key of ['f0', 'kPair', 'kHandoff', 'fMax'] as const) {
    levers.push([`assumptions.${key}`, { param: `assumptions.${key}` }, assumptions[key], (end) => {
      const v = clampAssumption(key, scale(assumptions[key], end), assumptions);
      return { doc: { ...doc, assumptions: { ...assumptions, [key]: v } }, scenario, value: v };
    }]);
  }

  const at = (end: ReturnType<Move>) => endOf(end.doc === doc ? prepared : prepare(end.doc), end.scenario, q, end.value);
  const base = endOf(prepared, scenario, q, adoptionOf(scenario));
  const effects = levers.map(([lever, leverRef, value, move]) => {
    const lowEnd = at(move('low'));
    const highEnd = at(move('high'));
    return { lever, ref: leverRef, value, low: lowEnd, high: highEnd, swing: Math.abs(highEnd.headcount - lowEnd.headcount) };
  });
  const order = new Map(effects.map((e, i) => [e, i]));
  effects.sort((a, b) => b.swing - a.swing || order.get(a)! - order.get(b)!);
  return { base, levers: effects };
}

/** format.md: 0 ≤ f0 ≤ fMax < 1, kPair and kHandoff in [0, 1]. */
function clampAssumption(key: keyof Assumptions, v: number, a: Assumptions): number {
  return clampParam(`assumptions.${key}`, v, key === 'f0' ? { max: a.fMax } : key === 'fMax' ? { min: a.f0 } : {});
}

function prepare(doc: FivefoldDocument): { m: Model; baselineLeadTime: number } {
  const m = canonical(doc);
  return { m, baselineLeadTime: baselineRun(m).flow.leadTime };
}

function endOf({ m, baselineLeadTime }: ReturnType<typeof prepare>, scenario: Scenario, quarter: number, value: number): LeverEnd {
  const r: Result = simulateModel(m, baselineLeadTime, scenario, quarter);
  return { value, headcount: r.headcount, leadTimeDays: r.leadTimeDays, costTotal: r.cost.total };
}
