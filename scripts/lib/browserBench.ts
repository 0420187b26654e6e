/**
 * Shared pieces of the browser speed scripts: a built page served by `vite preview` (started and
 * stopped by its own process id), headless Chromium with the flags of testing.md, and in-page probes
 * for first render, JS heap and the frame rate during a mouse drag.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const chromiumPath = (): string => process.env.CHROME_PATH || '/usr/bin/chromium';

/** Headless Chromium with a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
}

export interface Preview {
  origin: string;
  stop(): void;
}

/**
 * Serves a built folder with `vite preview` on 127.0.0.1 and waits until it answers.
 * @example const app = await servePreview('/tmp/app', 4400); … app.stop()
 */
export async function servePreview(outDir: string, port: number): Promise<Preview> {
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--strictPort', '--port', String(port)],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (server.exitCode === null && server.pid) process.kill(server.pid);
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview of ${outDir} did not answer at ${origin}`);
}

/**
 * An init script that records, as `window.__firstRender`, the time since navigation start of the
 * first animation frame in which `count` React Flow nodes are in the page and none is still hidden
 * waiting to be measured.
 */
export function firstRenderProbe(count: number): string {
  return `(() => {
    const tick = () => {
      const nodes = document.querySelectorAll('.react-flow__node');
      if (nodes.length >= ${count} && ![...nodes].some((n) => n.style.visibility === 'hidden')) {
        window.__firstRender = performance.now();
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

export async function firstRenderMs(page: Page, timeoutMs = 180_000): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined, undefined, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
}

/** Used JS heap of the page's main thread after a full garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Centre of the node matching `selector` that is nearest the middle of the flow pane and not covered. */
export async function dragHandleNear(page: Page, selector: string): Promise<{ x: number; y: number; id: string }> {
  const found = await page.evaluate((sel) => {
    const pane = document.querySelector('.react-flow__renderer')!.getBoundingClientRect();
    const mid = { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
    let best: { x: number; y: number; id: string; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
      const d = Math.hypot(x - mid.x, y - mid.y);
      if (!best || d < best.d) best = { x, y, id: el.dataset.id ?? '', d };
    }
    return best;
  }, selector);
  if (!found) throw new Error(`no visible node matches ${selector}`);
  return found;
}

export interface DragFigures {
  /** Intervals between animation frames during the drag, in ms. */
  intervals: number[];
  durationMs: number;
  /** Frames in which the dragged node was drawn somewhere new: proof that the drag really dragged. */
  movedFrames: number;
  /** Pointer moves sent. */
  moves: number;
}

/**
 * Drags the node at `from` sideways back and forth for `durationMs`, like a hand on a mouse: pointer
 * moves arrive at `rateHz` whatever the page is doing (sent over the DevTools protocol without waiting
 * for each to be handled; Chromium coalesces the ones a busy page has not read yet), and every
 * animation frame the page draws meanwhile is recorded. Awaiting each move instead (Playwright's
 * `mouse.move`) would let a slow page slow the hand down, and the idle frames in between would make
 * a slow page look as smooth as a fast one.
 */
export async function dragAndCountFrames(
  page: Page,
  from: { x: number; y: number; id: string },
  durationMs: number,
  amplitude: number,
  rateHz = 120,
): Promise<DragFigures> {
  await page.evaluate((id) => {
    const w = window as unknown as { __frames: number[]; __moved: number; __counting: boolean };
    const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    w.__frames = [];
    w.__moved = 0;
    w.__counting = true;
    let last = node?.style.transform;
    const frame = (now: number) => {
      if (!w.__counting) return;
      w.__frames.push(now);
      const at = node?.style.transform;
      if (at !== last) w.__moved++;
      last = at;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, from.id);
  const cdp = await page.context().newCDPSession(page);
  const mouse = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', x: number, y: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: type === 'mouseMoved' ? 0 : 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: from.x, y: from.y, button: 'none', buttons: 0 });
  await mouse('mousePressed', from.x, from.y);
  const pending: Promise<unknown>[] = [];
  const t0 = Date.now();
  let moves = 0;
  let x = from.x;
  for (let elapsed = 0; elapsed < durationMs; elapsed = Date.now() - t0) {
    // A sine sweep, two full swings: the node travels `amplitude` px either side of where it started.
    x = from.x + amplitude * Math.sin((elapsed / durationMs) * 4 * Math.PI);
    pending.push(mouse('mouseMoved', x, from.y));
    moves++;
    await new Promise((r) => setTimeout(r, 1000 / rateHz));
  }
  await Promise.all(pending);
  await mouse('mouseReleased', x, from.y);
  await cdp.detach();
  const { frames, moved } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __moved: number; __counting: boolean };
    w.__counting = false;
    return { frames: w.__frames, moved: w.__moved };
  });
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  return { intervals, durationMs: frames.length ? frames[frames.length - 1] - frames[0] : 0, movedFrames: moved, moves };
}
