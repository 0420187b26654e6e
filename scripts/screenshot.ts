/**
 * Screenshots of the built app at projector and desktop sizes, to look at after a change to the
 * canvas or the shell. Run after `npx vite build`:
 *   npx tsx scripts/screenshot.ts [out-dir]        (default: screenshots/)
 * It serves `dist/` with `vite preview`, opens the page in Chromium (CHROME_PATH or
 * /usr/bin/chromium) and also reports console errors and any request outside the page's origin.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PORT = 4179;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function waitForServer(url: string, tries = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

async function main() {
  const outDir = resolve(process.argv[2] ?? 'screenshots');
  mkdirSync(outDir, { recursive: true });
  // Started with node directly so its own process id can be stopped (npx would leave it running).
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(PORT)], {
    stdio: 'ignore',
  });
  // Playwright gives each launch a fresh temporary profile.
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await waitForServer(ORIGIN);
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: size });
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(ORIGIN);
      await page.waitForSelector('.react-flow__node-team');
      await page.waitForTimeout(600);
      const file = join(outDir, `canvas-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(`${file}${outside.length ? `  OUTSIDE REQUESTS: ${outside.join(', ')}` : ''}${errors.length ? `  CONSOLE ERRORS: ${errors.join(' | ')}` : ''}`);
      // Every example, opened through the Examples menu, at this size too.
      await page.getByRole('button', { name: /Examples/ }).click();
      await page.getByRole('menuitem').first().waitFor();
      const count = await page.getByRole('menuitem').count();
      await page.keyboard.press('Escape');
      for (let i = 0; i < count; i++) {
        await page.getByRole('button', { name: /Examples/ }).click();
        await page.getByRole('menuitem').nth(i).click();
        await page.waitForTimeout(800);
        const shot = join(outDir, `example-${i + 1}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: shot });
        console.log(`${shot}  ${await page.getByTestId('doc-title').textContent()}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
