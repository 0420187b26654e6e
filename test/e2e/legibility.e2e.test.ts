// The editor on a projector (1280×720): legible at the fit, nothing covering the cards, a lane to zoom to.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from './harness';
import { CANVAS_TEXT_SCRIPT } from '../../scripts/lib/canvasText';

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function rects(locator: Locator): Promise<Rect[]> {
  return locator.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
}

async function panelsClosedAndFitted(page: Page): Promise<void> {
  for (const name of ['palette', 'inspector']) {
    const button = page.getByTestId(`toggle-${name}`);
    if ((await button.count()) && (await button.getAttribute('aria-expanded')) === 'true') await button.click();
  }
  await page.keyboard.press('Shift+F');
}

async function zoom(page: Page): Promise<number> {
  return page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
}

/** Waits until the canvas's zoom stops changing (a fit or a zoom animates). */
async function settled(page: Page): Promise<number> {
  let last = -1;
  await expect.poll(async () => {
    const now = await zoom(page);
    const still = Math.abs(now - last) < 1e-4;
    last = now;
    return still;
  }).toBe(true);
  return last;
}

test('at 1280×720 with the panels closed, OTT’s team names read 14 px or more and no canvas text is below 10 px', async ({ app }) => {
  const { page } = app;
  await app.open();
  await panelsClosedAndFitted(page);
  await settled(page);
  for (const overlay of ['Before', 'After']) {
    await page.getByRole('button', { name: overlay, exact: true }).click();
    await settled(page);
    const text = await page.evaluate<{ smallest: number; text: string; teamName: number }>(CANVAS_TEXT_SCRIPT);
    expect(text.teamName, `${overlay}: smallest team name`).toBeGreaterThanOrEqual(14);
    expect(text.smallest, `${overlay}: smallest text "${text.text}"`).toBeGreaterThanOrEqual(10);
  }
});

test('nothing covers the cards at the fit: neither the critical-path badge nor a notice', async ({ app }) => {
  const { page } = app;
  await app.open();
  await panelsClosedAndFitted(page);
  await page.getByRole('button', { name: 'After', exact: true }).click();
  await settled(page);
  const badge = (await rects(page.locator('.critical-badge')))[0];
  expect(badge).toBeDefined();
  const cards = await rects(page.locator('.react-flow__node-team, .group-frame-plate'));
  expect(cards.filter((c) => overlap(badge, c))).toEqual([]);

  // A notice (opening an example) floats clear of every card once the model is fitted.
  await page.getByRole('button', { name: /Examples/ }).click();
  await page.getByRole('menuitem', { name: 'OTT churn: 10% to 2% in a quarter' }).click();
  await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/Opened/);
  await settled(page);
  const notice = (await rects(page.locator('.notice-toast')))[0];
  expect((await rects(page.locator('.react-flow__node-team'))).filter((c) => overlap(notice, c))).toEqual([]);
});

test('with Results open the zoom buttons leave the lane names alone', async ({ app }) => {
  const { page } = app;
  await app.open();
  await panelsClosedAndFitted(page);
  // With Results open, the zoom buttons leave the lane names alone.
  await page.getByRole('button', { name: 'Show results' }).click();
  await page.keyboard.press('Shift+F');
  await settled(page);
  const controls = (await rects(page.locator('.react-flow__controls')))[0];
  expect((await rects(page.locator('.lane-plate'))).filter((p) => overlap(controls, p))).toEqual([]);
});

test('an explanation never covers the team it explains, on either side of the canvas', async ({ app }) => {
  const { page } = app;
  await app.open();
  await panelsClosedAndFitted(page);
  await page.getByRole('button', { name: 'After', exact: true }).click();
  await settled(page);
  for (const id of ['strat', 'growth']) {
    await page.locator(`.react-flow__node-team[data-id="${id}"] .team-name`).click();
    const card = page.locator('.ff-explain');
    await card.waitFor();
    await expect.poll(async () => overlap((await rects(card))[0], (await rects(page.locator(`.react-flow__node-team[data-id="${id}"]`)))[0])).toBe(false);
    await card.locator('header button').click();
    await card.waitFor({ state: 'detached' });
  }
});

test('a lane fills the canvas with a key or a double-click on its name', async ({ app }) => {
  const { page } = app;
  await app.open();
  await panelsClosedAndFitted(page);
  const fitted = await settled(page);
  await page.keyboard.press('3');
  const build = await settled(page);
  expect(build).toBeGreaterThan(fitted);
  const lane = (await rects(page.getByTestId('lane-build')))[0];
  const canvas = (await rects(page.getByTestId('canvas')))[0];
  expect(lane.width).toBeGreaterThan(canvas.width * 0.8);
  await page.keyboard.press('Shift+F');
  await settled(page);
  await page.getByTestId('lane-execution').locator('.lane-name').dblclick();
  expect(await settled(page)).toBeGreaterThan(fitted);
  const execution = (await rects(page.getByTestId('lane-execution')))[0];
  expect(execution.width).toBeGreaterThan(canvas.width * 0.8);
});
