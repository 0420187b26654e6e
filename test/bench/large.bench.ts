// Large models (issue 13) in headless Chromium against the built app (dist/), printed only when both
// exist:
// - per fixture (the 1,200-team organisation and three other shapes without positions, and the
//   hand-written model as the small baseline of the same run): import until the page answers, the
//   longest main-thread task from the import until 1.5 s after that answer, and the longest task
//   after one headcount edit (zoomed in to a card, changed in the inspector, until 1.5 s after the
//   card shows it: the workers' answers and the autosave included), with the load average;
// - 3,000 teams: pan and zoom frames per second, first render and JS heap against a plain React Flow
//   page with the same nodes and edges, in the same run, at the fit view (where Fivefold draws lane
//   summaries) and close up (cards).
// LARGE_BENCH_PART=open or =fps measures one part only, LARGE_BENCH_FIXTURES=organisation one fixture;
// LARGE_BENCH_ROUNDS sets the rounds (3); LARGE_BENCH_BASELINE_DIR=<built app> measures that build too,
// alternating with dist/, and prints each figure's ratio to it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, launchChromium, median, servePreview } from '../../scripts/lib/browserBench';
import { build, runFpsDrag, VIEWPORT } from '../../scripts/lib/fpsDrag';
import { largeFixtures } from '../../scripts/lib/largeFixtures';
import { zoomToCard } from '../../scripts/lib/zoomToCard';
import { serialize } from '../../src/model';
import type { BenchRow } from './util';

const ROUNDS = Number(process.env.LARGE_BENCH_ROUNDS ?? 3);
/** `open` or `fps` to measure only that part (both by default). */
const PART = process.env.LARGE_BENCH_PART ?? '';
/** Only the fixtures whose names start so (all by default), e.g. `organisation`. */
const FIXTURES = process.env.LARGE_BENCH_FIXTURES ?? '';
/** A built app to measure beside dist/ in the same rounds (open and edit only). */
const BASELINE_DIR = process.env.LARGE_BENCH_BASELINE_DIR ?? '';
/** After an edit, long enough for what it sets off: the workers' answers and the autosave (400 ms later). */
const SETTLE_MS = 1500;

const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
})();`;

const longest = (page: Page) => page.evaluate(() => Math.max(0, ...((window as unknown as { __longTasks: number[] }).__longTasks)));
const resetTasks = (page: Page) => page.evaluate(() => void ((window as unknown as { __longTasks: number[] }).__longTasks = []));
const now = (page: Page) => page.evaluate(() => performance.now());
/** Resolves on the next animation frame: the page has answered. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

/** The load average over the last minute, for the notes: figures from a busy machine read longer. */
const load = () => loadavg()[0].toFixed(1);

async function openAndEdit(browser: Browser, origin: string, file: string, title: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.addInitScript(LONG_TASKS);
    await page.goto(origin);
    await page.locator('.react-flow__node-team').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    await resetTasks(page);
    const t0 = await now(page);
    // A file on disk, as a person picks one: Chromium reads it itself. (Given as a buffer, it would be
    // decoded by script in the page, on the main thread, adding a second-long task of the harness's own.)
    await page.getByTestId('import-input').setInputFiles(file);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t && document.querySelector('[data-testid=canvas]')?.getAttribute('data-detail'), title, { timeout: 120_000, polling: 'raf' });
    await nextFrame(page);
    const openMs = (await now(page)) - t0;
    // Including what opening sets off after the first answer: the library's copy, the workers' answers.
    await page.waitForTimeout(SETTLE_MS);
    const openLongest = await longest(page);

    // The inspector first: opening a side panel fits the view again.
    if ((await page.getByTestId('toggle-inspector').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('toggle-inspector').click();
    await page.waitForTimeout(500);
    const id = await zoomToCard(page);
    const card = page.locator(`.react-flow__node-team[data-id="${id}"]`);
    const before = Number(await card.getByTestId('team-headcount').innerText());
    await card.click();
    const field = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Headcount', { exact: true });
    await field.fill(String(before + 3));
    await page.waitForTimeout(300);
    await resetTasks(page);
    await field.press('Enter');
    await page.waitForFunction(({ id, want }) => document.querySelector(`.react-flow__node-team[data-id="${id}"] [data-testid=team-headcount]`)?.textContent === want, { id, want: String(before + 3) }, { timeout: 60_000, polling: 'raf' });
    await page.waitForTimeout(SETTLE_MS);
    return { openMs, openLongest, editLongest: await longest(page) };
  } finally {
    await context.close();
  }
}

export default async function largeBench(): Promise<BenchRow[]> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const dist = join(root, 'dist');
  if (!existsSync(chromiumPath())) {
    console.log(`large models: skipped, no Chromium at ${chromiumPath()} (set CHROME_PATH)`);
    return [];
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('large models: skipped, dist/ is missing; run "npm run build" first to measure it');
    return [];
  }
  const rows: BenchRow[] = [];
  if (PART !== 'fps') await openRows(dist, rows);
  if (PART !== 'open') await fpsRows(root, dist, rows);
  return rows;
}

async function openRows(dist: string, rows: BenchRow[]): Promise<void> {
  const app = await servePreview(dist, 4800 + Math.floor(Math.random() * 300));
  // Another build (e.g. main before a change), measured in the same rounds, alternating with this one.
  const baseline = BASELINE_DIR ? await servePreview(BASELINE_DIR, 5150 + Math.floor(Math.random() * 300)) : null;
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-large-open-'));
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    for (const f of largeFixtures().filter((x) => !FIXTURES || x.name.startsWith(FIXTURES))) {
      const doc = f.doc();
      const file = join(scratch, 'large.fivefold.json');
      writeFileSync(file, serialize(doc));
      const runs = [];
      const base = [];
      const loads = [load()];
      for (let r = 0; r < ROUNDS; r++) {
        runs.push(await openAndEdit(browser, app.origin, file, doc.title));
        if (baseline) base.push(await openAndEdit(browser, baseline.origin, file, doc.title));
        loads.push(load());
      }
      const note = `${doc.teams.length} teams, ${doc.handoffs.length} handoffs, no positions; median of ${ROUNDS}; load average ${loads.join(' → ')}`;
      const figures = [
        ['open', 'until the page answers', (r: Figures) => r.openMs, '≤ 1500 ms'],
        ['open', 'longest main-thread task', (r: Figures) => r.openLongest, '≤ 200 ms'],
        ['one headcount edit', 'longest task', (r: Figures) => r.editLongest, '≤ 100 ms'],
      ] as const;
      for (const [what, figure, of, goal] of figures) {
        const value = median(runs.map(of));
        const against = base.length ? `; baseline build ${median(base.map(of)).toFixed(0)} ms (${(value / median(base.map(of))).toFixed(2)}×)` : '';
        rows.push({ name: `${what}, ${f.name}: ${figure}`, value, unit: 'ms', goal, note: `${note}${against}` });
      }
      for (const row of rows.slice(-3)) console.log(`  ${row.name}: ${row.value.toFixed(0)} ${row.unit}${row.note?.includes('baseline') ? ` (${row.note.split('; baseline ')[1]})` : ''}`);
    }
  } catch (error) {
    console.log(`large models: stopped, ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await browser?.close();
    await app.stop();
    await baseline?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

type Figures = Awaited<ReturnType<typeof openAndEdit>>;

async function fpsRows(root: string, dist: string, rows: BenchRow[]): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-large-bench-'));
  try {
    const plainDir = build(join(scratch, 'plain'), { config: join(root, 'bench/plain-flow/vite.config.ts') });
    for (const [where, viewport] of [['fit view', null], ['close up', undefined]] as const) {
      const r = await runFpsDrag({ appDir: dist, plainDir, rounds: ROUNDS, dragSeconds: 3, gesture: 'pan', laneTeams: 2994, controlTeams: 6, handoffs: 4500, viewport });
      const { fivefold, plain } = r.medians;
      const about = `${r.teams} teams, ${r.handoffs} handoffs, ${where}; median of ${ROUNDS} rounds; load average ${load()}`;
      rows.push(
        { name: `pan+zoom, 3,000 teams, ${where}: Fivefold ÷ plain fps`, value: fivefold.meanFps / plain.meanFps, unit: '×', goal: '≥ 0.9×', note: `${fivefold.meanFps.toFixed(1)} against ${plain.meanFps.toFixed(1)} fps; ${about}` },
        { name: `first render, 3,000 teams, ${where}: Fivefold ÷ plain`, value: fivefold.firstRenderMs / plain.firstRenderMs, unit: '×', goal: '≤ 1.0×', note: `${fivefold.firstRenderMs.toFixed(0)} against ${plain.firstRenderMs.toFixed(0)} ms` },
        { name: `JS heap, 3,000 teams, ${where}: Fivefold ÷ plain`, value: fivefold.heapMb / plain.heapMb, unit: '×', goal: '≤ 1.2×', note: `${fivefold.heapMb.toFixed(1)} against ${plain.heapMb.toFixed(1)} MB` },
      );
    }
  } catch (error) {
    console.log(`3,000 teams: skipped, ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
