// Global set-up of `npm run test:e2e`: build the app if needed, serve it with `vite preview` on a free
// port of 127.0.0.1, and start one headless Chromium that every test file connects to.
// Each server and browser is stopped by its own process id, never by name.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium';
import { servePreview, type Preview } from '../../scripts/lib/previewServer';

const root = resolve(import.meta.dirname, '../..');
const viteBin = join(root, 'node_modules/vite/bin/vite.js');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, e.g. `http://127.0.0.1:41234`. */
    baseURL: string;
    /** The browser server's WebSocket endpoint for `chromium.connect`. */
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_OUT_DIR lets one engineer test a private build while others rebuild dist/ in a shared checkout.
  const outDir = resolve(root, process.env.E2E_OUT_DIR ?? 'dist');
  buildIfNeeded(outDir);

  let preview: Preview | undefined;
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close().catch(() => undefined);
    await preview?.stop();
  };
  try {
    preview = await servePreview(outDir);
    browser = await chromium.launchServer(chromiumLaunchOptions());
  } catch (error) {
    await teardown();
    throw error;
  }
  const baseURL = preview.origin;
  project.provide('baseURL', baseURL);
  project.provide('wsEndpoint', browser.wsEndpoint());
  const pid = browser.process().pid;
  console.log(`[e2e] serving ${outDir} at ${baseURL}; Chromium pid ${pid}, profile ${profileDir(pid)}`);
  return teardown;
}

/** The fresh profile Playwright made for this launch (it refuses a `--user-data-dir` of ours). */
function profileDir(pid: number | undefined): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Builds when dist/ lacks index.html or E2E_BUILD=1; otherwise warns if the sources look newer. */
function buildIfNeeded(outDir: string): void {
  const index = join(outDir, 'index.html');
  if (existsSync(index) && process.env.E2E_BUILD !== '1') {
    const built = statSync(index).mtimeMs;
    if (newestSourceTime() > built) {
      console.warn('[e2e] the build is older than src/: testing it anyway. Set E2E_BUILD=1 to rebuild first.');
    }
    return;
  }
  console.log(`[e2e] building into ${outDir} …`);
  const result = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status}); see the output above.`);
}

function newestSourceTime(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const part of ['src', 'public', 'examples', 'index.html', 'vite.config.ts']) visit(join(root, part));
  return newest;
}
