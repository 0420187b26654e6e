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

/**
 * Wall-clock and CPU medians of several functions measured in turns (a, b, a, b, …), so that a busy
 * spell of the machine weighs on each alike and their ratios mean something under load. CPU time counts
 * all of the process's threads (garbage collection too) but not the time spent waiting for a core,
 * so it holds still on a shared machine while the wall-clock median wanders.
 */
export function interleavedMedians(fns: readonly (() => unknown)[], runs = 15, warmup = 3): { wall: number; cpu: number }[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const wall: number[][] = fns.map(() => []);
  const cpu: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      wall[k].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
    });
  }
  return fns.map((_, k) => ({ wall: median(wall[k]), cpu: median(cpu[k]) }));
}
