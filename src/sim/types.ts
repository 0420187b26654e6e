/**
 * What the simulation returns (format.md, "Result") and the explanation trace the app renders.
 * Field names follow format.md; the trace is an optional extra, asked for with `{ trace: true }`.
 */
import type { AutomatableKind, MixKind } from '../model/schema';

export type SearchKind = 'none' | 'exhaustive' | 'greedy';

export type WarningCode = 'no-control' | 'big-team' | 'lead-time-above-baseline' | 'lead-time-rose';

export interface SimWarning {
  code: WarningCode;
  message: string;
  /** The teams concerned, in id order (or along the critical path for lead-time warnings). */
  teams: string[];
}

export interface GroupResult {
  owner: string;
  /** Every member including the owner, in id order. */
  members: string[];
  headcount: number;
}

export interface Pyramid {
  execution: number;
  orchestration: number;
  innovation: number;
  unallocated: number;
}

export interface Cost {
  human: number;
  ai: number;
  total: number;
}

/** One scenario at one quarter (or the baseline), exactly the fields of format.md plus `trace` on request. */
export interface Result {
  scenario: string;
  quarter: number;
  adoption: number;
  headcount: number;
  /** Work handoffs left between groups. */
  handoffs: number;
  leadTimeDays: number;
  touchDays: number;
  waitDays: number;
  flowEfficiency: number;
  fidelity: number;
  cost: Cost;
  automatedFte: number;
  groups: GroupResult[];
  criticalPath: string[];
  pyramid: Pyramid;
  learningLoops: number | null;
  search: SearchKind;
  warnings: SimWarning[];
  /** Percentiles over sampled worlds (simulation.md §11), when asked for (`simulate --samples`). */
  uncertainty?: RangeSummary;
  trace?: Trace;
}

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

/** `result.uncertainty` of format.md: percentiles over the samples at one quarter. */
export interface RangeSummary {
  samples: number;
  seed: number;
  headcount: Percentiles;
  handoffs: Percentiles;
  leadTimeDays: Percentiles;
  cost: Percentiles;
}

/**
 * Where a number comes from, so the app can link it to the field that edits it.
 * @example { param: 'scenario.absorbThreshold', scenario: 'ai-native' }
 * @example { param: 'team.headcount', team: 'eng' }
 */
export type ParamRef =
  | { param: 'team.headcount' | 'team.processDays' | 'team.costPerFte' | 'team.minAccountable' | 'team.layer'; team: string }
  | { param: 'team.mix'; team: string; kind: MixKind }
  | { param: 'handoff.ca' | 'handoff.waitDays' | 'handoff.kind'; handoff: string }
  | { param: 'assumptions.f0' | 'assumptions.kPair' | 'assumptions.kHandoff' | 'assumptions.fMax' }
  | { param: 'scenario.potential' | 'scenario.cap'; scenario: string; kind: AutomatableKind }
  | {
      param:
        | 'scenario.adoption'
        | 'scenario.capGrowth'
        | 'scenario.sigmaFirst'
        | 'scenario.sigmaControl'
        | 'scenario.minHumans'
        | 'scenario.controlNoShrink'
        | 'scenario.absorbThreshold'
        | 'scenario.maxDomains'
        | 'scenario.roundingSlack'
        | 'scenario.aiCostRatio';
      scenario: string;
    };

/** One named input of a step: a symbol, its value, and where it is edited (absent when it is derived). */
export interface TraceInput {
  symbol: string;
  value: number | string | boolean;
  ref?: ParamRef;
}

/** One line of an explanation: "formula, inputs, result", e.g. `f = min(fMax, f0 + kPair·(n − 1) + kHandoff·h)`. */
export interface TraceStep {
  /** Stable key for the app (e.g. "f", "T", "W'.create", "x"). */
  key: string;
  /** Plain words: what this number is. */
  label: string;
  formula: string;
  inputs: TraceInput[];
  result: number;
  unit: 'FTE' | 'people' | 'share' | 'days' | 'handoffs';
}

export type AbsorptionStatus =
  | 'baseline'
  | 'control'
  | 'strategy'
  | 'above-threshold'
  | 'absorbed'
  | 'owner'
  | 'kept-alone';

export interface TeamTrace {
  team: string;
  /** The owner of the group the team sits in (itself when alone or owning). */
  group: string;
  /** Baseline decomposition (n, h, ρ, f, T, C, R, W_k), AI's share per kind, oversight, work, demand, floor, capacity, n, x. */
  steps: TraceStep[];
  absorption: {
    status: AbsorptionStatus;
    x: number;
    threshold: number;
    /** One plain sentence, e.g. `x = 0.31 < 0.75: absorbed by strat`. */
    reason: string;
  };
}

export interface GroupTrace {
  owner: string;
  members: string[];
  /** demand, h, floor, chosen n and capacity of the group. */
  steps: TraceStep[];
}

export interface Trace {
  /** Adoption and the automated share u_k per kind at this quarter. */
  scenarioSteps: TraceStep[];
  teams: TeamTrace[];
  groups: GroupTrace[];
  /** How the grouping was chosen, in one sentence. */
  search: string;
}
