// Issue 13 in real Chromium: a generated 1,200-team document without positions is imported, shows
// every lane's summary legibly at the fit view, and can be edited: zoom in to a card, change its
// headcount, and the card shows it. (How long each step takes is printed by `npm run bench`.)
import { describe } from 'vitest';
import { largeOrganisation } from '../../scripts/lib/generatedOrg';
import { zoomToCard } from '../../scripts/lib/zoomToCard';
import { presetScenarios, serialize } from '../../src/model';
import { asFile } from './documents';
import { expect, test } from './harness';
import { importFile, LANE_IDS, lane, openInspector, waitForTitle } from './ui';

const TITLE = 'Generated: 1,200 teams, no positions';

describe('a large model without positions', () => {
  test('imports, shows every lane summary legibly at the fit view, and takes a headcount edit', { timeout: 400_000 }, async ({ app }) => {
    const { page } = app;
    await app.open();
    await importFile(page, asFile('large.fivefold.json', serialize(largeOrganisation(presetScenarios(), TITLE))));
    await waitForTitle(page, TITLE);

    // At the fit view every lane says what its teams add up to, at least 14 px high on screen.
    await expect.poll(() => page.getByTestId('canvas').getAttribute('data-detail')).toBe('summary');
    for (const id of LANE_IDS) {
      const summary = lane(page, id).getByTestId('lane-summary');
      await expect.poll(() => summary.innerText()).toMatch(/[\d,]+ teams · [\d,]+ people · .+ a year/);
      const px = await summary.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * (el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight));
      expect(px, `${id} summary on screen`).toBeGreaterThanOrEqual(14);
      expect(await summary.isVisible()).toBe(true);
    }

    // The inspector first: opening a side panel fits the view again.
    const inspector = await openInspector(page);
    const id = await zoomToCard(page);
    const card = page.locator(`.react-flow__node-team[data-id="${id}"]`);
    const before = Number(await card.getByTestId('team-headcount').innerText());
    const name = await card.locator('.team-name').innerText();
    await card.click();
    await inspector.getByRole('region', { name: `Team ${name}` }).waitFor();
    const field = inspector.getByLabel('Headcount', { exact: true });
    // A busy machine may keep a page with 1,200 cards from answering within the usual 10 s.
    await field.fill(String(before + 7), { timeout: 60_000 });
    await field.press('Enter', { timeout: 60_000 });
    await expect.poll(() => card.getByTestId('team-headcount').innerText(), { timeout: 60_000 }).toBe(String(before + 7));
  });
});
