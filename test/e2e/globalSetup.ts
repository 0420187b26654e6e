// Global set-up of `npm run test:e2e`: build the app if needed, serve it with `vite preview` on a free
// port of 127.0.0.1, and start one headless Chromium that every test file connects to.
// Each server and browser is stopped by its own process id, never by name.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser';

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

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', outDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout!.on('data', (b) => (serverLog += b));
  server.stderr!.on('data', (b) => (serverLog += b));

  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close().catch(() => undefined);
    await stopProcess(server);
  };
  try {
    await waitForHttp(baseURL, server, () => serverLog);
    browser = await chromium.launchServer({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
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

/** Asks the kernel for a free port. `--strictPort` turns the small race into a loud failure. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

async function waitForHttp(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s:\n${log()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
