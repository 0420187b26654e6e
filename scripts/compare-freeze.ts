/**
 * What the compare view costs the main thread on a generated 1,200-team model, in headless Chromium
 * against one or more built apps (`vite preview`), so a build before a change and one after it can be
 * measured in the same run.
 *
 *   npx vite build --outDir /tmp/app && npx tsx scripts/compare-freeze.ts --app-dir /tmp/app[,/tmp/other] [--runs 5]
 *
 * Each run opens every app afresh (taking turns, so a busy machine weighs on each alike), imports the
 * generated document (1,194 lane teams, 6 Control, 2,400 work handoffs; scripts/lib/generatedOrg.ts),
 * waits until the editor's own simulation has answered, and then measures three steps:
 *   1. open: click the Compare tab (the dock unfolds and computes its default pair);
 *   2. pick A: choose another scenario and quarter for A;
 *   3. pick B: choose another one for B;
 *   4. reopen: fold the dock (not measured) and click the Compare tab again. The view starts again from
 *      its default pair, which the app has computed before (a new app may answer from a cache), so this
 *      step shows what unfolding the dock and drawing the view cost apart from the simulation.
 * Each step runs from the click or change until the table shows exactly the chosen pair (and the view
 * is no longer busy). Meanwhile the page records long tasks (PerformanceObserver "longtask", which
 * reports tasks over 50 ms) and the gaps between animation frames (which also show shorter blocks).
 * Prints each run and the medians per app and step. The server and browser are stopped by their own
 * process ids.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, median, servePreview, type Preview } from './lib/browserBench';
import { generatedOrgText } from './lib/generatedOrg';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const APP_DIRS = option('app-dir', 'dist').split(',').map((d) => resolve(d));
const RUNS = Number(option('runs', '5'));
const STEP_TIMEOUT_MS = 120_000;

/** The three steps: what to do in the page, and which pair of choice labels the table must then show. */
const STEPS = [
  { name: 'open', act: { tab: 'Compare' }, heads: ['Cautious · Q3', 'AI-native · Q3'] },
  { name: 'pick A', act: { select: 0, value: 'evidence-top@2' }, heads: ['Top of measured evidence · Q2', 'AI-native · Q3'] },
  { name: 'pick B', act: { select: 1, value: 'ai-native@1' }, heads: ['Top of measured evidence · Q2', 'AI-native · Q1'] },
  // After folding the dock: the view starts again from its default pair, which it has computed before.
  { name: 'reopen', act: { tab: 'Compare' }, heads: ['Cautious · Q3', 'AI-native · Q3'], foldFirst: true },
] as const;

type Action = { tab: string } | { select: number; value: string };

interface StepFigures {
  /** From the action until the table showed the chosen pair. */
  shownAfterMs: number;
  /** From the action until the view first said it was computing (null: it never did). */
  busyShownAfterMs: number | null;
  /** Longest task the long-task observer saw (0 when none passed 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Longest gap between two animation frames. */
  longestFrameGapMs: number;
  /** Each long task as "start+duration" in ms from the action. */
  tasks: string;
}

/**
 * Acts in the page and waits, inside the page, for the table to show `heads`: Playwright's own queries
 * run on the page's main thread too, so none runs while measuring.
 */
async function measureStep(page: Page, action: Action, heads: readonly string[]): Promise<StepFigures> {
  return page.evaluate(
    ({ action, heads, timeout }) =>
      new Promise<StepFigures>((done, fail) => {
        const longtasks: { at: number; duration: number }[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longtasks.push({ at: e.startTime - start, duration: e.duration })));
        observer.observe({ type: 'longtask' });
        const gaps: number[] = [];
        let prev = performance.now();
        let shownAt: number | null = null;
        let busyAt: number | null = null;
        const start = performance.now();
        const shown = () => {
          const view = document.querySelector('.compare');
          if (!view || view.getAttribute('aria-busy') === 'true') return false;
          const th = [...document.querySelectorAll('[data-testid=compare-table] thead th')].map((el) => el.textContent);
          return th[1] === heads[0] && th[2] === heads[1];
        };
        const frame = (now: number) => {
          gaps.push(now - prev);
          prev = now;
          if (busyAt === null && document.querySelector('.compare')?.getAttribute('aria-busy') === 'true') busyAt = now - start;
          if (shownAt === null && shown()) shownAt = now;
          // A few more frames after the pair shows, so the observer reports the task that drew it.
          if (shownAt !== null && now - shownAt > 300) {
            observer.disconnect();
            return done({
              shownAfterMs: shownAt - start,
              busyShownAfterMs: busyAt,
              longestTaskMs: longtasks.length ? Math.max(...longtasks.map((t) => t.duration)) : 0,
              longTasks: longtasks.length,
              longestFrameGapMs: Math.max(...gaps),
              tasks: longtasks.map((t) => `${t.at.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '),
            });
          }
          if (now - start > timeout) return fail(new Error(`the compare view never showed ${heads.join(' against ')}`));
          requestAnimationFrame(frame);
        };
        requestAnimationFrame((now) => {
          prev = now;
          if ('tab' in action) {
            const tab = [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((el) => el.textContent === action.tab)!;
            tab.click();
          } else {
            const select = document.querySelectorAll<HTMLSelectElement>('.compare select')[action.select];
            select.value = action.value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }
          requestAnimationFrame(frame);
        });
      }),
    { action: action as Action, heads, timeout: STEP_TIMEOUT_MS },
  );
}

async function oneRun(browser: Browser, app: Preview, file: string): Promise<StepFigures[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  try {
    // tsx keeps function names with a helper the page does not have; the evaluated functions need it.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(app.origin);
    await page.locator('.react-flow__node-team').first().waitFor();
    await page.getByTestId('import-input').setInputFiles(file);
    await page.waitForFunction(() => document.title.includes('1,200') || document.querySelectorAll('.react-flow__node-team').length > 100, undefined, { timeout: STEP_TIMEOUT_MS });
    await page.waitForFunction(() => document.querySelector('[data-testid=scenario-figures]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: STEP_TIMEOUT_MS });
    await page.waitForTimeout(1000); // let the first paint and layout of the big canvas settle
    const figures: StepFigures[] = [];
    for (const step of STEPS) {
      if ('foldFirst' in step) {
        await page.evaluate(() => document.querySelector<HTMLElement>('button[aria-label="Hide results"]')!.click());
        await page.waitForTimeout(1000);
      }
      figures.push(await measureStep(page, step.act, step.heads));
      await page.waitForTimeout(300);
    }
    return figures;
  } finally {
    await page.close();
  }
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-compare-'));
  const file = join(scratch, 'generated-1200.fivefold.json');
  writeFileSync(file, generatedOrgText({ laneTeams: 1194, controlTeams: 6, handoffs: 2400 }));
  const browser = await launchChromium();
  const apps: Preview[] = [];
  try {
    for (const [i, dir] of APP_DIRS.entries()) apps.push(await servePreview(dir, 4800 + Math.floor(Math.random() * 100) * 2 + i));
    const results = APP_DIRS.map(() => [] as StepFigures[][]);
    for (let run = 1; run <= RUNS; run++) {
      for (const [i, app] of apps.entries()) {
        const figures = await oneRun(browser, app, file);
        results[i].push(figures);
        const line = figures.map((f, s) => `${STEPS[s].name}: busy ${f.busyShownAfterMs === null ? '–' : ms(f.busyShownAfterMs)}, shown ${ms(f.shownAfterMs)}, longest task ${ms(f.longestTaskMs)}, frame gap ${ms(f.longestFrameGapMs)} [${f.tasks}]`);
        console.log(`run ${run} ${APP_DIRS[i]}: ${line.join(' · ')}`);
      }
    }
    console.log(`\nMedians over ${RUNS} runs (1,200 teams, 2,400 handoffs; longest task counts only tasks over 50 ms):`);
    for (const [i, dir] of APP_DIRS.entries()) {
      for (const [s, step] of STEPS.entries()) {
        const of = (pick: (f: StepFigures) => number) => median(results[i].map((run) => pick(run[s])));
        console.log(
          `${dir} ${step.name.padEnd(6)}: longest main-thread task ${ms(of((f) => f.longestTaskMs))}, longest frame gap ${ms(of((f) => f.longestFrameGapMs))}, ` +
            `pair shown after ${ms(of((f) => f.shownAfterMs))}, long tasks ${of((f) => f.longTasks)}`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const app of apps) app.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
