// Issue 5 in real Chromium: the scenario bar, the quarter timeline, a lever with undo, the explanation
// of qa, and a large model simulated in the worker under the page's CSP.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { asFile, exampleJson, type Json } from './documents';
import { expect, test } from './harness';
import { importFile, teamNodes } from './ui';

const people = (page: Page) => page.getByTestId('figure-people').innerText();
const handoffs = (page: Page) => page.getByTestId('figure-handoffs').innerText();
const quarter = (page: Page) => page.getByRole('slider', { name: 'Quarter' });

async function openAiNativeAfter(page: Page) {
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('ai-native');
  await page.getByRole('button', { name: 'After', exact: true }).click();
  await quarter(page).focus();
  await page.keyboard.press('End');
}

describe('scenario and timeline', () => {
  test('AI-native at the last quarter reads 20 → 5 people and 12 → 6 handoffs; scrubbing the quarters changes the numbers', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openAiNativeAfter(page);
    await expect.poll(() => people(page)).toBe('20 → 5');
    expect(await handoffs(page)).toBe('12 → 6');

    await page.keyboard.press('Home');
    const seen: string[] = [];
    for (let q = 0; q <= 3; q++) {
      await expect.poll(() => quarter(page).getAttribute('aria-valuetext')).toMatch(new RegExp(`^Quarter ${q} of 3`));
      seen.push(await people(page));
      await page.keyboard.press('ArrowRight');
    }
    // simulation.md §8: AI-native q0..q3 gives 18, 10, 6 and 5 people.
    expect(seen).toEqual(['20 → 18', '20 → 10', '20 → 6', '20 → 5']);
  });

  test('dragging the adoption slider changes the result as one step; undo restores it', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openAiNativeAfter(page);
    await expect.poll(() => people(page)).toBe('20 → 5');
    await page.getByRole('button', { name: 'Levers', exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Adoption in quarter 3' });
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.95, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.2, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => people(page)).not.toBe('20 → 5');
    const changed = await people(page);
    expect(Number(changed.split('→')[1])).toBeGreaterThan(5);

    await page.getByRole('button', { name: 'Undo Change adoption in quarter 3 of AI-native' }).click();
    await expect.poll(() => people(page)).toBe('20 → 5');
    // The whole drag was one step: nothing is left to undo.
    expect(await page.getByRole('button', { name: 'Nothing to undo' }).isDisabled()).toBe(true);
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('95%');
  });

  test('clicking qa explains that it was absorbed, and into which team', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openAiNativeAfter(page);
    await teamNodes(page).filter({ hasText: 'QA' }).first().click();
    const panel = page.getByRole('complementary', { name: /^Why QA/ });
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('absorption').innerText()).toMatch(/^Absorbed into Data & ML \(data\)\. x = 0\.\d\d < 0\.75: absorbed by data$/);
    await panel.getByRole('button', { name: /^absorbThreshold = 0\.75/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-valuetext'))).toBe('0.75');
  });
});

/** The example with `extra` more one-person build teams in a chain after eng: over 12 non-Control teams. */
function largerOtt(extra: number): Json {
  const doc = exampleJson();
  let from = 'eng';
  for (let i = 0; i < extra; i++) {
    const id = `extra${i}`;
    doc.teams.push({ ...doc.teams.find((t: Json) => t.id === 'qa'), id, name: `Extra ${i}`, position: undefined });
    doc.handoffs.push({ id: `x${i}`, from, to: id, artifact: '', waitDays: 1, ca: 0.95, kind: 'work' });
    from = id;
  }
  doc.title = 'OTT with more teams';
  return doc;
}

describe('worker', () => {
  test('a model with more than 12 non-Control teams is simulated in the worker under the page’s CSP', async ({ app }) => {
    const { page } = app;
    await app.open();
    await importFile(page, asFile('larger.fivefold.json', largerOtt(8)));
    await expect.poll(() => teamNodes(page).count()).toBe(18);
    await openAiNativeAfter(page);
    await expect.poll(() => people(page)).toMatch(/^28 → \d+$/);
    await expect.poll(() => page.getByTestId('scenario-figures').getAttribute('aria-busy')).toBe('false');
    expect(await page.getByTestId('scenario-figures').getAttribute('data-computed-in')).toBe('worker');
    expect(app.requests.some((url) => /sim\.worker.*\.js/.test(url))).toBe(true);
  });
});
