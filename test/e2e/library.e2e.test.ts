// Issue 10 in real Chromium, with its real IndexedDB: nothing a person opens replaces their work,
// versions can be restored, two tabs never overwrite each other, a closed tab keeps its edits, and
// the single localStorage save of earlier builds moves into the library.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { asFile, exampleJson, smallerOtt } from './documents';
import { expect, test } from './harness';
import { importFile, teamNode, teamNodes, waitForTitle } from './ui';

const ott = exampleJson();
const saved = (page: Page) => page.getByTestId('save-status');
const models = (page: Page) => page.getByRole('dialog', { name: 'Models in this browser' });

/** Adds one team from the palette: an edit a person can see (the team count). */
async function addSecurityTeam(page: Page) {
  await page.getByTestId('toggle-palette').click();
  await page.getByRole('button', { name: 'Add Security & privacy to Control' }).click();
  await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 1);
  await expect.poll(() => saved(page).innerText()).toBe('All changes saved in this browser');
}

async function openModels(page: Page) {
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await models(page).waitFor();
}

describe('the model library', () => {
  test('edit a model, import another: the first is in Models with its edit, and opens again', async ({ app }) => {
    const { page } = app;
    await app.open();
    await addSecurityTeam(page);
    const { doc } = smallerOtt();
    await importFile(page, asFile('pilot.fivefold.json', doc));
    await waitForTitle(page, doc.title);
    await openModels(page);
    await expect.poll(() => models(page).getByTestId('models-list').getByRole('listitem').count()).toBe(2);
    await models(page).getByRole('button', { name: `Open ${ott.title}` }).click();
    await waitForTitle(page, ott.title);
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 1);
  });

  test('restore an earlier version: one click, and Undo brings the edit back', async ({ app }) => {
    const { page } = app;
    await app.open();
    await addSecurityTeam(page);
    await openModels(page);
    const versions = models(page).getByTestId('versions-list');
    // The oldest version is the model as first opened, before the team was added.
    await versions.getByRole('button', { name: /^Restore this version/ }).last().click();
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length);
    await models(page).getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 1);
  });

  test('two tabs: the second tab is told of the first one’s save and overwrites nothing until asked', async ({ app }) => {
    const { page, context } = app;
    await app.open();
    const other = await context.newPage();
    await other.goto('/');
    await teamNodes(other).first().waitFor();
    await addSecurityTeam(page);
    // The other tab, still showing the old version, is told at once; it saves nothing until asked.
    const alert = other.getByRole('alert').filter({ hasText: 'changed and saved in another tab' });
    await alert.waitFor();
    expect(await teamNodes(other).count()).toBe(ott.teams.length);
    await alert.getByRole('button', { name: "Load the other tab's version" }).click();
    await expect.poll(() => teamNodes(other).count()).toBe(ott.teams.length + 1);
    await expect.poll(() => other.getByRole('alert').filter({ hasText: 'another tab' }).count()).toBe(0);
    await other.close();
  });

  test('closing the tab right after an edit (no beforeunload) and opening the app again: the edit is there', async ({ app }) => {
    const { page, context } = app;
    await app.open();
    await page.getByTestId('toggle-palette').click();
    await page.getByRole('button', { name: 'Add Security & privacy to Control' }).click();
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length + 1);
    await page.close({ runBeforeUnload: false });
    const again = await context.newPage();
    await again.goto('/');
    await teamNodes(again).first().waitFor();
    await expect.poll(() => teamNodes(again).count()).toBe(ott.teams.length + 1);
    await again.close();
  });

  test('closing the tab while typing in a field (no Enter, no blur) and opening the app again: the typed text is there', async ({ app }) => {
    const { page, context } = app;
    await app.open();
    await teamNode(page, 'QA').click();
    await page.keyboard.press('Enter');
    const name = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('QA typed as the tab closed');
    await page.close({ runBeforeUnload: false });
    const again = await context.newPage();
    await again.goto('/');
    await teamNode(again, 'QA typed as the tab closed').waitFor();
    await again.close();
  });

  test("migration: today's localStorage save opens on the first visit of the library build, and nothing is lost", async ({ app }) => {
    const { page } = app;
    const earlier = { ...exampleJson(), title: 'Saved by an earlier build — ünïcode ✓' };
    await page.addInitScript((text) => {
      if (!localStorage.getItem('fivefold:migrated')) localStorage.setItem('fivefold:document', text);
    }, JSON.stringify(earlier, null, 2));
    await app.open();
    await waitForTitle(page, earlier.title);
    await openModels(page);
    await expect(models(page).getByTestId('models-list').innerText()).resolves.toContain('the earlier save in this browser');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('fivefold:document')!).title)).toBe(earlier.title);
  });
});
