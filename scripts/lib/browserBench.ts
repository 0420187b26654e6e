/**
 * Shared pieces of the browser speed scripts: in-page probes for first render, JS heap and the frame
 * rate during a mouse drag. The served page, Chromium and the summary figures come from their own
 * modules and are re-exported here for the scripts that import them from this one.
 */
import type { Page } from 'playwright-core';

export { CHROMIUM_ARGS, chromiumPath, launchChromium } from './chromium';
export { servePreview, type Preview } from './previewServer';
export { median, percentile } from './stats';

/**
 * An init script that records, as `window.__firstRender`, the time since navigation start of the
 * first animation frame in which `count` React Flow nodes (or Fivefold's five lane summaries, when
 * it is zoomed far out) are in the page and none is still hidden waiting to be measured.
 */
export function firstRenderProbe(count: number): string {
  return `(() => {
    const tick = () => {
      const nodes = document.querySelectorAll('.react-flow__node');
      // Fivefold zoomed far out draws lane summaries instead of the teams (semantic zoom).
      const summaries = document.querySelector('[data-testid=canvas][data-detail=summary]') ? document.querySelectorAll('[data-testid=lane-summary]').length : 0;
      if ((nodes.length >= ${count} || summaries === 5) && ![...nodes].some((n) => n.style.visibility === 'hidden')) {
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
 * Drags the node at `from` sideways back and forth for `durationMs` and records every animation frame
 * the page draws meanwhile. The button goes down and up through Playwright's real mouse; in between,
 * the page gets one pointer move at the start of each animation frame, which is how Chromium hands a
 * real mouse's moves to a page (rAF-aligned input: at most one coalesced move per frame). So a frame
 * costs what one move costs plus drawing it, and the frame rate is what a hand on a mouse would see.
 * (Moves sent from outside instead either wait for each other, letting a slow page slow the hand
 * down with idle frames in between, or queue up as input tasks that headless Chromium runs before
 * any frame, starving a slow page of frames altogether.)
 */
export async function dragAndCountFrames(page: Page, from: { x: number; y: number; id: string }, durationMs: number, amplitude: number): Promise<DragFigures> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Past the drag threshold, the way a hand starts a drag.
  await page.mouse.move(from.x + 2, from.y, { steps: 2 });
  const { frames, moved, lastX } = await page.evaluate(
    ({ id, x0, y, duration, amplitude }) =>
      new Promise<{ frames: number[]; moved: number; lastX: number }>((done) => {
        const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        const frames: number[] = [];
        let moved = 0;
        let last = node?.style.transform;
        let start = -1;
        let x = x0;
        const frame = (now: number) => {
          if (start < 0) start = now;
          frames.push(now);
          const at = node?.style.transform;
          if (at !== last) moved++;
          last = at;
          if (now - start >= duration) return done({ frames, moved, lastX: x });
          // A sine sweep, two full swings: the node travels `amplitude` px either side of where it started.
          x = x0 + amplitude * Math.sin(((now - start) / duration) * 4 * Math.PI);
          document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, screenX: x, screenY: y, buttons: 1, bubbles: true, cancelable: true, view: window }));
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { id: from.id, x0: from.x + 2, y: from.y, duration: durationMs, amplitude },
  );
  await page.mouse.move(lastX, from.y, { steps: 2 });
  await page.mouse.up();
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  return { intervals, durationMs: frames.length ? frames[frames.length - 1] - frames[0] : 0, movedFrames: moved, moves: intervals.length };
}

/**
 * How many examples the open Examples menu offers, once they have loaded (until then the menu holds
 * one disabled "Loading…" item).
 */
export async function exampleCount(page: Page): Promise<number> {
  const examples = page.getByRole('menuitem', { disabled: false });
  await examples.first().waitFor();
  return examples.count();
}
