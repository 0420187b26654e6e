/**
 * Sensitivity over the sampled worlds (simulation.md §11 samples): how strongly each drawn lever moves
 * with headcount, as Spearman's rank correlation. Ties (headcount is a whole number, so most samples
 * tie) take the average of the ranks they span, the usual convention.
 */
import type { UncertainParam } from './ranges';
import { SAMPLED_FIGURES } from './columns';

/**
 * Ranks 1 … N of `values`, ties sharing the average of their ranks.
 * @example ranks([10, 20, 20, 5]) // [2, 3.5, 3.5, 1]
 */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]] = rank;
    i = j + 1;
  }
  return out;
}

/**
 * Spearman's rank correlation of x and y: Pearson's correlation of their ranks. 0 when either does not
 * vary (a lever without a range, or a headcount every world agrees on): nothing to rank by.
 * @example spearman([1, 2, 3, 4], [10, 20, 30, 45]) // 1
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = Math.min(x.length, y.length);
  if (n < 2) return 0;
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i] - mean;
    const dy = ry[i] - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export interface LeverCorrelation {
  param: UncertainParam;
  /** Spearman's ρ between the lever's drawn value and headcount at the quarter, in [−1, 1]. */
  rho: number;
}

/**
 * The drawn levers ranked by how strongly headcount at quarter q follows them over the samples: largest
 * |ρ| first, ties in draw order. `values` holds each sample's draws (plan order, `params`), `rows` the
 * sampled figures (`Sampler.run`), both in sample order.
 * @example rankLevers(values, ['adoption', 'waitDays'], rows, 1000, 4, 3)[0] // { param: 'adoption', rho: -0.8 }
 */
export function rankLevers(values: Float64Array, params: readonly UncertainParam[], rows: Float64Array, samples: number, quarters: number, q: number): LeverCorrelation[] {
  const P = params.length;
  const headcount = new Float64Array(samples);
  for (let s = 0; s < samples; s++) headcount[s] = rows[(s * quarters + q) * SAMPLED_FIGURES.length];
  const drawn = new Float64Array(samples);
  const out = params.map((param, j) => {
    for (let s = 0; s < samples; s++) drawn[s] = values[s * P + j];
    return { param, rho: spearman(drawn, headcount) };
  });
  return out.map((c, j) => ({ c, j })).sort((a, b) => Math.abs(b.c.rho) - Math.abs(a.c.rho) || a.j - b.j).map(({ c }) => c);
}
