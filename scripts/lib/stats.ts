/**
 * Summary figures of repeated measurements, shared by `npm run bench` and the browser speed scripts.
 * Machines here are noisy (testing.md), so figures are quoted as medians and percentiles, never means.
 */

/**
 * The middle value; the mean of the two middle values for an even count; NaN for none.
 * @example median([3, 1, 2]) // 2
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * The value below which `p` per cent of `xs` lie (nearest rank); NaN for none.
 * @example percentile([10, 20, 30, 40], 95) // 40
 */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
}
