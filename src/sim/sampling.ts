/**
 * simulation.md §11: the model run over sampled worlds. The document's canonical form, its baseline
 * decomposition and its graph facts are built once per document; each sample only restages the
 * scenario and searches again, at every quarter 0 … last (one coherent path through time).
 */
import type { FivefoldDocument, Scenario } from '../model/schema';
import { canonical, type Model, type ModelInput } from './canonical';
import { costOf } from './outcome';
import { columnMeans, SAMPLED_FIGURES, SortedColumns } from './columns';
import { drawPlan, worldOf, DEFAULT_SEED, type Draw, type Uncertainty } from './ranges';
import { scenarioRun, type Run } from './simulate';
import type { RangeSummary } from './types';

export { SAMPLED_FIGURES, type SampledFigure } from './columns';
const F = SAMPLED_FIGURES.length;

/**
 * Samples of one scenario, ready to run any stretch of sample indices. A stretch's figures depend only
 * on the sample indices, so splitting the work over any number of workers gives the same numbers.
 * @example new Sampler(ott, aiNative, aiNative.uncertainty).run(0, 1000)
 */
export class Sampler {
  readonly plan: Draw[];
  readonly quarters: number;
  readonly seed: number;
  private readonly m: Model;

  /** `model` is the document's canonical form when the caller keeps it between jobs (its graph facts with it). */
  constructor(
    doc: ModelInput,
    private readonly scenario: Scenario,
    readonly uncertainty: Uncertainty,
    model?: Model,
  ) {
    this.m = model ?? canonical(doc);
    this.plan = drawPlan(scenario, uncertainty);
    this.quarters = scenario.adoption.length;
    this.seed = uncertainty.seed ?? DEFAULT_SEED;
  }

  /**
   * Figures of samples [start, end): row (s − start)·quarters + q holds SAMPLED_FIGURES at quarter q.
   * `values` (optional) receives each sample's drawn parameters, plan order.
   */
  run(start: number, end: number, values?: Float64Array): Float64Array {
    const Q = this.quarters;
    const out = new Float64Array((end - start) * Q * F);
    for (let s = start; s < end; s++) {
      const world = worldOf(this.scenario, this.plan, this.seed, s);
      if (values) values.set(world.values, (s - start) * this.plan.length);
      const m = world.waitFactor === 1 ? this.m : { ...this.m, wait: this.m.wait.map((w) => w * world.waitFactor) };
      for (let q = 0; q < Q; q++) writeFigures(scenarioRun(m, world.scenario, q), out, ((s - start) * Q + q) * F);
    }
    return out;
  }
}

/** headcount, work handoffs, lead time and total cost of a run (§6), without building a whole Result. */
function writeFigures(run: Run, out: Float64Array, at: number): void {
  const { headcount, human, ai } = costOf(run.m, run.st, run, run.sc.aiCostRatio);
  out[at] = headcount;
  out[at + 1] = run.flow.externalWork;
  out[at + 2] = run.flow.leadTime;
  out[at + 3] = human + ai;
}

/**
 * Percentiles per quarter over every sample (nearest rank, §11). `rows` is `Sampler.run(0, N)`, or the
 * same rows gathered from workers in sample order; the mean adds in sample order, so it is the same
 * number however the samples were split.
 */
export function summarise(rows: Float64Array, samples: number, quarters: number, seed: number): RangeSummary[] {
  return SortedColumns.of(rows, samples, quarters).summaries(columnMeans(rows, samples, quarters), seed);
}

/**
 * The share of samples whose headcount at quarter q is at most `headcount` (§11, "chance of the target").
 * @example chanceOfAtMost(rows, 1000, 4, 3, 5) // 0.03
 */
export function chanceOfAtMost(rows: Float64Array, samples: number, quarters: number, q: number, headcount: number): number {
  if (samples === 0) return 0;
  let hits = 0;
  for (let s = 0; s < samples; s++) if (rows[(s * quarters + q) * F] <= headcount) hits++;
  return hits / samples;
}

/**
 * Every quarter's percentiles for a scenario's ranges, on one thread (the CLI and tests; the app splits
 * the samples over workers and gathers the same rows).
 * @example sampleRanges(ott, aiNative, ranges)[3].headcount // { p10: 7, p50: 9, p90: 10, ... }
 */
export function sampleRanges(doc: FivefoldDocument, scenario: Scenario, uncertainty: Uncertainty): RangeSummary[] {
  const sampler = new Sampler(doc, scenario, uncertainty);
  const rows = sampler.run(0, uncertainty.samples);
  return summarise(rows, uncertainty.samples, sampler.quarters, sampler.seed);
}
