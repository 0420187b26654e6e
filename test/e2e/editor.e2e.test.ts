// Issue 4 in real Chromium: an editing session by keyboard alone that survives a reload, copy and
// paste remapping handoffs, and the two ways browser storage lets a person down (a corrupt save, a
// full quota), each of which must be said out loud and never lose work.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleJson } from './documents';
import { expect, test } from './harness';
import { lane, teamNodes } from './ui';
import { openModelText, putModel } from './library';

const ott = exampleJson();
const edges = (page: Page) => page.locator('.react-flow__edge');
const saved = (page: Page) => page.getByTestId('save-status');

/** The accessible name of whatever has keyboard focus (label, aria-label, or text). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab until the control named `name` has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${name}" was not reached with ${limit} presses of Tab`);
}

describe('editing with the keyboard only', () => {
  test('add a team, change its headcount, connect a handoff, undo, redo, reload: everything is restored', async ({ app }) => {
    const { page } = app;
    await app.open();
    expect(await teamNodes(page).count()).toBe(ott.teams.length);
    const handoffsBefore = ott.handoffs.length;
    await expect.poll(() => edges(page).count()).toBe(handoffsBefore);

    // At 1280 wide the palette starts collapsed (the canvas needs the room); Shift+P opens it.
    await page.keyboard.press('Shift+P');
    await tabTo(page, 'Add QA & test to Build & Data');
    await page.keyboard.press('Enter');
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 1);

    // The inspector starts collapsed at 1280 too; Shift+I opens it on the new (selected) team.
    await page.keyboard.press('Shift+I');
    await tabTo(page, 'Headcount');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    const added = teamNodes(page).filter({ hasText: 'QA & test' });
    await expect.poll(() => added.getByTestId('team-headcount').innerText()).toBe('5');

    await tabTo(page, 'Receiving team');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Add handoff');
    await page.keyboard.press('Enter');
    await expect.poll(() => edges(page).count()).toBe(handoffsBefore + 1);

    await page.keyboard.press('Control+Z');
    await expect.poll(() => edges(page).count()).toBe(handoffsBefore);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => edges(page).count()).toBe(handoffsBefore + 1);

    await expect.poll(() => saved(page).innerText()).toMatch(/All changes saved/);
    await page.reload();
    await teamNodes(page).first().waitFor();
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 1);
    await expect.poll(() => edges(page).count()).toBe(handoffsBefore + 1);
    expect(await teamNodes(page).filter({ hasText: 'QA & test' }).getByTestId('team-headcount').innerText()).toBe('5');
  });

  test('? opens the sheet of every shortcut', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    for (const label of ['Undo', 'Redo', 'Delete selection', 'Copy', 'Paste', 'Duplicate', 'Select all', 'Nudge selected teams']) {
      expect(await sheet.getByRole('cell', { name: label, exact: true }).count(), label).toBe(1);
    }
  });
});

describe('New', () => {
  test('after a confirmation in the page, an empty model opens beside the old one, which Models opens again', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new model?' });
    await dialog.getByRole('button', { name: 'Start a new model' }).click();
    await expect.poll(() => teamNodes(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Models', exact: true }).click();
    const models = page.getByRole('dialog', { name: 'Models in this browser' });
    await models.getByRole('button', { name: `Open ${ott.title}` }).click();
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length);
  });
});

describe('palette', () => {
  test('dragging a typical team into a lane adds it to that lane', async ({ app }) => {
    const { page } = app;
    await app.open();
    const execution = lane(page, 'execution');
    expect(await execution.innerText()).toMatch(/3 teams/);
    await page.getByTestId('toggle-palette').click();
    const item = page.getByRole('button', { name: 'Add QA & test to Build & Data' });
    await item.scrollIntoViewIfNeeded();
    const from = (await item.boundingBox())!;
    const to = (await execution.boundingBox())!;
    // HTML5 drag and drop with several moves; the drop spot is low in the lane, clear of its teams.
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 60, to.y + to.height - 20, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 1);
    await expect.poll(() => execution.innerText()).toMatch(/4 teams/);
  });
});

describe('autosave', () => {
  test('a reload comes back to the same viewport', async ({ app }) => {
    const { page } = app;
    await app.open();
    const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    const fitted = await transform();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(transform).not.toBe(fitted);
    const zoomed = await transform();
    await expect
      .poll(async () => JSON.parse((await openModelText(page)) ?? '{}').view?.viewport?.zoom ?? null)
      .not.toBeNull();
    await page.reload();
    await teamNodes(page).first().waitFor();
    await expect.poll(transform).toBe(zoomed);
  });
});

describe('copy and paste', () => {
  test('pasting two connected teams remaps the handoff between them to the copies', async ({ app }) => {
    const { page } = app;
    await app.open();
    await teamNodes(page).filter({ hasText: 'Data & ML' }).click();
    await teamNodes(page).filter({ hasText: 'Engineering' }).first().click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+V');
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 2);
    // data → eng (e05) is the one handoff inside the copied pair.
    await expect.poll(() => edges(page).count()).toBe(ott.handoffs.length + 1);
  });
});

describe('browser storage letting a person down', () => {
  test('a corrupt save: the example opens, the person is told, and the unreadable text can be downloaded', async ({ app }) => {
    const { page } = app;
    await app.open();
    const corrupt = '{"format":"fivefold","version":1,"title":"half a file';
    await putModel(page, 'damaged', 'half a file', corrupt);
    await page.evaluate(() => sessionStorage.setItem('fivefold:open', 'damaged'));
    await page.reload();
    await teamNodes(page).first().waitFor();

    const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await alert.waitFor();
    expect(await teamNodes(page).count()).toBe(ott.teams.length);
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the unreadable save' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(corrupt);
  });

  test('a full quota: a visible warning offers an export that holds the unsaved change', async ({ app }) => {
    const { page } = app;
    await page.addInitScript(() => {
      // Saving a model's text is a put into "texts"; the first start's records are added, not put.
      const original = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'texts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    });
    await app.open();
    await page.getByTestId('toggle-palette').click();
    await page.getByRole('button', { name: 'Add Security & privacy to Control' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await alert.waitFor();
    // A failed save is not mistaken for another tab's.
    expect(await page.getByRole('alert').filter({ hasText: 'another tab' }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Export a copy' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const exported = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(exported.teams.map((t: { name: string }) => t.name)).toContain('Security & privacy');
  });
});
