/**
 * Frames per second while scrubbing the quarter slider, and main-thread responsiveness while the
 * simulation worker computes, in headless Chromium against the built app (`vite preview`).
 *
 *   npx vite build && npx tsx scripts/fps-scrub.ts [--out-dir dist] [--seconds 4]
 *
 * 1. The OTT example in After: every animation frame moves the quarter slider to the next quarter
 *    (0 → last → 0 …) through a real input event, for a few seconds. Prints the median of the
 *    per-frame rates (1000 / frame interval). Goal: ≥ 50 fps.
 * 2. A generated model of 1,200 teams and 2,400 work handoffs (simulated in the worker): records
 *    long tasks (PerformanceObserver "longtask", > 50 ms) and frame rates from the moment a quarter
 *    change or a lever edit is made until the worker's answer is shown, while the canvas is panned.
 * The server and browser are stopped by their own process ids.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { presetScenarios, serialize } from '../src/model';
import { launchChromium, median, servePreview } from './lib/browserBench';
import { largeOrganisation } from './lib/generatedOrg';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const OUT_DIR = resolve(option('out-dir', 'dist'));
const SECONDS = Number(option('seconds', '4'));
const PORT = 4300 + Math.floor(Math.random() * 500);

/** Moves the quarter slider every animation frame for `ms`; returns the per-frame rates. */
async function scrub(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(async (duration) => {
    const slider = [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].find((el) => el.labels?.[0]?.textContent === 'Quarter')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const last = Number(slider.max);
    const rates: number[] = [];
    let q = 0;
    let dir = 1;
    let prev = performance.now();
    const end = prev + duration;
    await new Promise<void>((done) => {
      const frame = (now: number) => {
        rates.push(1000 / (now - prev));
        prev = now;
        if (now > end) return done();
        if (q + dir > last || q + dir < 0) dir = -dir;
        q += dir;
        setValue.call(slider, String(q));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    return rates.slice(1);
  }, ms);
}

interface Watch {
  longtasks: number[];
  rates: number[];
  running: boolean;
  busySeen: boolean;
  /** performance.now() when the figures stopped being busy, after having been busy. */
  doneAt: number | null;
  startedAt: number;
}

/**
 * Starts recording long tasks, frame rates and the figures' aria-busy in the page. Everything is read
 * in the page itself: Playwright's own element queries run on the page's main thread, and on a
 * 1,200-team page a role query alone is a long task, so none runs while we measure.
 */
async function startWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w: Watch = { longtasks: [], rates: [], running: true, busySeen: false, doneAt: null, startedAt: performance.now() };
    (window as unknown as { __watch: Watch }).__watch = w;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.running && w.longtasks.push(e.duration))).observe({ type: 'longtask' });
    const figures = document.querySelector('[data-testid=scenario-figures]')!;
    new MutationObserver(() => {
      const busy = figures.getAttribute('aria-busy') === 'true';
      if (busy) w.busySeen = true;
      else if (w.busySeen && w.doneAt === null) w.doneAt = performance.now();
    }).observe(figures, { attributes: true, attributeFilter: ['aria-busy'] });
    let prev = performance.now();
    const frame = (now: number) => {
      if (!w.running) return;
      w.rates.push(1000 / (now - prev));
      prev = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function stopWatch(page: Page): Promise<Watch> {
  return page.evaluate(() => {
    const w = (window as unknown as { __watch: Watch }).__watch;
    w.running = false;
    return { ...w, rates: w.rates.slice(1) };
  });
}

const doneYet = (page: Page) => page.evaluate(() => (window as unknown as { __watch: Watch }).__watch.doneAt !== null);

/**
 * Focuses `slider` and presses `key` (a change the worker must answer), pans the canvas with the
 * mouse wheel until the answer is shown, and reports what the main thread did meanwhile.
 */
async function whileWorkerComputes(page: Page, what: string, sliderName: string, key: string) {
  const slider = await page.getByRole('slider', { name: sliderName }).elementHandle();
  const canvas = await page.locator('.react-flow__pane').boundingBox();
  if (canvas) await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await slider!.focus();
  await page.waitForTimeout(500);
  await startWatch(page);
  const t0 = Date.now();
  await page.keyboard.press(key);
  let pans = 0;
  while (!(await doneYet(page)) && Date.now() - t0 < 60_000) {
    await page.mouse.wheel(0, pans++ % 2 ? 40 : -40);
    await page.waitForTimeout(50);
  }
  const w = await stopWatch(page);
  const computedIn = await page.getByTestId('scenario-figures').getAttribute('data-computed-in');
  console.log(
    `1,200 teams, ${what}: answer shown after ${w.doneAt ? (w.doneAt - w.startedAt).toFixed(0) : '?'} ms (${computedIn}); ` +
      `longest main-thread task ${w.longtasks.length ? Math.max(...w.longtasks).toFixed(0) : 'none over 50'} ms (${w.longtasks.length} long tasks); ` +
      `median frame rate meanwhile ${median(w.rates).toFixed(1)} fps over ${w.rates.length} frames, ${pans} wheel pans`,
  );
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-fps-'));
  const browser = await launchChromium();
  let app: Awaited<ReturnType<typeof servePreview>> | undefined;
  try {
    app = await servePreview(OUT_DIR, PORT);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    // tsx keeps function names with a helper the page does not have; the evaluated functions need it.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(app.origin);
    await page.locator('.react-flow__node-team').first().waitFor();
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('ai-native');
    await page.getByRole('button', { name: 'After', exact: true }).click();
    await scrub(page, 500); // warm-up
    const rates = await scrub(page, SECONDS * 1000);
    console.log(`OTT example in After, scrubbing quarters every frame for ${SECONDS} s: median ${median(rates).toFixed(1)} fps over ${rates.length} frames (goal ≥ 50); slowest frame ${(1000 / Math.min(...rates)).toFixed(1)} ms`);

    const file = join(scratch, 'generated-1200.fivefold.json');
    writeFileSync(file, serialize(largeOrganisation(presetScenarios().filter((s) => s.id === 'ai-native').map(({ uncertainty: _ranges, ...s }) => s))));
    await page.getByTestId('import-input').setInputFiles(file);
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-team').length > 0, undefined, { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid=scenario-figures]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 120_000 });
    await page.getByRole('button', { name: 'After', exact: true }).click();

    await whileWorkerComputes(page, 'quarter change', 'Quarter', 'Home');
    await page.getByRole('button', { name: 'Levers', exact: true }).click();
    await whileWorkerComputes(page, 'adoption lever edit (the document changes)', 'Adoption in quarter 0', 'ArrowRight');
  } finally {
    await browser.close();
    app?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
