// Offline after the first visit (issue 11, point 5): the service worker keeps the app, the examples and
// the icons; a reload with no network opens the editor, and the app is installable. The shared harness
// blocks service workers for every other test; this file opens its own contexts that allow them.
import { describe } from 'vitest';
import type { Browser } from 'playwright-core';
import { exampleJson } from './documents';
import { expect, test, UI_TIMEOUT } from './harness';
import { teamNodes, waitForTitle } from './ui';

const HOSPITAL = exampleJson('hospital-readmissions.fivefold.json');
const WAIT = { timeout: UI_TIMEOUT };

async function firstVisit(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await teamNodes(page).first().waitFor();
  // Installed and activated: every file of the build is in the cache.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  return { context, page, errors };
}

describe('offline', () => {
  test('after a first visit the app, its examples and icons load with no network', { timeout: 90_000 }, async ({ browser, app }) => {
    const { context, page, errors } = await firstVisit(browser, app.baseURL);
    try {
      await context.setOffline(true);
      await page.reload();
      await teamNodes(page).first().waitFor();
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await page.getByRole('button', { name: 'Examples' }).click();
      await page.getByRole('menuitem', { name: HOSPITAL.title, exact: true }).click();
      await waitForTitle(page, HOSPITAL.title);
      await expect.poll(() => teamNodes(page).count(), WAIT).toBe(HOSPITAL.teams.length);
      // A page opened fresh while offline too, and the icon an installed app shows.
      const again = await context.newPage();
      await again.goto('/');
      await teamNodes(again).first().waitFor();
      expect(await again.evaluate(() => fetch('/icon-192.png').then((r) => r.status))).toBe(200);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('is installable: a manifest with name and icons, and no installability errors in Chromium', async ({ browser, app }) => {
    const { context, page } = await firstVisit(browser, app.baseURL);
    try {
      const manifest = await page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
      expect(manifest.name).toBe('Fivefold');
      expect(manifest.display).toBe('standalone');
      expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      // Every test context is incognito, where Chromium never installs; anything else is the app's fault.
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
