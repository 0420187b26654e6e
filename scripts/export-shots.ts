/**
 * Pictures drawn from the model, to look at after a change to src/render or the Share menu: at
 * 1280×720 and 1920×1080, the Share menu, a share link opened read-only (Before and After), and the
 * exported 1920×1080 slides themselves (Before, After). Run after `npx vite build`:
 *   npx tsx scripts/export-shots.ts [out-dir]        (default: docs/workshop/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { launchChromium, servePreview } from './lib/browserBench';

const PORT = 4181;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function save(download: Download, file: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  writeFileSync(file, Buffer.concat(chunks));
  console.log(file);
}

async function shoot(page: Page, file: string): Promise<void> {
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  console.log(file);
}

async function main() {
  const outDir = resolve(process.argv[2] ?? 'docs/workshop');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const app = await servePreview(resolve('dist'), PORT).catch(async (error) => {
    await browser.close();
    throw error;
  });
  try {
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}`;
      const context = await browser.newContext({ viewport: size, acceptDownloads: true, serviceWorkers: 'block' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
      const page = await context.newPage();
      await page.goto(app.origin);
      await page.waitForSelector('.react-flow__node-team');
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByTestId('export-svg').waitFor();
      await shoot(page, join(outDir, `share-menu-${tag}.png`));
      if (size.width === 1920) {
        for (const overlay of ['before', 'after']) {
          if (!(await page.getByTestId('export-svg').isVisible())) await page.getByRole('button', { name: 'Share' }).click();
          await page.getByTestId(`export-overlay-${overlay}`).click();
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png-slide').click()]);
          await save(download, join(outDir, `export-${overlay}-slide-1920x1080.png`));
        }
      }
      if (!(await page.getByTestId('copy-link').isVisible())) await page.getByRole('button', { name: 'Share' }).click();
      await page.getByTestId('copy-link').click();
      await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('#model=')));
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const viewer = await context.newPage();
      await viewer.goto(link);
      await viewer.getByTestId('shared-title').waitFor();
      await shoot(viewer, join(outDir, `shared-before-${tag}.png`));
      await viewer.getByTestId('shared-view').getByRole('button', { name: 'After', exact: true }).click();
      await shoot(viewer, join(outDir, `shared-after-${tag}.png`));
      await context.close();
    }
  } finally {
    await app.stop();
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
