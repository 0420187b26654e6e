/**
 * Screenshots of the built app at projector and desktop sizes, to look at after a change to the
 * canvas or the shell, with the effective size of the canvas's text printed next to each one (what a
 * projector audience reads is the CSS size times the canvas zoom). Run after `npx vite build`:
 *   npx tsx scripts/screenshot.ts [out-dir]        (default: screenshots/)
 * SCREENSHOT_DIST serves another build folder than `dist/` (a private build in a shared checkout).
 * It serves the build with `vite preview`, opens the page in Chromium (CHROME_PATH or
 * /usr/bin/chromium) and also reports console errors and any request outside the page's origin.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { exampleCount, launchChromium, servePreview } from './lib/browserBench';

const PORT = 4179;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** Smallest effective size (CSS px × zoom) of team names, team figures, lane names and handoff labels. */
async function textSizes(page: Page): Promise<string> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  return page.evaluate(TEXT_SIZES_SCRIPT);
}

const TEXT_SIZES_SCRIPT = `(() => {
  const viewport = document.querySelector('.react-flow__viewport');
  const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
  const smallest = (selector) => {
    const sizes = [...document.querySelectorAll(selector)].map((e) => parseFloat(getComputedStyle(e).fontSize));
    return sizes.length ? (Math.min(...sizes) * zoom).toFixed(1) : '–';
  };
  const canvas = document.querySelector('.canvas-area')?.getBoundingClientRect();
  return [
    'zoom ' + zoom.toFixed(3),
    'canvas ' + Math.round(canvas?.width ?? 0) + '×' + Math.round(canvas?.height ?? 0),
    'team name ' + smallest('.team-name') + ' px',
    'team figure ' + smallest('.team-headcount-badge') + ' px',
    'lane name ' + smallest('.lane-name') + ' px',
    'handoff label ' + smallest('.handoff-label') + ' px',
  ].join(' · ');
})()`;

async function shoot(page: Page, file: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: file });
  console.log(`${file}  ${await textSizes(page)}`);
}

async function fit(page: Page): Promise<void> {
  await page.keyboard.press('Shift+F');
}

async function main() {
  const outDir = resolve(process.argv[2] ?? 'screenshots');
  const dist = resolve(process.env.SCREENSHOT_DIST ?? 'dist');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const app = await servePreview(dist, PORT).catch(async (error) => {
    await browser.close();
    throw error;
  });
  const origin = app.origin;
  try {
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}`;
      const page = await browser.newPage({ viewport: size });
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(origin);
      await page.waitForSelector('.react-flow__node-team');
      await shoot(page, join(outDir, `canvas-${tag}.png`));

      // After, at the scenario's last quarter (the story a room comes for).
      await page.getByRole('button', { name: 'After', exact: true }).click();
      await shoot(page, join(outDir, `after-${tag}.png`));

      // Both side panels collapsed, then opened, each fitted again.
      for (const open of [false, true]) {
        for (const name of ['palette', 'inspector']) {
          const button = page.getByTestId(`toggle-${name}`);
          if ((await button.count()) && (await button.getAttribute('aria-expanded')) !== String(open)) await button.click();
        }
        await page.waitForTimeout(200);
        await fit(page);
        await shoot(page, join(outDir, `after-panels-${open ? 'open' : 'collapsed'}-${tag}.png`));
      }
      await page.getByRole('button', { name: 'Before', exact: true }).click();
      await shoot(page, join(outDir, `before-panels-open-${tag}.png`));
      if (outside.length || errors.length) {
        console.log(`${tag}${outside.length ? `  OUTSIDE REQUESTS: ${outside.join(', ')}` : ''}${errors.length ? `  CONSOLE ERRORS: ${errors.join(' | ')}` : ''}`);
      }

      // Every example, opened through the Examples menu, at this size too.
      await page.getByRole('button', { name: /Examples/ }).click();
      const count = await exampleCount(page);
      await page.keyboard.press('Escape');
      for (let i = 0; i < count; i++) {
        await page.getByRole('button', { name: /Examples/ }).click();
        await page.getByRole('menuitem', { disabled: false }).nth(i).click();
        await page.waitForTimeout(800);
        const shot = join(outDir, `example-${i + 1}-${tag}.png`);
        await page.screenshot({ path: shot });
        console.log(`${shot}  ${await page.getByTestId('doc-title').textContent()}  ${await textSizes(page)}`);
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
