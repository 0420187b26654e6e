/**
 * A built folder served by `vite preview` on 127.0.0.1, for the end-to-end tests and the browser speed
 * scripts alike. The server is started as `node …/vite.js preview` (not through npx, whose process id
 * is not the server's) and stopped by its own process id, never by name (testing.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const viteBin = join(root, 'node_modules/vite/bin/vite.js');
const READY_TIMEOUT_MS = 30_000;

export interface Preview {
  /** Where the folder is served, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Stops the server: SIGTERM, then SIGKILL after 5 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Serves `outDir` (relative to the current folder, or absolute) on `port`, or on a free port when none
 * is given, and resolves once it answers HTTP. If the server exits or stays silent for 30 s, it is
 * stopped and the error carries what it printed.
 * @example const app = await servePreview('dist'); await page.goto(app.origin); … await app.stop();
 */
export async function servePreview(outDir: string, port?: number): Promise<Preview> {
  const chosenPort = port ?? (await freePort());
  const origin = `http://127.0.0.1:${chosenPort}`;
  const server = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(chosenPort), '--outDir', resolve(outDir)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout!.on('data', (b) => (log += b));
  server.stderr!.on('data', (b) => (log += b));
  // Unbound, so callers may keep `app.stop` as a plain function.
  const stop = () => stopProcess(server);
  try {
    await waitForHttp(origin, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
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
  const deadline = Date.now() + READY_TIMEOUT_MS;
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
  throw new Error(`vite preview did not answer at ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${log()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
