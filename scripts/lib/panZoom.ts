/**
 * Pan and zoom, measured like a drag (see dragAndCountFrames in browserBench.ts): the button goes down
 * on an empty spot of the pane through Playwright's real mouse, then the page gets one pointer move
 * per animation frame, and every fourth frame a wheel step (alternately in and out, so the zoom stays
 * near where it started). Every frame the page draws is recorded.
 */
import type { Page } from 'playwright-core';
import type { DragFigures } from './browserBench';

/** A point near the middle of the flow whose topmost element is the pane itself (not a node or edge). */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const found = await page.evaluate(() => {
    const r = document.querySelector('.react-flow__renderer')!.getBoundingClientRect();
    for (let ring = 0; ring < 40; ring++)
      for (let k = 0; k < 16; k++) {
        const a = (k / 16) * 2 * Math.PI;
        const x = r.left + r.width / 2 + Math.cos(a) * ring * 8;
        const y = r.top + r.height / 2 + Math.sin(a) * ring * 8;
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    return null;
  });
  if (!found) throw new Error('no empty spot of the pane near the middle');
  return found;
}

/**
 * Pans in a circle of `amplitude` px and zooms in and out by wheel steps for `durationMs`.
 * `movedFrames` counts the frames in which the viewport was drawn somewhere new.
 * @example const { intervals } = await panZoomAndCountFrames(page, 3000, 120)
 */
export async function panZoomAndCountFrames(page: Page, durationMs: number, amplitude: number): Promise<DragFigures> {
  const from = await emptyPanePoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y, { steps: 2 });
  const { frames, moved, last } = await page.evaluate(
    ({ x0, y0, duration, amplitude }) =>
      new Promise<{ frames: number[]; moved: number; last: { x: number; y: number } }>((done) => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
        const pane = document.querySelector<HTMLElement>('.react-flow__pane')!;
        const frames: number[] = [];
        let moved = 0;
        let lastTransform = viewport?.style.transform;
        let start = -1;
        let at = { x: x0, y: y0 };
        const frame = (now: number) => {
          if (start < 0) start = now;
          frames.push(now);
          const t = viewport?.style.transform;
          if (t !== lastTransform) moved++;
          lastTransform = t;
          if (now - start >= duration) return done({ frames, moved, last: at });
          const phase = ((now - start) / duration) * 4 * Math.PI;
          at = { x: x0 + amplitude * Math.sin(phase), y: y0 + amplitude * (1 - Math.cos(phase)) * 0.5 };
          document.dispatchEvent(new MouseEvent('mousemove', { clientX: at.x, clientY: at.y, screenX: at.x, screenY: at.y, buttons: 1, bubbles: true, cancelable: true, view: window }));
          if (frames.length % 4 === 0) {
            const zoomIn = frames.length % 8 === 0;
            pane.dispatchEvent(new WheelEvent('wheel', { deltaY: zoomIn ? -60 : 60, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true, view: window }));
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { x0: from.x + 2, y0: from.y, duration: durationMs, amplitude },
  );
  await page.mouse.move(last.x, last.y, { steps: 2 });
  await page.mouse.up();
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  return { intervals, durationMs: frames.length ? frames[frames.length - 1] - frames[0] : 0, movedFrames: moved, moves: intervals.length };
}
