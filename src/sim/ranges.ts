/**
 * simulation.md §11: which parameters an uncertainty range draws, in draw order, and the world one
 * sample's draws make. The sampling loop itself is in `sampling.ts`.
 */
import { AUTOMATABLE_KINDS } from '../model/schema';
import type { AutomatableKind, Scenario } from '../model/schema';
import { mulberry32, triangular } from './random';

export type Range = readonly [number, number];

/**
 * What the sampler reads of a scenario's `uncertainty` (format.md version 2): the schema's
 * `Uncertainty` fits it; tests and the CLI may leave the seed out (default 1).
 */
export interface Uncertainty {
  samples: number;
  seed?: number;
  adoption?: Range;
  potential?: Partial<Record<AutomatableKind, Range>>;
  sigmaFirst?: Range;
  sigmaControl?: Range;
  waitDays?: Range;
}

export const DEFAULT_SEED = 1;

/** A scenario's ranges, if it carries any (format version 2's optional `uncertainty`). */
export function uncertaintyOf(scenario: Scenario): Uncertainty | undefined {
  return scenario.uncertainty;
}

/** The uncertain parameters in draw order (§11). */
export const UNCERTAIN_PARAMS = [
  'adoption',
  ...AUTOMATABLE_KINDS.map((k) => `potential.${k}` as const),
  'sigmaFirst',
  'sigmaControl',
  'waitDays',
] as const;
export type UncertainParam = (typeof UNCERTAIN_PARAMS)[number];

/** One parameter to draw: its triangle (low, mode, high). */
export interface Draw {
  param: UncertainParam;
  low: number;
  mode: number;
  high: number;
}

/**
 * The parameters `u` draws, in draw order, with their triangles: the mode is 1 for the multipliers
 * (adoption, waitDays) and the scenario's own value for the others (clamped in the draw).
 * @example drawPlan(aiNative, { samples: 1000, adoption: [0.8, 1.1] }) // [{ param: 'adoption', low: 0.8, mode: 1, high: 1.1 }]
 */
export function drawPlan(scenario: Scenario, u: Uncertainty): Draw[] {
  const plan: Draw[] = [];
  const add = (param: UncertainParam, range: Range | undefined, mode: number) => {
    if (range) plan.push({ param, low: range[0], mode, high: range[1] });
  };
  add('adoption', u.adoption, 1);
  for (const k of AUTOMATABLE_KINDS) add(`potential.${k}`, u.potential?.[k], scenario.potential[k]);
  add('sigmaFirst', u.sigmaFirst, scenario.sigmaFirst);
  add('sigmaControl', u.sigmaControl, scenario.sigmaControl);
  add('waitDays', u.waitDays, 1);
  return plan;
}

/** One sampled world: the scenario with its draws applied, and the factor on every handoff's waitDays. */
export interface World {
  scenario: Scenario;
  waitFactor: number;
  /** The drawn value of each planned parameter, plan order (for sensitivity over samples). */
  values: number[];
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Applies one sample's uniforms (one per planned parameter, plan order) to the scenario (§11 "A sampled
 * world"): adoption × m clamped to [0, 1] at every quarter, potential = min(draw, cap), sigmas as drawn.
 */
export function sampledWorld(scenario: Scenario, plan: readonly Draw[], uniforms: ArrayLike<number>): World {
  const sc: Scenario = { ...scenario, potential: { ...scenario.potential } };
  let waitFactor = 1;
  const values = plan.map((d, j) => {
    const v = triangular(uniforms[j], d.low, d.mode, d.high);
    if (d.param === 'adoption') sc.adoption = scenario.adoption.map((a) => clamp01(a * v));
    else if (d.param === 'waitDays') waitFactor = v;
    else if (d.param === 'sigmaFirst') sc.sigmaFirst = v;
    else if (d.param === 'sigmaControl') sc.sigmaControl = v;
    else {
      const k = d.param.slice('potential.'.length) as AutomatableKind;
      sc.potential[k] = Math.min(v, scenario.cap[k]);
    }
    return v;
  });
  return { scenario: sc, waitFactor, values };
}

/**
 * The world of sample `s` (0-based) for a seed: its uniforms are draws s·P … s·P + P − 1 of mulberry32,
 * P the number of planned parameters, so any sample can be drawn on its own.
 * @example worldOf(aiNative, plan, 1, 0).scenario.adoption
 */
export function worldOf(scenario: Scenario, plan: readonly Draw[], seed: number, s: number): World {
  const next = mulberry32(seed, s * plan.length);
  const uniforms = plan.map(() => next());
  return sampledWorld(scenario, plan, uniforms);
}
