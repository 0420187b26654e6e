// Presenting a model to a room: the story by keyboard, legible at a projector's size, a presenter
// window that follows, and a story edit that survives a reload.
import type { Page } from 'playwright-core';
import { expect, test } from './harness';
import { SMALLEST_TEXT_SCRIPT } from '../../scripts/lib/smallestText';
import { openModelText } from './library';
import { exampleJson, exampleNames, OTT_FILE } from './documents';

const presentation = (page: Page) => page.getByTestId('presentation');
const slideHeading = (page: Page) => presentation(page).getByRole('heading', { level: 2 });

async function stepNumber(page: Page): Promise<number> {
  return Number(await presentation(page).getAttribute('data-step'));
}

/** Presses a key and waits until the presentation shows step `n` (1-based). */
async function pressTo(page: Page, key: string, n: number): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => stepNumber(page), { message: `step after ${key}` }).toBe(n);
}

async function openExample(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: /Examples/ }).click();
  await page.getByRole('menuitem', { name: title }).click();
  await expect.poll(() => page.getByTestId('doc-title').innerText()).toBe(title);
}

async function stepCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('presentation-count').innerText()).split('/')[1]);
}

test('presents OTT from start to end by keyboard, reading each step', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.keyboard.press('F5');
  await expect.poll(() => stepNumber(page)).toBe(1);
  // Editing chrome is gone: the toolbar is covered by the presentation.
  await expect.poll(() => page.evaluate(() => document.elementFromPoint(640, 20)?.closest('[data-testid=presentation]') !== null)).toBe(true);
  await expect.poll(() => slideHeading(page).innerText()).toBe('OTT churn: 10% to 2% in a quarter');
  await expect.poll(() => presentation(page).innerText()).toContain('Monthly churn: 10% → 2%');

  // Each layer in turn, by the keys a clicker sends.
  const layers = ['Strategy', 'Product & Design', 'Build & Data', 'Execution', 'Control'];
  const keys = ['ArrowRight', ' ', 'PageDown', 'ArrowDown', 'ArrowRight'];
  for (const [i, name] of layers.entries()) {
    await pressTo(page, keys[i], i + 2);
    expect(await slideHeading(page).innerText()).toBe(name);
  }
  expect(await presentation(page).innerText()).toContain('Engineering');

  await pressTo(page, 'ArrowRight', 7);
  expect(await slideHeading(page).innerText()).toBe('The relay');
  expect(await presentation(page).innerText()).toMatch(/72\.5 days\s+lead time/);

  for (let q = 0; q < 4; q++) {
    await pressTo(page, 'ArrowRight', 8 + q);
    expect(await slideHeading(page).innerText()).toContain(`AI-native, quarter ${q}`);
  }
  // The last quarter lands on the engine's figure once its count has run.
  await expect.poll(() => presentation(page).locator('.pr-figure dd').first().innerText()).toBe('5');

  await pressTo(page, 'ArrowRight', 12);
  expect(await presentation(page).innerText()).toMatch(/20 → 5 people/);
  // The ranges of the example's AI-native scenario, sampled in workers (simulation.md §11: P10–P90 7 to 10).
  await pressTo(page, 'ArrowRight', 13);
  await expect.poll(() => presentation(page).innerText(), { timeout: 60_000 }).toMatch(/7 to 10 \(most likely 9\)/);
  expect(await presentation(page).innerText()).toMatch(/sits below the 10th percentile/);
  await pressTo(page, 'ArrowRight', 14);
  expect(await presentation(page).innerText()).toMatch(/measured attempt/);
  expect(await presentation(page).innerText()).toMatch(/Learning loops in the window: 0\.7 → 1\.33/);

  // Past the end stays at the end; Home, End, PageUp and a typed number move.
  await pressTo(page, 'ArrowRight', 14);
  await pressTo(page, 'Home', 1);
  await pressTo(page, 'End', 14);
  await pressTo(page, 'PageUp', 13);
  await page.keyboard.press('1');
  await pressTo(page, '0', 13);
  await pressTo(page, 'Enter', 10);
  await page.keyboard.press('3');
  await expect.poll(() => stepNumber(page), { message: 'a lone digit jumps after a pause' }).toBe(3);

  // B blanks and shows again; L turns the pointer into a dot.
  await page.keyboard.press('b');
  await expect.poll(() => page.getByTestId('presentation-blank').count()).toBe(1);
  await page.keyboard.press('b');
  await expect.poll(() => page.getByTestId('presentation-blank').count()).toBe(0);
  await page.keyboard.press('l');
  await expect.poll(() => page.locator('.pr-laser').count()).toBe(1);
  await page.keyboard.press('l');

  // Esc leaves, back in the editor with nothing changed.
  await page.keyboard.press('Escape');
  await presentation(page).waitFor({ state: 'detached' });
  await expect.poll(() => page.locator('.react-flow__node-team').count()).toBe(10);
}, 120_000);

test('E edits live at the step and comes back to it', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await presentation(page).waitFor();
  await pressTo(page, 'End', 14);
  await page.keyboard.press('1');
  await pressTo(page, 'Enter', 1);
  await page.keyboard.press('9');
  await expect.poll(() => stepNumber(page)).toBe(9);
  await page.keyboard.press('e');
  await presentation(page).waitFor({ state: 'detached' });
  // The editor shows the step: After, AI-native at quarter 1.
  await expect.poll(() => page.getByTestId('canvas').getAttribute('data-overlay')).toBe('after');
  await expect.poll(() => page.getByRole('slider', { name: /Quarter/ }).getAttribute('aria-valuetext')).toMatch(/^Quarter 1 of 3/);
  await page.getByRole('button', { name: /Back to the presentation/ }).waitFor();
  await page.keyboard.press('e');
  await expect.poll(() => stepNumber(page)).toBe(9);
});

/**
 * Presents the example open now from its first step to its last and returns each step whose smallest
 * text is under `minPx` or whose text runs out of the slide.
 */
async function stepsFallingShort(page: Page, title: string, minPx: number): Promise<string[]> {
  await page.keyboard.press('F5');
  await presentation(page).waitFor();
  const total = await stepCount(page);
  const short: string[] = [];
  for (let n = 1; n <= total; n++) {
    if (n > 1) await pressTo(page, 'ArrowRight', n);
    const small = await page.evaluate<{ px: number; text: string }>(SMALLEST_TEXT_SCRIPT);
    if (small.px < minPx) short.push(`${title} step ${n}: ${small.px} px "${small.text}"`);
    // No text runs out of the slide: the stage holds all of it.
    const overflow = await page.evaluate(() => {
      const stage = document.querySelector('.pr-stage')!.getBoundingClientRect();
      return [...document.querySelectorAll('.pr-stage *')].some((e) => {
        const r = e.getBoundingClientRect();
        return r.height > 0 && (r.bottom > stage.bottom + 1 || r.right > stage.right + 1);
      });
    });
    if (overflow) short.push(`${title} step ${n}: text runs out of the slide`);
  }
  await page.keyboard.press('Escape');
  await presentation(page).waitFor({ state: 'detached' });
  return short;
}

// One test per example and size, so a loaded machine meets short walks and a failure names its example.
for (const name of exampleNames()) {
  const { title } = exampleJson(name);
  test(`every step of "${title}" reads at 18 px or more at 1280×720`, async ({ app }) => {
    const { page } = app;
    await app.open();
    if (name !== OTT_FILE) await openExample(page, title);
    expect(await stepsFallingShort(page, title, 18)).toEqual([]);
  }, 90_000);

  test(`every step of "${title}" reads at 24 px or more at 1920×1080`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open();
    if (name !== OTT_FILE) await openExample(page, title);
    expect(await stepsFallingShort(page, title, 24)).toEqual([]);
  }, 90_000);
}

test('the Examples menu offers every example the tests present', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: /Examples/ }).click();
  // allInnerTexts does not wait: wait for the examples first (it read an empty list once in CI); while
  // they load the menu holds one disabled "Loading…" item.
  const examples = page.getByRole('menuitem', { disabled: false });
  await examples.first().waitFor();
  const titles = (await examples.allInnerTexts()).map((t) => t.trim());
  expect(titles.sort()).toEqual(exampleNames().map((n) => exampleJson(n).title).sort());
});

/**
 * Every text the figures of a slide show from now on, per figure, as the page paints them; read back
 * with `figureTexts`.
 */
async function recordFigures(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { figureTexts: Record<string, string[]> }).figureTexts = seen;
    const record = () => {
      for (const figure of document.querySelectorAll('.pr-figure')) {
        const label = figure.querySelector('dt')?.textContent ?? '';
        const text = figure.querySelector('dd')?.textContent ?? '';
        const texts = (seen[label] ??= []);
        if (texts.at(-1) !== text) texts.push(text);
      }
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Goes to the second step with figures (the first counts from nothing) and returns what each figure
 * showed on the way to its value.
 */
async function figuresOnArrival(page: Page): Promise<Record<string, string[]>> {
  await page.keyboard.press('F5');
  await presentation(page).waitFor();
  const total = await stepCount(page);
  let n = 1;
  const toNextFigures = async () => {
    do await pressTo(page, 'ArrowRight', ++n);
    while (n < total && (await page.locator('.pr-figure').count()) === 0);
  };
  await toNextFigures();
  await recordFigures(page);
  await toNextFigures();
  const people = page.locator('.pr-figure dd').first();
  // The count settles on its step's value (the last one recorded stops changing).
  await expect.poll(async () => {
    const before = await people.innerText();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    return (await people.innerText()) === before && !(await page.locator('.pr-step').evaluate((e) => e.getAnimations().length));
  }).toBe(true);
  return page.evaluate(() => (window as unknown as { figureTexts: Record<string, string[]> }).figureTexts);
}

test('with reduced motion the figures show their value at once; without, they count to it', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  const still = await figuresOnArrival(page);
  expect(Object.keys(still).length, 'figures seen').toBeGreaterThan(0);
  for (const [label, texts] of Object.entries(still)) expect(texts, label).toHaveLength(1);
  expect(await page.locator('.pr-step').evaluate((e) => getComputedStyle(e).animationName)).toBe('none');

  await page.keyboard.press('Escape');
  await presentation(page).waitFor({ state: 'detached' });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await figuresOnArrival(page);
  expect(Math.max(...Object.values(moving).map((texts) => texts.length)), 'values shown while counting').toBeGreaterThan(1);
});

test('the presenter window follows the audience window and moves it', async ({ app }) => {
  const { page, context } = app;
  await app.open();
  await page.keyboard.press('F5');
  await presentation(page).waitFor();
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await presenter.getByTestId('presenter').waitFor();
  await expect.poll(() => presenter.getByTestId('presenter-current').innerText()).toBe('OTT churn: 10% to 2% in a quarter');
  expect(await presenter.getByTestId('presenter-next').innerText()).toBe('Strategy');
  expect(await presenter.getByTestId('presenter-notes').innerText()).toBe('No notes for this step.');
  // The clock's format, not its value: minutes and seconds, two digits each ("00:04").
  const clock = await presenter.getByRole('timer', { name: 'Elapsed time' }).innerText();
  expect(clock.split(':').map((part) => part.length)).toEqual([2, 2]);

  // The audience moves: the presenter follows.
  await pressTo(page, 'ArrowRight', 2);
  await expect.poll(() => presenter.getByTestId('presenter-current').innerText()).toBe('Strategy');
  expect(await presenter.getByTestId('presenter-next').innerText()).toBe('Product & Design');

  // The presenter moves: the audience follows.
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => stepNumber(page)).toBe(3);
  await presenter.getByRole('button', { name: /Next/ }).click();
  await expect.poll(() => stepNumber(page)).toBe(4);
  await expect.poll(() => presenter.getByTestId('presenter-count').innerText()).toBe('Step 4 of 14');

  // Leaving the presentation tells the presenter window.
  await page.keyboard.press('Escape');
  await expect.poll(() => presenter.getByText('The presentation has ended.').count()).toBe(1);
});

test('a story edit survives a reload: a retitled step, speaker notes and a hidden step', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  const editor = page.getByRole('dialog', { name: 'The story' });
  await editor.waitFor();
  await editor.getByRole('textbox', { name: 'Title of step 1', exact: true }).fill('Why we are here');
  await editor.getByRole('textbox', { name: 'Speaker notes of step 1', exact: true }).click();
  await editor.getByRole('textbox', { name: 'Speaker notes of step 1', exact: true }).fill('Ask who owns churn today.');
  await editor.getByRole('textbox', { name: 'Title of step 2', exact: true }).click();
  await editor.getByTestId('story-step-2').getByRole('checkbox', { name: /Shown/ }).uncheck();
  await expect.poll(() => editor.getByText('Saved in this model.').count()).toBe(1);
  await editor.getByRole('button', { name: 'Close' }).click();
  // Undo steps back through the story edits one by one.
  expect(await page.getByRole('button', { name: /^Undo Hide story step/ }).count()).toBe(1);

  // The model library holds the story once autosave has run.
  await expect.poll(async () => JSON.parse((await openModelText(page)) ?? '{}').story?.[0]?.title ?? null).toBe('Why we are here');
  await page.reload();
  await page.locator('.react-flow__node-team').first().waitFor();
  await page.keyboard.press('F5');
  await presentation(page).waitFor();
  await expect.poll(() => slideHeading(page).innerText()).toBe('Why we are here');
  expect(await stepCount(page)).toBe(13);
  // The hidden Strategy step is skipped.
  await pressTo(page, 'ArrowRight', 2);
  expect(await slideHeading(page).innerText()).toBe('Product & Design');
  const [presenter] = await Promise.all([app.context.waitForEvent('page'), page.keyboard.press('p')]);
  await presenter.getByTestId('presenter').waitFor();
  await pressTo(page, 'Home', 1);
  await expect.poll(() => presenter.getByTestId('presenter-notes').innerText()).toBe('Ask who owns churn today.');
});
