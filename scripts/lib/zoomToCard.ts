/**
 * Zooms the canvas in with the mouse wheel, as a person would, until it draws cards (semantic zoom,
 * src/geometry/zoomLevels.ts), keeping the pointer on one team so that team ends up under it.
 * Shared by the large-model end-to-end test and bench.
 */
import type { Page } from 'playwright-core';

const detail = (page: Page) => page.getByTestId('canvas').getAttribute('data-detail');

/**
 * Wheels in over the left of the Build & Data lane until teams are drawn (chips or cards), then over
 * the team in view nearest the pointer until cards are drawn. Returns that team's id.
 * @example const id = await zoomToCard(page); await page.locator(`.react-flow__node-team[data-id="${id}"]`).click()
 */
export async function zoomToCard(page: Page, maxSteps = 80): Promise<string> {
  const pane = (await page.locator('.react-flow__renderer').boundingBox())!;
  // Teams start at the left of their lane: aim there, in the widest lane.
  const lane = (await page.getByTestId('lane-build').boundingBox())!;
  let at = { x: Math.max(pane.x + 40, lane.x + Math.min(lane.width * 0.03, 200) + 8), y: lane.y + Math.min(lane.height / 4, 150) };
  let id: string | null = null;
  for (let step = 0; step < maxSteps; step++) {
    const now = await detail(page);
    if (now === 'cards' && id) return id;
    if (now !== 'summary') {
      id = await page.evaluate(({ x, y, pane }) => {
        let best: { id: string; d: number } | null = null;
        for (const n of document.querySelectorAll<HTMLElement>('.react-flow__node-team')) {
          const r = n.getBoundingClientRect();
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          // Only a team whose middle is in view, well clear of the pane's edges.
          if (cx < pane.x + 40 || cx > pane.x + pane.width - 40 || cy < pane.y + 40 || cy > pane.y + pane.height - 40) continue;
          const d = Math.hypot(cx - x, cy - y);
          if (!best || d < best.d) best = { id: n.dataset.id!, d };
        }
        return best?.id ?? null;
      }, { ...at, pane });
      if (id) {
        const box = (await page.locator(`.react-flow__node-team[data-id="${id}"]`).boundingBox())!;
        at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -240);
    // The next step reads the zoom React Flow has applied.
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => done(true))), undefined, { timeout: 60_000 });
  }
  throw new Error(`no card drawn after ${maxSteps} wheel steps (detail: ${await detail(page)})`);
}
