// The canvas in real Chromium at 1280×720: After at AI-native q3 folds the organisation into the
// three groups of simulation.md §8, and the side panels collapse to give the canvas the room.
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from './harness';
import { importFile, teamNode, teamNodes, waitForTitle } from './ui';
import { asFile, exampleJson, type Json } from './documents';

async function openAiNativeQ3After(page: Page) {
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('ai-native');
  const quarter = page.getByRole('slider', { name: 'Quarter' });
  await quarter.focus();
  await page.keyboard.press('End');
  await expect.poll(() => quarter.getAttribute('aria-valuetext')).toMatch(/^Quarter 3 of 3/);
  await page.getByRole('button', { name: 'After', exact: true }).click();
}

const shownFrames = (page: Page) => page.locator('.group-frame.is-shown');

/**
 * True once nothing in the React Flow node around `locator` is animating: the fold-in's transitions
 * (position, size, scale) and the frame's fade have run, so its box is where it will stay.
 */
const settled = (locator: Locator) =>
  locator.evaluate((el) => (el.closest('.react-flow__node') ?? el).getAnimations({ subtree: true }).length === 0);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

describe('Before/After on the canvas', () => {
  test('AI-native q3 in After: three frames, qa inside Data & ML’s, its card reads 1 → 0, and the critical path is badged', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openAiNativeQ3After(page);
    await expect.poll(() => shownFrames(page).count()).toBe(3);
    const owners = await shownFrames(page).evaluateAll((frames) => frames.map((f) => (f as HTMLElement).dataset.testid).sort());
    expect(owners).toEqual(['group-frame-data', 'group-frame-growth', 'group-frame-strat']);

    const dataFrame = page.getByTestId('group-frame-data');
    expect(await dataFrame.innerText()).toContain('Data & ML');
    // Measured once the fold-in has run, so neither box is caught mid-transition.
    const qaCard = teamNode(page, 'QA');
    await expect.poll(async () => (await settled(dataFrame)) && (await settled(qaCard))).toBe(true);
    await expect
      .poll(async () => {
        const [frame, qa] = [await box(dataFrame), await box(qaCard)];
        return { left: qa.x > frame.x, top: qa.y > frame.y, right: qa.x + qa.width < frame.x + frame.width, bottom: qa.y + qa.height < frame.y + frame.height };
      })
      .toEqual({ left: true, top: true, right: true, bottom: true });
    expect(await teamNode(page, 'QA').getByTestId('team-after').innerText()).toMatch(/^1\s*→\s*0$/);
    expect(await page.getByTestId('critical-path-days').innerText()).toBe('72.5 → 28.8 days');

    await page.getByRole('button', { name: 'Before', exact: true }).click();
    await expect.poll(() => shownFrames(page).count()).toBe(0);
    expect(await page.getByTestId('critical-path-badge').count()).toBe(0);
  });
});

describe('dragging in After', () => {
  test('a group frame follows a member while it is dragged, before the drop', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openAiNativeQ3After(page);
    await expect.poll(() => shownFrames(page).count()).toBe(3);
    const frame = page.getByTestId('group-frame-data');
    const qa = teamNode(page, 'QA');
    // The drag starts from where the fold-in leaves the card and its frame, not from mid-transition.
    await expect.poll(async () => (await settled(frame)) && (await settled(qa))).toBe(true);
    const start = await box(qa);
    const frameBefore = await box(frame);
    await page.mouse.move(start.x + start.width / 2, start.y + 20);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 + 6, start.y + 26, { steps: 2 });
    await page.mouse.move(start.x + start.width / 2 + 120, start.y + 20 + 40, { steps: 8 });
    // Mid-drag: the card has moved right and down, and the frame has grown to keep it inside.
    await expect.poll(async () => (await box(qa)).x).toBeGreaterThan(start.x + 60);
    await expect.poll(async () => (await box(frame)).width).toBeGreaterThan(frameBefore.width + 40);
    const inside = async () => {
      const [card, around] = [await box(qa), await box(frame)];
      return card.x + card.width <= around.x + around.width + 1 && card.y + card.height <= around.y + around.height + 1;
    };
    await expect.poll(inside).toBe(true);
    await page.mouse.up();
  });
});

describe('side panels', () => {
  test('at 1280 wide both start collapsed; their buttons and shortcuts expand and collapse them, and the canvas takes the room', async ({ app }) => {
    const { page } = app;
    await app.open();
    const palette = page.getByRole('navigation', { name: 'Team palette' });
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const canvasWidth = async () => (await box(page.locator('.canvas-area'))).width;
    expect(await palette.count()).toBe(0);
    expect(await inspector.count()).toBe(0);
    const collapsed = await canvasWidth();

    await page.getByTestId('toggle-inspector').click();
    await inspector.waitFor();
    expect(await canvasWidth()).toBeLessThan(collapsed);
    await page.getByTestId('toggle-inspector').click();
    await expect.poll(() => inspector.count()).toBe(0);
    expect(await canvasWidth()).toBe(collapsed);

    await page.getByTestId('toggle-palette').click();
    await palette.waitFor();
    // The shortcut does what the button does.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+P');
    await expect.poll(() => palette.count()).toBe(0);
    await page.keyboard.press('Shift+I');
    await inspector.waitFor();
  });

  test('asking to edit opens the inspector: Enter on a selected team puts the cursor in its name; a double-click on another opens it too', async ({ app }) => {
    const { page } = app;
    await app.open();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    expect(await inspector.count()).toBe(0);

    await teamNode(page, 'QA').click();
    await page.keyboard.press('Enter');
    const name = inspector.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await name.inputValue()).toBe('QA');

    await page.getByTestId('toggle-inspector').click();
    await expect.poll(() => inspector.count()).toBe(0);
    await teamNode(page, 'Engineering').dblclick();
    await expect.poll(async () => ((await inspector.count()) ? name.inputValue() : null)).toBe('Engineering');
  });
});

describe('team names on their cards', () => {
  test('short and long names stay inside their cards; a name too long for two lines is cut at two with an ellipsis', async ({ app }) => {
    const { page } = app;
    await app.open();
    const doc = exampleJson();
    const names = ['QA', 'Data & ML platform', 'Customer lifecycle marketing and retention operations', 'Supercalifragilisticexpialidociousness'];
    doc.title = 'Long names';
    doc.teams = doc.teams.map((t: Json, i: number) => (i < names.length ? { ...t, name: names[i] } : t));
    await importFile(page, asFile('long-names.fivefold.json', doc));
    await waitForTitle(page, 'Long names');

    const cards = await teamNodes(page).evaluateAll((nodes) =>
      nodes.map((n) => {
        const card = n.querySelector('.team-node')!.getBoundingClientRect();
        const name = n.querySelector('.team-name') as HTMLElement;
        const box = name.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
        const zoom = card.width / (n.querySelector('.team-node') as HTMLElement).offsetWidth;
        return {
          text: name.textContent,
          inside: box.left >= card.left - 0.5 && box.right <= card.right + 0.5 && box.bottom <= card.bottom + 0.5,
          // Nothing on the card (headcount, roles) is pushed out of it below.
          allInside: [...n.querySelectorAll('.team-meta, .team-roles')].every((el) => el.getBoundingClientRect().bottom <= card.bottom + 0.5),
          lines: Math.round(box.height / zoom / lineHeight),
          clamped: name.scrollHeight > name.clientHeight + 1,
        };
      }),
    );
    expect(cards).toHaveLength(doc.teams.length);
    for (const c of cards) {
      expect(c.inside, `${c.text} spills out of its card`).toBe(true);
      expect(c.allInside, `${c.text}: its headcount or roles spill out of its card`).toBe(true);
      expect(c.lines, `${c.text} takes ${c.lines} lines`).toBeLessThanOrEqual(2);
    }
    const long = cards.find((c) => c.text === names[2])!;
    expect(long.clamped).toBe(true);
    expect(cards.find((c) => c.text === 'QA')!.lines).toBe(1);
  });
});
