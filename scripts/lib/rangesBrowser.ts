/**
 * Uncertainty sampling in the browser (simulation.md §11, issue 14's goals), measured in headless
 * Chromium on a built app: each case imports a file, as a person would, so the job starts from an edit.
 * - OTT, AI-native with the presets' ranges, 1,000 and 10,000 samples × every quarter: wall time from
 *   the job's start to its last percentile, and the longest main-thread task meanwhile;
 * - the 1,200-team generated model with the same ranges: time to the first percentiles, and the longest
 *   main-thread task from the job's start until then.
 * With a baseline build the two apps alternate round by round, so both see the same machine load.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseText, presetScenarios, serialize, type FivefoldDocument } from '../../src/model';
import { presetUncertainty } from '../../src/model/presets';
import { launchChromium, median, servePreview } from './browserBench';
import { largeOrganisation } from './generatedOrg';

/** Records the ranges bar's state changes and every long task, from the page's start. */
const RECORDER = `(() => {
  window.__ranges = [];
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    const bar = document.querySelector('[data-testid=ranges-bar]');
    const state = bar ? bar.dataset.state : 'none';
    const done = bar ? Number(bar.dataset.done) : 0;
    const total = bar ? Number(bar.dataset.total) : 0;
    const last = window.__ranges[window.__ranges.length - 1];
    if (!last || last.state !== state || last.done !== done || last.total !== total) {
      window.__ranges.push({ t: performance.now(), state, done, total, workers: bar ? Number(bar.dataset.workers) : 0 });
      // The same moment on the trace's clock, where the tasks' CPU time is.
      performance.mark('ranges ' + total + ' ' + state + ' ' + done);
    }
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-done', 'data-total'] });
})();`;

interface RangesEvent {
  t: number;
  state: string;
  done: number;
  total: number;
  workers: number;
}

export interface Timing {
  /** From the job's start (state "sampling", nothing received) to the first percentiles and to the last. */
  firstMs: number;
  doneMs: number | null;
  /** Longest main-thread task from the job's start to its end (or to the first percentiles), wall time. */
  longestTaskMs: number;
  /**
   * The CPU time of the longest main-thread task by CPU over the same stretch (from a trace). On a
   * loaded machine the wall time of a task includes the time the thread waited for a core; this does not.
   */
  longestTaskCpuMs: number;
  workers: number;
}

export type CaseName = 'ott1k' | 'ott10k' | 'large';

export interface RangesFigures {
  rounds: number;
  workers: number;
  /** Load average (1 min) before and after. */
  load: [number, number];
  runs: Record<CaseName, Timing[]>;
  medians: {
    ott1kMs: number;
    ott1kTaskMs: number;
    ott1kTaskCpuMs: number;
    ott10kMs: number;
    ott10kTaskMs: number;
    ott10kTaskCpuMs: number;
    ott1kFirstMs: number;
    largeFirstMs: number;
    largeTaskMs: number;
    largeTaskCpuMs: number;
  };
}

const ott = (): FivefoldDocument => {
  const parsed = parseText(readFileSync(resolve(import.meta.dirname, '../../examples/ott-churn.fivefold.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the OTT example must be valid');
  return parsed.doc;
};

function withSamples(doc: FivefoldDocument, samples: number, title: string): string {
  return serialize({ ...doc, title, scenarios: doc.scenarios.map((s) => ({ ...s, uncertainty: { ...presetUncertainty(), samples } })) });
}

/** The case files: the totals differ, so each import is told apart from the job before it. */
function writeCases(scratch: string): Record<CaseName, { file: string; total: number; waitForDone: boolean }> {
  const base = ott();
  const cases = {
    ott1k: { file: join(scratch, 'ott-1000.fivefold.json'), total: 1000, waitForDone: true },
    ott10k: { file: join(scratch, 'ott-10000.fivefold.json'), total: 10000, waitForDone: true },
    large: { file: join(scratch, 'large.fivefold.json'), total: 999, waitForDone: false },
  };
  writeFileSync(cases.ott1k.file, withSamples(base, 1000, 'OTT, 1,000 samples'));
  writeFileSync(cases.ott10k.file, withSamples(base, 10000, 'OTT, 10,000 samples'));
  const aiNative = presetScenarios()
    .filter((s) => s.id === 'ai-native')
    .map((s) => ({ ...s, uncertainty: { ...presetUncertainty(), samples: cases.large.total } }));
  writeFileSync(cases.large.file, serialize(largeOrganisation(aiNative, 'Generated: 1,200 teams with ranges')));
  return cases;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * The longest CPU time of a main-thread task that overlaps [from mark, to mark] of the page's
 * `performance.mark`s (the renderer whose main thread set them).
 */
function longestCpuTask(events: TraceEvent[], fromMark: string, toMark: string): number {
  const marks = events.filter((e) => e.cat.includes('blink.user_timing'));
  // The last job may have left a mark of the same name just before the new one started.
  const from = marks.filter((e) => e.name === fromMark).at(-1);
  const to = from && marks.find((e) => e.name === toMark && e.ts >= from.ts);
  if (!from || !to) return NaN;
  const tasks = events.filter((e) => e.pid === from.pid && e.tid === from.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
  const during = tasks.filter((e) => e.ts + e.dur! >= from.ts && e.ts <= to.ts);
  return Math.max(0, ...during.map((e) => (e.tdur ?? e.dur!) / 1000));
}

async function timeImport(page: Page, file: string, total: number, waitForDone: boolean): Promise<Timing> {
  await page.evaluate(() => {
    (window as unknown as { __ranges: unknown[] }).__ranges.length = 0;
  });
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  await page.getByTestId('import-input').setInputFiles(file);
  // Functions, not strings: the page's CSP refuses eval.
  const until = (state: string, anyDone: boolean) =>
    page.waitForFunction(
      ([s, d, n]) => {
        // Only after the new job's first "sampling" state: an earlier event may be the last job's.
        const events = (window as unknown as { __ranges: RangesEvent[] }).__ranges;
        const from = events.findIndex((e) => e.total === n && e.state === 'sampling');
        return from >= 0 && events.slice(from).some((e) => e.total === n && e.state === s && (!d || e.done > 0));
      },
      [state, anyDone, total] as const,
      { timeout: 600_000, polling: 50 },
    );
  await until('sampling', true);
  if (waitForDone) await until('done', false);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const { events, tasks } = await page.evaluate(() => {
    const w = window as unknown as { __ranges: RangesEvent[]; __longtasks: { start: number; duration: number }[] };
    return { events: [...w.__ranges], tasks: [...w.__longtasks] };
  });
  // Any change to the page before the new job (a module loading for the import, say) may record the
  // last job's state first: the new job starts at its first "sampling" state.
  const same = events.filter((e) => e.total === total);
  const at = same.findIndex((e) => e.state === 'sampling' && e.done === 0);
  const fresh = same.slice(at >= 0 ? at : Math.max(0, same.findIndex((e) => e.state === 'sampling')));
  const start = fresh[0];
  const first = fresh.find((e) => e.done > 0)!;
  const done = fresh.find((e) => e.state === 'done');
  const end = done?.t ?? first.t;
  const during = tasks.filter((x) => x.start + x.duration >= start.t && x.start <= end);
  const mark = (e: RangesEvent) => `ranges ${e.total} ${e.state} ${e.done}`;
  return {
    firstMs: first.t - start.t,
    doneMs: done ? done.t - start.t : null,
    longestTaskMs: Math.max(0, ...during.map((x) => x.duration)),
    longestTaskCpuMs: longestCpuTask(trace.traceEvents, mark(start), mark(done ?? first)),
    workers: first.workers,
  };
}

async function round(browser: Browser, origin: string, cases: ReturnType<typeof writeCases>): Promise<Record<CaseName, Timing>> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.addInitScript(RECORDER);
    await page.goto(origin);
    await page.waitForSelector('.react-flow__node-team');
    // The page's own example samples first: the workers are started and warm, as after any first visit.
    await page.waitForFunction(() => (document.querySelector('[data-testid=ranges-bar]') as HTMLElement | null)?.dataset.state === 'done', undefined, { timeout: 120_000 });
    const out = {} as Record<CaseName, Timing>;
    for (const name of ['ott1k', 'ott10k', 'large'] as const) {
      const c = cases[name];
      out[name] = await timeImport(page, c.file, c.total, c.waitForDone);
    }
    return out;
  } finally {
    await page.close();
  }
}

function summarise(runs: Record<CaseName, Timing[]>): RangesFigures['medians'] {
  const med = (xs: Timing[], pick: (t: Timing) => number | null) => median(xs.map(pick).filter((v): v is number => v !== null));
  return {
    ott1kMs: med(runs.ott1k, (t) => t.doneMs),
    ott1kTaskMs: med(runs.ott1k, (t) => t.longestTaskMs),
    ott1kTaskCpuMs: med(runs.ott1k, (t) => t.longestTaskCpuMs),
    ott10kMs: med(runs.ott10k, (t) => t.doneMs),
    ott10kTaskMs: med(runs.ott10k, (t) => t.longestTaskMs),
    ott10kTaskCpuMs: med(runs.ott10k, (t) => t.longestTaskCpuMs),
    ott1kFirstMs: med(runs.ott1k, (t) => t.firstMs),
    largeFirstMs: med(runs.large, (t) => t.firstMs),
    largeTaskMs: med(runs.large, (t) => t.longestTaskMs),
    largeTaskCpuMs: med(runs.large, (t) => t.longestTaskCpuMs),
  };
}

/**
 * Measures the built apps in `appDirs` (the first is the one under test; any other is a baseline),
 * alternating them round by round in one Chromium.
 * @example const [figures] = await measureRanges([resolve('dist')], 3);
 */
export async function measureRanges(appDirs: string[], rounds: number): Promise<RangesFigures[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-ranges-'));
  const browser = await launchChromium();
  const apps = [];
  try {
    for (const dir of appDirs) apps.push(await servePreview(dir));
    const cases = writeCases(scratch);
    const load0 = loadavg()[0];
    const runs = appDirs.map(() => ({ ott1k: [], ott10k: [], large: [] }) as Record<CaseName, Timing[]>);
    let workers = 0;
    for (let r = 0; r < rounds; r++) {
      // Alternate which app goes first, so neither always meets the same moment of the machine's load.
      const order = apps.map((_, i) => i);
      if (r % 2) order.reverse();
      for (const i of order) {
        const got = await round(browser, apps[i].origin, cases);
        workers = got.ott1k.workers;
        for (const name of ['ott1k', 'ott10k', 'large'] as const) runs[i][name].push(got[name]);
      }
    }
    const load: [number, number] = [load0, loadavg()[0]];
    return runs.map((run) => ({ rounds, workers, load, runs: run, medians: summarise(run) }));
  } finally {
    await browser.close();
    for (const app of apps) await app.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The figures as printed lines, each beside its goal (never asserted). */
export function rangesLines(f: RangesFigures, baseline?: RangesFigures): string[] {
  const m = f.medians;
  const b = baseline?.medians;
  const line = (name: string, value: number, goal: string, base?: number) =>
    `${name.padEnd(70)} ${value.toFixed(0).padStart(6)} ms  ${goal.padEnd(16)}${base === undefined ? '' : ` baseline ${base.toFixed(0).padStart(6)} ms (${(base / Math.max(value, 1)).toFixed(2)}× faster)`}`;
  return [
    `ranges in Chromium: ${f.workers} sampling workers, median of ${f.rounds} rounds, load average ${f.load[0].toFixed(1)} → ${f.load[1].toFixed(1)}`,
    line('OTT ai-native, 1,000 samples × 4 quarters: start to last percentile', m.ott1kMs, 'goal ≤ 1000 ms', b?.ott1kMs),
    line('OTT ai-native, 1,000 samples: longest main-thread task meanwhile', m.ott1kTaskMs, 'goal ≤ 50 ms', b?.ott1kTaskMs),
    line('  the same stretch: CPU time of the longest main-thread task', m.ott1kTaskCpuMs, '', b?.ott1kTaskCpuMs),
    line('OTT ai-native, 10,000 samples × 4 quarters: start to last percentile', m.ott10kMs, 'goal ≤ 5000 ms', b?.ott10kMs),
    line('OTT ai-native, 10,000 samples: longest main-thread task meanwhile', m.ott10kTaskMs, 'goal ≤ 50 ms', b?.ott10kTaskMs),
    line('  the same stretch: CPU time of the longest main-thread task', m.ott10kTaskCpuMs, '', b?.ott10kTaskCpuMs),
    line('OTT ai-native, 1,000 samples: first percentiles', m.ott1kFirstMs, '', b?.ott1kFirstMs),
    line('1,200 teams + 2,400 handoffs: first percentiles', m.largeFirstMs, 'goal ≤ 2000 ms', b?.largeFirstMs),
    line('1,200 teams: longest main-thread task until then', m.largeTaskMs, '', b?.largeTaskMs),
    line('  the same stretch: CPU time of the longest main-thread task', m.largeTaskCpuMs, '', b?.largeTaskCpuMs),
  ];
}
