/**
 * The editor as a projector shows it: screenshots at 1280×720 (and 1920×1080) of the cases the
 * workshop issue lists (After with the critical-path banner, an explanation card, the "Opened …"
 * notice, Results open, a long Control lane name, a long title and scenario name), each with the
 * smallest effective text on the canvas and the smallest team name printed beside it.
 * Run after `npx vite build`:  npx tsx scripts/legibility-shots.ts [out-dir]   (default: docs/legibility/)
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { exampleCount, launchChromium, servePreview } from './lib/browserBench';
import { CANVAS_TEXT_SCRIPT } from './lib/canvasText';

const PORT = 4183;

async function shoot(page: Page, file: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: file });
  const t = await page.evaluate<{ zoom: number; smallest: number; text: string; teamName: number }>(CANVAS_TEXT_SCRIPT);
  console.log(`${file}  zoom ${t.zoom.toFixed(3)} · smallest ${t.smallest.toFixed(1)} px ("${t.text}") · team names ≥ ${t.teamName.toFixed(1)} px`);
}

async function closePanels(page: Page): Promise<void> {
  for (const name of ['palette', 'inspector']) {
    const button = page.getByTestId(`toggle-${name}`);
    if ((await button.count()) && (await button.getAttribute('aria-expanded')) === 'true') await button.click();
  }
  await page.waitForTimeout(200);
  await page.keyboard.press('Shift+F');
}

async function main() {
  const outDir = resolve(process.argv[2] ?? 'docs/legibility');
  const dist = resolve(process.env.SCREENSHOT_DIST ?? 'dist');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const app = await servePreview(dist, PORT).catch(async (error) => {
    await browser.close();
    throw error;
  });
  try {
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const tag = `${size.width}x${size.height}`;
      const page = await browser.newPage({ viewport: size });
      await page.goto(app.origin);
      await page.waitForSelector('.react-flow__node-team');
      await closePanels(page);
      await shoot(page, join(outDir, `before-${tag}.png`));
      await page.getByRole('button', { name: 'After', exact: true }).click();
      await shoot(page, join(outDir, `after-banner-${tag}.png`));
      // An explanation: a click on a team in After explains it.
      await page.locator('.react-flow__node-team[data-id="growth"] .team-name').click();
      await shoot(page, join(outDir, `after-explanation-${tag}.png`));
      await page.locator('.ff-explain header button').click();
      await page.locator('.react-flow__node-team[data-id="strat"] .team-name').click();
      await shoot(page, join(outDir, `after-explanation-left-team-${tag}.png`));
      await page.locator('.ff-explain header button').click();
      await page.getByRole('button', { name: 'Show results' }).click();
      await page.waitForTimeout(300);
      await page.keyboard.press('Shift+F');
      await shoot(page, join(outDir, `after-results-open-${tag}.png`));
      await page.getByRole('button', { name: 'Hide results' }).click();
      // Every example, opened through the menu: the "Opened …" notice shows.
      await page.getByRole('button', { name: /Examples/ }).click();
      const count = await exampleCount(page);
      await page.keyboard.press('Escape');
      for (let i = 0; i < count; i++) {
        await page.getByRole('button', { name: /Examples/ }).click();
        await page.getByRole('menuitem', { disabled: false }).nth(i).click();
        await page.waitForTimeout(300);
        await shoot(page, join(outDir, `example-${i + 1}-opened-${tag}.png`));
      }
      // Long names: the title, a scenario and the Control lane.
      const doc = JSON.parse(readFileSync(resolve('examples/ott-churn.fivefold.json'), 'utf8'));
      doc.title = 'Customer retention programme for the streaming service: churn from 10% to 2% within one quarter';
      doc.layers = [{ id: 'control', name: 'Governance, risk, security & measurement' }, { id: 'execution', name: 'Go-to-market & customer operations' }];
      doc.scenarios[2].name = 'AI-native operating model with agentic workflows';
      await page.getByTestId('import-input').setInputFiles({ name: 'long.fivefold.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
      await page.waitForTimeout(300);
      await page.getByRole('button', { name: 'After', exact: true }).click();
      await shoot(page, join(outDir, `long-names-${tag}.png`));
      await page.close();
    }
  } finally {
    await browser.close();
    app.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
