import { median } from '../../scripts/lib/stats';

/** One printed figure of `npm run bench`. Goals are printed beside the figure, never asserted. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  note?: string;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the median in milliseconds. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
