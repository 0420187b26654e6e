/**
 * Screenshots of every presentation step of every example at 1280×720 and 1920×1080, with the
 * smallest rendered text of each step printed beside it (the projector's floor: 18 px and 24 px).
 * Run after `npx vite build`:
 *   npx tsx scripts/present-shots.ts [out-dir]        (default: docs/present/)
 * SCREENSHOT_DIST serves another build folder than `dist/`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { exampleCount, launchChromium, servePreview } from './lib/browserBench';
import { SMALLEST_TEXT_SCRIPT } from './lib/smallestText';

const PORT = 4181;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function smallest(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(SMALLEST_TEXT_SCRIPT);
}

async function main() {
  const outDir = resolve(process.argv[2] ?? 'docs/present');
  const dist = resolve(process.env.SCREENSHOT_DIST ?? 'dist');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const app = await servePreview(dist, PORT).catch(async (error) => {
    await browser.close();
    throw error;
  });
  try {
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}`;
      const page = await browser.newPage({ viewport: size });
      await page.goto(app.origin);
      await page.waitForSelector('.react-flow__node-team');
      await page.getByRole('button', { name: /Examples/ }).click();
      const count = await exampleCount(page);
      await page.keyboard.press('Escape');
      for (let i = 0; i < count; i++) {
        await page.getByRole('button', { name: /Examples/ }).click();
        await page.getByRole('menuitem', { disabled: false }).nth(i).click();
        await page.waitForTimeout(500);
        const title = await page.getByTestId('doc-title').textContent();
        await page.keyboard.press('F5');
        await page.getByTestId('presentation').waitFor();
        const total = Number((await page.getByTestId('presentation-count').textContent())!.split('/')[1]);
        for (let s = 1; s <= total; s++) {
          await page.waitForTimeout(900);
          const kind = await page.getByTestId('presentation').getAttribute('data-kind');
          const file = join(outDir, `example-${i + 1}-step-${String(s).padStart(2, '0')}-${kind}-${tag}.png`);
          await page.screenshot({ path: file });
          const small = await smallest(page);
          console.log(`${file}  ${title}  smallest ${small.px.toFixed(1)} px ("${small.text}")`);
          await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('Escape');
        await page.getByTestId('presentation').waitFor({ state: 'detached' });
      }
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
