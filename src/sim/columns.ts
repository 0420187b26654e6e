/**
 * simulation.md §11's percentiles kept up to date as samples stream in: every (quarter, figure) column
 * held sorted, each arriving stretch of samples (sorted where it was sampled) merged in. A merge is
 * linear, so a page sampling 10,000 worlds never sorts them all again for each partial read-out, and
 * the sorted columns are exactly what sorting every sample at once gives: the same percentiles.
 */
import { nearestRank } from './random';
import type { Percentiles, RangeSummary } from './types';

/** The figures §11 reports percentiles of, in this order in every sample's row. */
export const SAMPLED_FIGURES = ['headcount', 'handoffs', 'leadTimeDays', 'cost'] as const;
export type SampledFigure = (typeof SAMPLED_FIGURES)[number];
const F = SAMPLED_FIGURES.length;

/**
 * Whether `a` sorts before `b` the way `Float64Array.prototype.sort` orders numbers: ascending, −0
 * before +0, NaN last. Percentiles pick values from the sorted column, so the order must be the same.
 */
function before(a: number, b: number): boolean {
  if (a < b) return true;
  if (a === b) return a === 0 && 1 / a < 0 && 1 / b > 0;
  return Number.isNaN(b) && !Number.isNaN(a);
}

/**
 * A stretch of samples' rows (as `Sampler.run` writes them) as sorted columns: column c = q·F + f holds
 * the `count` values of figure f at quarter q, ascending, at [c·count, (c + 1)·count).
 * @example sortColumns(sampler.run(0, 100), 100, 4)
 */
export function sortColumns(rows: Float64Array, count: number, quarters: number): Float64Array {
  const out = new Float64Array(count * quarters * F);
  for (let c = 0; c < quarters * F; c++) {
    const column = out.subarray(c * count, (c + 1) * count);
    for (let s = 0; s < count; s++) column[s] = rows[s * quarters * F + c];
    column.sort();
  }
  return out;
}

/**
 * The sorted columns of every sample received so far.
 * @example
 * const columns = new SortedColumns(1000, 4);
 * columns.merge(sortColumns(rows, 100, 4), 100);
 * columns.percentile(3, 0, 10) // P10 of headcount at q3 over the 100 samples
 */
export class SortedColumns {
  /** Samples merged so far. */
  count = 0;
  private values: Float64Array;
  private spare: Float64Array;

  constructor(
    readonly capacity: number,
    readonly quarters: number,
  ) {
    this.values = new Float64Array(capacity * quarters * F);
    this.spare = new Float64Array(capacity * quarters * F);
  }

  /** Every column sorted from rows already in sample order (the single-thread way). */
  static of(rows: Float64Array, count: number, quarters: number): SortedColumns {
    const columns = new SortedColumns(count, quarters);
    columns.merge(sortColumns(rows, count, quarters), count);
    return columns;
  }

  /** Merges `added` samples' sorted columns (as `sortColumns` lays them out). */
  merge(sorted: Float64Array, added: number): void {
    const { values, spare, count, capacity } = this;
    if (count + added > capacity) throw new Error(`SortedColumns: ${count + added} samples do not fit in ${capacity}`);
    for (let c = 0; c < this.quarters * F; c++) {
      const a = c * capacity;
      const b = c * added;
      let i = 0;
      let j = 0;
      let k = a;
      while (i < count && j < added) spare[k++] = before(sorted[b + j], values[a + i]) ? sorted[b + j++] : values[a + i++];
      while (i < count) spare[k++] = values[a + i++];
      while (j < added) spare[k++] = sorted[b + j++];
    }
    this.values = spare;
    this.spare = values;
    this.count = count + added;
  }

  /** Column of figure f (SAMPLED_FIGURES order) at quarter q, ascending. */
  column(q: number, f: number): Float64Array {
    const at = (q * F + f) * this.capacity;
    return this.values.subarray(at, at + this.count);
  }

  /** Nearest-rank percentile p of figure f at quarter q (§11). */
  percentile(q: number, f: number, p: number): number {
    return nearestRank(this.column(q, f), p);
  }

  /**
   * The share of samples whose headcount at quarter q is at most `headcount` (§11, "chance of the
   * target"), counted by bisection in the sorted column.
   * @example columns.atMost(3, 5) // 0.03
   */
  atMost(q: number, headcount: number): number {
    if (this.count === 0) return 0;
    const column = this.column(q, 0);
    let lo = 0;
    let hi = column.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (column[mid] <= headcount) lo = mid + 1;
      else hi = mid;
    }
    return lo / this.count;
  }

  /**
   * Percentiles per quarter (§11). `means` holds each column's mean, added in sample order by the
   * caller, so the figures equal `summarise` over the same samples however they arrived.
   */
  summaries(means: Float64Array, seed: number): RangeSummary[] {
    const out: RangeSummary[] = [];
    for (let q = 0; q < this.quarters; q++) {
      const pick = (f: number): Percentiles => ({
        p10: this.percentile(q, f, 10),
        p50: this.percentile(q, f, 50),
        p90: this.percentile(q, f, 90),
        mean: means[q * F + f],
      });
      out.push({ samples: this.count, seed, headcount: pick(0), handoffs: pick(1), leadTimeDays: pick(2), cost: pick(3) });
    }
    return out;
  }
}

/**
 * Each column's mean over the samples `received` marks (all when it is absent), added in sample order
 * as `summarise` adds them. `rows` holds every sample's row at its place.
 */
export function columnMeans(rows: Float64Array, total: number, quarters: number, received?: Uint8Array): Float64Array {
  const width = quarters * F;
  const sums = new Float64Array(width);
  let count = 0;
  for (let s = 0; s < total; s++) {
    if (received && !received[s]) continue;
    count++;
    const at = s * width;
    for (let c = 0; c < width; c++) sums[c] += rows[at + c];
  }
  for (let c = 0; c < width; c++) sums[c] /= count;
  return sums;
}
