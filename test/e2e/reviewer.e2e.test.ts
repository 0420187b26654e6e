// Issue 12 in real Chromium: the Problems panel on the OTT example, Ignore here and undo, Compare with
// file, and the review report downloaded, opened and printed to PDF with no table cut across pages.
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './harness';
import { exampleBytes, OTT_FILE } from './documents';
import { handoffLabel, lane, openInspector, teamNode } from './ui';

const problems = (page: Page): Locator => page.locator('.problems');
const rows = (page: Page, rule: string): Locator => problems(page).locator(`li.problem[data-rule="${rule}"]`);

async function openProblems(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Problems/ }).click();
  await problems(page).waitFor();
}

describe('model checks in the editor', () => {
  test('the Problems panel lists the two control bypasses and the AI-native single points of failure, and marks their targets', async ({ app }) => {
    const { page } = app;
    await app.open();
    await expect.poll(() => page.getByRole('tab', { name: /^Problems/ }).innerText()).toBe('Problems 6');
    await openProblems(page);
    expect(await rows(page, 'control-bypass').evaluateAll((els) => els.map((e) => e.getAttribute('data-target')))).toEqual(['e09', 'e10']);
    const spof = rows(page, 'single-point-of-failure');
    expect(await spof.evaluateAll((els) => els.map((e) => e.getAttribute('data-target')))).toEqual(['data', 'growth', 'strat']);
    expect(await spof.first().innerText()).toContain('In “AI-native” at Q3, Data & ML, Engineering and QA merge into one group of 1 person');
    expect(await problems(page).getByRole('heading', { name: /^Warnings/ }).innerText()).toBe('Warnings 5');

    await expect.poll(() => handoffLabel(page, 'e09').getByTestId('lint-mark').count()).toBe(1);
    expect(await handoffLabel(page, 'e05').getByTestId('lint-mark').count()).toBe(0);
    expect(await teamNode(page, 'Strategy & finance').getByTestId('lint-mark').count()).toBe(1);
    expect(await teamNode(page, 'QA').getByTestId('lint-mark').count()).toBe(0);

    // A click selects the handoff and brings it into view.
    await rows(page, 'control-bypass').first().locator('.problem-message').click();
    await expect.poll(() => handoffLabel(page, 'e09').getAttribute('class')).toContain('is-selected');
  });

  test('a click on a finding frames its target legibly, even from the lane summaries', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openProblems(page);
    // Zoomed far out, the canvas draws lane summaries: no card, no handoff label is a node then.
    await page.getByTestId('canvas').hover();
    for (let i = 0; i < 40 && (await page.getByTestId('canvas').getAttribute('data-detail')) !== 'summary'; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => page.getByTestId('canvas').getAttribute('data-detail')).toBe('summary');

    await rows(page, 'control-bypass').first().locator('.problem-message').click();
    await expect.poll(() => page.getByTestId('canvas').getAttribute('data-detail')).toBe('cards');
    await expect.poll(() => handoffLabel(page, 'e09').getAttribute('class')).toContain('is-selected');
    expect(await handoffLabel(page, 'e09').isVisible()).toBe(true);
    expect(await teamNode(page, 'Revenue ops').isVisible()).toBe(true);

    await rows(page, 'single-point-of-failure').first().locator('.problem-message').click();
    await expect.poll(() => teamNode(page, 'Data & ML').locator('.team-node').getAttribute('class')).toContain('is-selected');
    expect(await page.getByTestId('canvas').getAttribute('data-detail')).toBe('cards');
  });

  test('Ignore here hides one finding, saved as an undoable edit; undo brings it back', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openProblems(page);
    await rows(page, 'control-bypass').first().getByRole('button', { name: 'Ignore here' }).click();
    await expect.poll(() => rows(page, 'control-bypass').count()).toBe(1);
    expect(await rows(page, 'control-bypass').getAttribute('data-target')).toBe('e10');
    await expect.poll(() => handoffLabel(page, 'e09').getByTestId('lint-mark').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Undo Ignore control-bypass on Engineering → Revenue ops/ }).count()).toBe(1);

    await page.getByRole('button', { name: /^Undo / }).click();
    await expect.poll(() => rows(page, 'control-bypass').count()).toBe(2);

    // A rule's level is a document edit too: off hides the rule, undo restores it.
    await rows(page, 'single-point-of-failure').first().getByRole('combobox', { name: 'Severity of single-point-of-failure' }).selectOption('off');
    await expect.poll(() => rows(page, 'single-point-of-failure').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows(page, 'single-point-of-failure').count()).toBe(3);
  });
});

/** Review ▸ Compare with file…, choosing `older` as older.fivefold.json; resolves to the change list. */
async function compareWithFile(page: Page, older: unknown): Promise<Locator> {
  await page.getByRole('button', { name: 'Review' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Compare with file…' }).click();
  await (await chooser).setFiles({ name: 'older.fivefold.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  const changes = page.locator('.changes');
  await changes.waitFor();
  return changes;
}

describe('compare with file', () => {
  test('shows the changes since a file: list, outline of an added team, old → new in the inspector, outcome deltas', async ({ app }) => {
    const { page } = app;
    await app.open();
    // The file is an older version: no Revenue ops (so it is "added" now) and QA with 4 people.
    const older = JSON.parse(exampleBytes(OTT_FILE).toString('utf8'));
    older.teams = older.teams.filter((t: { id: string }) => t.id !== 'revops');
    older.handoffs = older.handoffs.filter((h: { from: string; to: string }) => h.from !== 'revops' && h.to !== 'revops');
    older.teams.find((t: { id: string }) => t.id === 'qa').headcount = 4;
    const changes = await compareWithFile(page, older);
    expect(await changes.getByRole('region', { name: 'Teams changed' }).innerText()).toMatch(/\+\s*Revenue ops added[\s\S]*~\s*QA changed: headcount/);
    await expect.poll(() => teamNode(page, 'Revenue ops').locator('.team-node').getAttribute('class')).toContain('is-added-since');
    expect(await page.getByTestId('changes-text').innerText()).toMatch(/Before \(baseline\)\s+22 → 20/);

    await changes.getByRole('button', { name: /QA changed/ }).click();
    await openInspector(page);
    const changed = page.getByTestId('changed-fields');
    await changed.waitFor();
    expect((await changed.innerText()).replace(/\s+/g, ' ')).toContain('headcount: 4 → 1');

    await changes.getByRole('button', { name: 'Stop comparing' }).click();
    // With the inspector open the canvas is fitted at a zoom that draws lane summaries (semantic zoom):
    // zoom to Revenue ops' lane (Execution, key 4) so its card is drawn.
    await page.keyboard.press('4');
    await expect.poll(() => teamNode(page, 'Revenue ops').locator('.team-node').getAttribute('class')).not.toContain('is-added-since');
  });

  test('a team removed since the file is a faint ghost in its lane, framed by a click on its change, gone when comparing stops', async ({ app }) => {
    const { page } = app;
    await app.open();
    // The file had a Manual testing team in Build & Data (no position: placed as the file would be).
    const older = JSON.parse(exampleBytes(OTT_FILE).toString('utf8'));
    const qa = older.teams.find((t: { id: string }) => t.id === 'qa');
    older.teams.push({ ...qa, id: 'manual', name: 'Manual testing', headcount: 2 });
    older.handoffs.push({ id: 'e99', from: 'qa', to: 'manual', artifact: 'Test plan', waitDays: 3, ca: 0.9, kind: 'work' });
    const changes = await compareWithFile(page, older);
    expect(await changes.getByRole('region', { name: 'Teams changed' }).innerText()).toMatch(/−\s*Manual testing removed/);
    await changes.getByRole('button', { name: /Manual testing removed/ }).click();
    const ghost = page.getByTestId('ghost-node');
    await expect.poll(() => ghost.count()).toBe(1);
    expect(await ghost.innerText()).toMatch(/Manual testing\s*removed · 2 people/);
    expect(await ghost.getAttribute('title')).toBe('Manual testing: removed since older.fivefold.json');
    // Faint, and in the Build & Data lane.
    expect(Number(await ghost.evaluate((e) => getComputedStyle(e).opacity))).toBeLessThan(1);
    const [g, build] = [await ghost.boundingBox(), await lane(page, 'build').boundingBox()];
    expect(g!.y).toBeGreaterThanOrEqual(build!.y);
    expect(g!.y + g!.height).toBeLessThanOrEqual(build!.y + build!.height + 1);
    // A view of the file, not a team of the model: not a card, and the model's teams are as they were.
    expect(await teamNode(page, 'Manual testing').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Undo / }).count()).toBe(0);

    await changes.getByRole('button', { name: 'Stop comparing' }).click();
    await expect.poll(() => ghost.count()).toBe(0);
  });
});

describe('review report', () => {
  test('one click downloads the HTML report; opened in Chromium it prints to PDF with no table cut across pages', async ({ app }) => {
    const { page, context } = app;
    await app.open();
    await page.getByRole('button', { name: 'Review' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Review report' }).click()]);
    expect(download.suggestedFilename()).toBe("OTT churn- 10% to 2% in a quarter.review.html");
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const html = Buffer.concat(chunks).toString('utf8');

    const report = await context.newPage();
    await report.setContent(html);
    expect(await report.locator('figure svg').count()).toBe(4);
    expect(await report.getByRole('heading', { name: 'Model checks' }).count()).toBe(1);
    const tables = await report.locator('table').evaluateAll((els) =>
      els.map((t) => ({
        caption: t.querySelector('caption')!.textContent!,
        rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!)),
      })),
    );
    const pdf = await report.pdf({ format: 'A4', printBackground: true });
    await report.close();

    const pages = await pdfPagesText(pdf);
    expect(pages.length).toBeGreaterThan(3);
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const t of tables) {
      let at = pages.findIndex((p) => p.includes(squash(t.caption)));
      expect(at, `caption "${t.caption}" is in the PDF`).toBeGreaterThanOrEqual(0);
      // Rows follow in page order, and no row is split: all its cells are on the page its first cell is on.
      t.rows.forEach((cells, i) => {
        const first = squash(cells[0]);
        while (at < pages.length && !pages[at].includes(first)) at++;
        expect(at, `"${t.caption}": row ${i + 1} ("${cells[0]}") is in the PDF`).toBeLessThan(pages.length);
        if (i === 0) expect(pages[at], `"${t.caption}" starts on the page of its caption`).toContain(squash(t.caption));
        for (const cell of cells.filter((c) => c.trim())) {
          expect(pages[at], `"${t.caption}": row ${i + 1}'s "${cell}" is on the page of its first cell`).toContain(squash(cell));
        }
      });
    }
  });
});

/** Each page's text with all whitespace removed (line wraps inside a cell then match too). */
async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join('').replace(/\s+/g, ''));
  }
  return pages;
}
