/**
 * Uncertainty sampling in the browser (simulation.md §11, issue 14's goals), printed, never asserted
 * (what is measured: scripts/lib/rangesBrowser.ts): wall time of 1,000 and 10,000 OTT samples, the
 * longest main-thread task meanwhile, and the first percentiles on the 1,200-team model, medians over
 * rounds with the load average. `--baseline-dir` alternates with another build (say, the previous
 * commit's) round by round and prints how many times faster this one is. Also screenshots of the ranges
 * UI at 1280×720 and 1920×1080 (not with --no-shots). Run after `npx vite build`:
 *   npx tsx scripts/ranges-browser.ts [--rounds 3] [--app-dir dist] [--baseline-dir <built app>] [--shots <dir>] [--no-shots]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, servePreview } from './lib/browserBench';
import { measureRanges, rangesLines } from './lib/rangesBrowser';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

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
    await page.getByRole('tab', { name: 'Sensitivity' }).click();
    await page.getByRole('radio', { name: 'By rank correlation over the sampled worlds' }).click();
    await page.getByTestId('sample-ranking').waitFor();
    await page.screenshot({ path: join(outDir, `ranges-sample-ranking-${tag}.png`) });
    await page.close();
  }
  console.log(`screenshots in ${outDir}`);
}

async function main() {
  const rounds = Number(option('rounds', '3'));
  const appDir = resolve(option('app-dir', 'dist'));
  const baselineDir = option('baseline-dir', '');
  if (!args.includes('--no-shots')) {
    const browser = await launchChromium();
    const app = await servePreview(appDir);
    try {
      await screenshots(browser, app.origin, resolve(option('shots', 'screenshots')));
    } finally {
      await browser.close();
      await app.stop();
    }
  }
  const [figures, baseline] = await measureRanges(baselineDir ? [appDir, resolve(baselineDir)] : [appDir], rounds);
  for (const line of rangesLines(figures, baseline)) console.log(line);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
