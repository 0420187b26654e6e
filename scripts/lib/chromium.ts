/**
 * Headless Chromium as the end-to-end tests and the browser speed scripts launch it: Debian's
 * browser (or `CHROME_PATH`) with the flags of testing.md.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * Flags for headless Chromium here. Without the networking flags Chromium keeps trying to reach the
 * internet, which would show up as foreign requests. Playwright adds `--user-data-dir` itself: a fresh
 * temporary profile per launch, removed when the browser closes.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium, or the browser named by `CHROME_PATH`, whether or not it is installed.
 * @example if (!existsSync(chromiumPath())) console.log('skipped')
 */
export const chromiumPath = (): string => process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * What `chromium.launch` and `chromium.launchServer` take; throws with the fix if Chromium is missing.
 * @example const server = await chromium.launchServer(chromiumLaunchOptions());
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return { executablePath: path, headless: true, args: CHROMIUM_ARGS };
}

/**
 * Headless Chromium with a fresh temporary profile.
 * @example const browser = await launchChromium(); … await browser.close();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
