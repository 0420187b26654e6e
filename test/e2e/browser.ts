import { existsSync } from 'node:fs';

/**
 * Flags for headless Chromium here. Without the networking flags Chromium keeps trying to reach the
 * internet, which would show up as foreign requests. Playwright adds `--user-data-dir` itself: a
 * fresh temporary profile per launch, removed when the browser closes.
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
 * Debian's Chromium, or the browser named by `CHROME_PATH`.
 * @example chromiumPath() // '/usr/bin/chromium'
 */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return path;
}
