/**
 * Uncertainty sampling in the browser (simulation.md §11, issue 14's goals), printed, never asserted:
 * - OTT, AI-native with the presets' ranges, 1,000 and 10,000 samples × every quarter: wall time from
 *   the job's start to its last percentile (goal ≤ 1 s and ≤ 5 s), and the longest main-thread task
 *   meanwhile (goal none over 50 ms);
 * - the 1,200-team generated model with the same ranges: time to the first percentiles (goal ≤ 2 s).
 * Each case imports a file, as a person would, so the job starts from an edit. Medians over rounds.
 * Also screenshots of the ranges UI at 1280×720 and 1920×1080. Run after `npx vite build`:
 *   npx tsx scripts/ranges-browser.ts [rounds] [out-dir]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseText, presetScenarios, serialize, type FivefoldDocument } from '../src/model';
import { presetUncertainty } from '../src/model/presets';
import { largeOrganisation } from './lib/generatedOrg';
import { launchChromium, median, servePreview } from './lib/browserBench';

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
    const last = window.__ranges[window.__ranges.length - 1];
    if (!last || last.state !== state || last.done !== done)
      window.__ranges.push({ t: performance.now(), state, done, workers: bar ? Number(bar.dataset.workers) : 0 });
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-done'] });
})();`;

interface Event {
  t: number;
  state: string;
  done: number;
  workers: number;
}

interface Timing {
  /** From the job's start (state "sampling", nothing received) to the first chunk and to the last. */
  firstMs: number;
  doneMs: number | null;
  longestTaskMs: number;
  workers: number;
}

const ott = (): FivefoldDocument => {
  const parsed = parseText(readFileSync(resolve('examples/ott-churn.fivefold.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the OTT example must be valid');
  return parsed.doc;
};

function withSamples(doc: FivefoldDocument, samples: number, title: string): string {
  return serialize({ ...doc, title, scenarios: doc.scenarios.map((s) => ({ ...s, uncertainty: { ...presetUncertainty(), samples } })) });
}

async function timeImport(page: Page, file: string, waitForDone: boolean): Promise<Timing> {
  await page.evaluate(() => {
    (window as unknown as { __ranges: unknown[] }).__ranges.length = 0;
  });
  const since = await page.evaluate(() => performance.now());
  await page.getByTestId('import-input').setInputFiles(file);
  // Functions, not strings: the page's CSP refuses eval.
  const until = (state: string, anyDone: boolean) =>
    page.waitForFunction(
      ([s, d]) => (window as unknown as { __ranges: Event[] }).__ranges.some((e) => e.state === s && (!d || e.done > 0)),
      [state, anyDone] as const,
      { timeout: 600_000, polling: 50 },
    );
  await until('sampling', true);
  if (waitForDone) await until('done', false);
  const { events, tasks } = await page.evaluate(() => {
    const w = window as unknown as { __ranges: Event[]; __longtasks: { start: number; duration: number }[] };
    return { events: [...w.__ranges], tasks: [...w.__longtasks] };
  });
  // The first event after clearing may still be the previous job's: start at the new job's first state.
  const startAt = events.findIndex((e) => e.state === 'sampling' && e.done === 0);
  const fresh = startAt < 0 ? events : events.slice(startAt);
  const start = startAt < 0 ? since : events[startAt].t;
  const first = fresh.find((e) => e.done > 0)!;
  const done = fresh.find((e) => e.state === 'done');
  const end = done?.t ?? first.t;
  const during = tasks.filter((x) => x.start + x.duration >= start && x.start <= end);
  return { firstMs: first.t - start, doneMs: done ? done.t - start : null, longestTaskMs: Math.max(0, ...during.map((x) => x.duration)), workers: first.workers };
}

async function measure(browser: Browser, origin: string, rounds: number, scratch: string) {
  const base = ott();
  const files = {
    ott1k: join(scratch, 'ott-1000.fivefold.json'),
    ott10k: join(scratch, 'ott-10000.fivefold.json'),
    large: join(scratch, 'large.fivefold.json'),
  };
  writeFileSync(files.ott1k, withSamples(base, 1000, 'OTT, 1,000 samples'));
  writeFileSync(files.ott10k, withSamples(base, 10000, 'OTT, 10,000 samples'));
  const aiNative = presetScenarios().filter((s) => s.id === 'ai-native');
  writeFileSync(files.large, serialize(largeOrganisation(aiNative, 'Generated: 1,200 teams with ranges')));

  const runs: Record<'ott1k' | 'ott10k' | 'large', Timing[]> = { ott1k: [], ott10k: [], large: [] };
  for (let r = 0; r < rounds; r++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(RECORDER);
    await page.goto(origin);
    await page.waitForSelector('.react-flow__node-team');
    // Alternate the two OTT sizes so both see the same machine load.
    runs.ott1k.push(await timeImport(page, files.ott1k, true));
    runs.ott10k.push(await timeImport(page, files.ott10k, true));
    if (r === 0) runs.large.push(await timeImport(page, files.large, false));
    await page.close();
  }
  const med = (xs: Timing[], pick: (t: Timing) => number | null) => median(xs.map(pick).filter((v): v is number => v !== null));
  const print = (name: string, value: number, unit: string, goal = '') => console.log(`${name.padEnd(72)} ${value.toFixed(0).padStart(7)} ${unit.padEnd(3)} ${goal}`);
  const workers = runs.ott1k[0].workers;
  console.log(`ranges in Chromium: ${workers} workers (navigator.hardwareConcurrency), median of ${rounds} rounds`);
  print('OTT ai-native, 1,000 samples × 4 quarters: start to last percentile', med(runs.ott1k, (t) => t.doneMs), 'ms', 'goal ≤ 1000 ms');
  print('OTT ai-native, 1,000 samples: longest main-thread task meanwhile', med(runs.ott1k, (t) => t.longestTaskMs), 'ms', 'goal ≤ 50 ms');
  print('OTT ai-native, 10,000 samples × 4 quarters: start to last percentile', med(runs.ott10k, (t) => t.doneMs), 'ms', 'goal ≤ 5000 ms');
  print('OTT ai-native, 10,000 samples: longest main-thread task meanwhile', med(runs.ott10k, (t) => t.longestTaskMs), 'ms', 'goal ≤ 50 ms');
  print('OTT ai-native, 1,000 samples: first percentiles', med(runs.ott1k, (t) => t.firstMs), 'ms');
  print('1,200 teams + 2,400 handoffs, 1,000 samples: first percentiles', runs.large[0].firstMs, 'ms', 'goal ≤ 2000 ms');
  print('1,200 teams: longest main-thread task until then', runs.large[0].longestTaskMs, 'ms');
  return runs;
}

async function screenshots(browser: Browser, origin: string, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    const tag = `${size.width}x${size.height}`;
    const page = await browser.newPage({ viewport: size });
    await page.goto(origin);
    await page.waitForSelector('[data-testid=figure-people-range]', { timeout: 60_000 });
    await page.waitForFunction(() => (document.querySelector('[data-testid=ranges-bar]') as HTMLElement | null)?.dataset.state === 'done', undefined, { timeout: 60_000 });
    await page.getByRole('button', { name: 'After', exact: true }).click();
    await page.screenshot({ path: join(outDir, `ranges-headline-${tag}.png`) });
    await page.getByRole('button', { name: 'Levers', exact: true }).click();
    await page.getByRole('button', { name: 'No ranges' }).waitFor();
    await page.screenshot({ path: join(outDir, `ranges-levers-${tag}.png`) });
    await page.getByRole('button', { name: 'Levers', exact: true }).click();
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.locator('.recharts-wrapper').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outDir, `ranges-dashboard-${tag}.png`) });
    await page.getByRole('tab', { name: 'What it takes' }).click();
    await page.getByTestId('what-it-takes').waitFor();
    await page.getByTestId('what-it-takes').getByRole('spinbutton').fill('5');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `ranges-what-it-takes-${tag}.png`) });
    await page.close();
  }
  console.log(`screenshots in ${outDir}`);
}

async function main() {
  const rounds = Number(process.argv[2] ?? 3);
  const outDir = resolve(process.argv[3] ?? 'screenshots');
  const browser = await launchChromium();
  const app = await servePreview(resolve('dist')).catch(async (error) => {
    await browser.close();
    throw error;
  });
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-ranges-'));
  try {
    if (process.env.RANGES_SHOTS !== '0') await screenshots(browser, app.origin, outDir);
    await measure(browser, app.origin, rounds, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
