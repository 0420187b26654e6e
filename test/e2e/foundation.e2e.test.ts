// Issue 2 in real Chromium: the first visit, importing a good and a broken file, and exporting.
import { describe } from 'vitest';
import { fileNameFor } from '../../src/model/serialize';
import { asFile, exampleBytes, exampleJson, exampleNames, smallerOtt, type Json } from './documents';
import { expect, test } from './harness';
import { exportModel, importFile, lane, LANE_IDS, refusalDialog, teamNodes, titleText } from './ui';

const ott = exampleJson();

const LANE_NAMES: Record<(typeof LANE_IDS)[number], string> = {
  strategy: 'Strategy',
  product: 'Product & Design',
  build: 'Build & Data',
  execution: 'Execution',
  control: 'Control',
};

describe('first visit', () => {
  test('shows the OTT churn example: its title, every team and the five lanes', async ({ app }) => {
    const { page } = app;
    await app.open();

    await titleText(page, 'OTT churn: 10% to 2% in a quarter').waitFor();
    await expect.poll(() => teamNodes(page).count()).toBe(ott.teams.length);
    expect(ott.teams.length).toBe(10);
    for (const team of ott.teams as Json[]) {
      await expect.poll(() => teamNodes(page).filter({ hasText: team.name }).count(), team.name).toBe(1);
    }
    for (const id of LANE_IDS) {
      await lane(page, id).waitFor();
      expect(await lane(page, id).innerText(), `lane-${id}`).toContain(LANE_NAMES[id]);
    }
  });
});

describe('import', () => {
  test('a good file replaces the model', async ({ app }) => {
    const { page } = app;
    const { doc, removedNames } = smallerOtt();
    await app.open();

    await importFile(page, asFile('pilot.fivefold.json', doc));

    await titleText(page, doc.title).waitFor();
    await expect.poll(() => teamNodes(page).count()).toBe(doc.teams.length);
    expect(await page.getByText(ott.title, { exact: true }).count()).toBe(0);
    for (const name of removedNames) {
      expect(await teamNodes(page).filter({ hasText: name }).count(), name).toBe(0);
    }
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
    expect(problems).toContain('handoffs[1].to');
    expect(problems).toContain('nobody');
    await expectOttUnchanged(app.page, broken.title);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectOttUnchanged(app.page, broken.title);
  });

  test('a file that is not JSON is refused with the line and column of the fault', async ({ app }) => {
    const { page } = app;
    await app.open();

    await importFile(page, asFile('typo.fivefold.json', '{\n  "format": "fivefold",\n  "version": 1,,\n}\n'));

    const dialog = refusalDialog(page);
    await dialog.waitFor();
    expect(await dialog.getByTestId('import-problems').innerText()).toMatch(/not JSON.*line 3, column \d+/s);
    await expectOttUnchanged(page, '');
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
      await titleText(page, doc.title).waitFor();
      await expect.poll(() => teamNodes(page).count()).toBe(doc.teams.length);
      const exported = await exportModel(page);

      expect(exported.download.suggestedFilename()).toBe(fileNameFor(doc));
      expect(exported.download.suggestedFilename()).toMatch(/^[^\\/:*?"<>|]+\.fivefold\.json$/);
      expect(exported.bytes.toString('utf8')).toBe(bytes.toString('utf8'));
      expect(exported.bytes.equals(bytes)).toBe(true);
    });
  }
});

async function expectOttUnchanged(page: import('playwright-core').Page, refusedTitle: string): Promise<void> {
  await titleText(page, ott.title).waitFor();
  expect(await teamNodes(page).count()).toBe(ott.teams.length);
  if (refusedTitle) expect(await page.getByText(refusedTitle).count()).toBe(0);
}
