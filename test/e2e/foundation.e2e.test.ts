// Issue 2 in real Chromium: the first visit, the Examples menu, importing a good and a broken file,
// and exporting.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { fileNameFor } from '../../src/model/serialize';
import { asFile, exampleBytes, exampleJson, exampleNames, smallerOtt, type Json } from './documents';
import { expect, test } from './harness';
import {
  docTitle,
  dropFile,
  exportModel,
  handoffLabel,
  importFile,
  lane,
  LANE_IDS,
  refusalDialog,
  teamNode,
  teamNodes,
  waitForTitle,
} from './ui';

const ott = exampleJson();

const LANE_NAMES: Record<(typeof LANE_IDS)[number], string> = {
  strategy: 'Strategy',
  product: 'Product & Design',
  build: 'Build & Data',
  execution: 'Execution',
  control: 'Control',
};

describe('first visit', () => {
  test('shows the OTT churn example: title, every team, every handoff and the five lanes', async ({ app }) => {
    const { page } = app;
    await app.open();

    await waitForTitle(page, 'OTT churn: 10% to 2% in a quarter');
    expect(ott.teams.length).toBe(10);
    await expectModelOnCanvas(page, ott);
    for (const id of LANE_IDS) {
      const teams = (ott.teams as Json[]).filter((t) => t.layer === id);
      const people = teams.reduce((sum, t) => sum + t.headcount, 0);
      // textContent, not innerText: the lane plate may be styled in capitals.
      const text = (await lane(page, id).textContent()) ?? '';
      expect(text, `lane-${id}`).toContain(LANE_NAMES[id]);
      expect(text, `lane-${id} counts`).toMatch(new RegExp(`(?<!\\d)${teams.length} teams?\\b[^]*(?<!\\d)${people} (people|person)\\b`));
    }
  });
});

describe('Examples menu', () => {
  test('offers every file in examples/ by title, and each loads with its teams and handoffs', async ({ app }) => {
    const { page } = app;
    await app.open();

    for (const name of exampleNames()) {
      const doc = exampleJson(name);
      await page.getByRole('button', { name: 'Examples' }).click();
      await page.getByRole('menuitem', { name: doc.title, exact: true }).click();
      await waitForTitle(page, doc.title);
      // A larger example opens fitted at a zoom that draws chips or lane summaries, without handoff
      // labels (semantic zoom): zoom to the first lane (key 1), where cards and labels are drawn.
      await expect
        .poll(async () => {
          await page.keyboard.press('1');
          return handoffLabel(page, doc.handoffs[0].id).count();
        })
        .toBe(1);
      await expectModelOnCanvas(page, doc);
    }
  });
});

describe('import', () => {
  test('a good file replaces the model', async ({ app }) => {
    const { page } = app;
    const { doc, removedNames } = smallerOtt();
    await app.open();

    await importFile(page, asFile('pilot.fivefold.json', doc));

    await waitForTitle(page, doc.title);
    await expect.poll(() => teamNodes(page).count()).toBe(doc.teams.length);
    for (const name of removedNames) expect(await teamNode(page, name).count(), name).toBe(0);
  });

  test('a good file dropped on the canvas replaces the model', async ({ app }) => {
    const { page } = app;
    const { doc, removedNames } = smallerOtt();
    await app.open();

    await dropFile(page, asFile('dropped.fivefold.json', doc));

    await waitForTitle(page, doc.title);
    await expect.poll(() => teamNodes(page).count()).toBe(doc.teams.length);
    for (const name of removedNames) expect(await teamNode(page, name).count(), name).toBe(0);
  });

  test('a broken file is refused with every problem listed, and the model stays as it was', async ({ app }) => {
    const { page } = app;
    const broken = exampleJson();
    broken.title = 'This title must never appear';
    broken.teams[5].headcount = 0;
    broken.handoffs[1].to = 'nobody';
    await app.open();

    await importFile(page, asFile('broken.fivefold.json', broken));

    const dialog = refusalDialog(page);
    await dialog.waitFor();
    const problems = await dialog.getByTestId('import-problems').innerText();
    expect(problems).toContain('teams[5].headcount');
    expect(problems).toMatch(/handoffs\[1\]\.to.*"nobody"/);
    await expectOttUnchanged(page);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectOttUnchanged(page);
  });

  test('a file that is not JSON is refused with the line and column of the fault', async ({ app }) => {
    const { page } = app;
    await app.open();

    await importFile(page, asFile('typo.fivefold.json', '{\n  "format": "fivefold",\n  "version": 1,,\n}\n'));

    const dialog = refusalDialog(page);
    await dialog.waitFor();
    expect(await dialog.getByTestId('import-problems').innerText()).toMatch(/not JSON.*line 3, column \d+/s);
    await expectOttUnchanged(page);
  });
});

describe('export', () => {
  for (const name of exampleNames()) {
    test(`downloads <title>.fivefold.json with the bytes of the imported ${name}`, async ({ app }) => {
      const { page } = app;
      const bytes = exampleBytes(name);
      const doc = JSON.parse(bytes.toString('utf8'));
      await app.open();

      // Imported under another name, so the download's name has to come from the title.
      await importFile(page, asFile('incoming.json', bytes));
      await waitForTitle(page, doc.title);
      await expect.poll(() => teamNodes(page).count()).toBe(doc.teams.length);
      const exported = await exportModel(page);

      expect(exported.download.suggestedFilename()).toBe(fileNameFor(doc));
      expect(exported.download.suggestedFilename()).toMatch(/^[^\\/:*?"<>|]+\.fivefold\.json$/);
      expect(exported.bytes.toString('utf8')).toBe(bytes.toString('utf8'));
      expect(exported.bytes.equals(bytes)).toBe(true);
    });
  }
});

/** Every team by its exact name, and every handoff's label with its artifact and wait; feedback marked. */
async function expectModelOnCanvas(page: Page, doc: Json): Promise<void> {
  await expect.poll(() => teamNodes(page).count(), { message: 'team nodes' }).toBe(doc.teams.length);
  for (const team of doc.teams as Json[]) expect(await teamNode(page, team.name).count(), team.name).toBe(1);
  for (const handoff of doc.handoffs as Json[]) {
    const label = handoffLabel(page, handoff.id);
    const text = await label.innerText();
    expect(text, handoff.id).toContain(handoff.artifact);
    expect(text, handoff.id).toMatch(new RegExp(`(?<![\\d.])${handoff.waitDays}(\\.0)? d\\b`));
    const feedback = (await label.getAttribute('class'))?.includes('is-feedback') ?? false;
    expect(feedback, `${handoff.id} drawn as feedback`).toBe(handoff.kind === 'feedback');
  }
}

async function expectOttUnchanged(page: Page): Promise<void> {
  expect(await docTitle(page).innerText()).toBe(ott.title);
  expect(await teamNodes(page).count()).toBe(ott.teams.length);
}
