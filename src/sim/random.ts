/**
 * simulation.md §11: the random numbers and the triangular draw behind the uncertainty ranges. Both are
 * plain integer and float arithmetic, so every machine draws the same worlds from the same seed.
 */

const GOLDEN = 0x6d2b79f5;
const TWO_32 = 4294967296;

/**
 * mulberry32's state after `k` draws from `seed`: each draw adds 0x6D2B79F5, so a worker can start at
 * any sample without drawing the ones before it.
 * @example mulberryState(1, 0) // 1
 */
export function mulberryState(seed: number, k: number): number {
  return (seed + Math.imul(k >>> 0, GOLDEN)) >>> 0;
}

/**
 * mulberry32 seeded with `seed` (uint32), as simulation.md §11 spells it; `skip` draws are passed over.
 * @example const next = mulberry32(1); next() // 0.6270739405881613
 */
export function mulberry32(seed: number, skip = 0): () => number {
  let a = mulberryState(seed, skip);
  return () => {
    a = (a + GOLDEN) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_32;
  };
}

/**
 * The triangular distribution's inverse CDF at u: low, the mode (clamped into [low, high]) and high.
 * With low = high the draw is low.
 * @example triangular(0.5, 0, 1, 2) // 1
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  if (!(high > low)) return low;
  const c = Math.min(high, Math.max(low, mode));
  const span = high - low;
  const F = (c - low) / span;
  return u < F ? low + Math.sqrt(u * span * (c - low)) : high - Math.sqrt((1 - u) * span * (high - c));
}

/**
 * Nearest rank on sorted values: P_p = v[max(0, ⌈p·N/100⌉ − 1)] (§11).
 * @example nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) // 9
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const N = sorted.length;
  if (N === 0) return NaN;
  return sorted[Math.min(N - 1, Math.max(0, Math.ceil((p * N) / 100) - 1))];
}
