// Issue 5, results dock, in real Chromium: the headline of the OTT example in After at the last
// quarter of AI-native, the lazily loaded charts under the page's CSP, the sensitivity view and compare.
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from './harness';

const dock = (page: Page): Locator => page.getByRole('region', { name: 'Results' });
const headline = (page: Page): Locator => page.getByTestId('results-headline');

async function showAfterAtLastQuarterOfAiNative(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'AI-native' });
  await page.getByRole('button', { name: 'After', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Quarter' });
  await slider.focus();
  await slider.press('End');
}

describe('results dock', () => {
  test('in After at the last quarter of AI-native: 5 people and 6 handoffs on screen', async ({ app }) => {
    const { page } = app;
    await app.open();
    await showAfterAtLastQuarterOfAiNative(page);

    await expect.poll(() => headline(page).textContent()).toContain('AI-native · Q3');
    const text = (await headline(page).innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('20 → 5 people');
    expect(text).toContain('12 → 6 handoffs');
    expect(text).toContain('72.5 → 28.8 days');
    expect(text).toContain('$3.54M → $1.12M');
    expect(await headline(page).isVisible()).toBe(true);
  });

  test('scrubbing back a quarter changes the headline (Q2: 6 people, 7 handoffs)', async ({ app }) => {
    const { page } = app;
    await app.open();
    await showAfterAtLastQuarterOfAiNative(page);
    await page.getByRole('slider', { name: 'Quarter' }).press('ArrowLeft');

    await expect.poll(() => headline(page).textContent()).toContain('AI-native · Q2');
    const text = (await headline(page).innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('20 → 6 people');
    expect(text).toContain('12 → 7 handoffs');
    expect(text).toContain('72.5 → 36.79 days');
  });

  test('the dashboard loads its charts on demand and shows the engine’s figures', async ({ app }) => {
    const { page } = app;
    await app.open();
    const chartRequests = () => app.requests.filter((url) => /\/assets\/(charts|BarChart)[^/]*\.js$/.test(url));
    expect(chartRequests(), 'charts are not part of the first visit').toEqual([]);

    await page.getByRole('button', { name: 'Show results' }).click();
    await dock(page).locator('.recharts-wrapper').first().waitFor();
    expect(chartRequests().length).toBeGreaterThan(0);
    // Three charts; each draws once its lazy chunk and its container's size are known.
    await expect.poll(() => dock(page).locator('.recharts-wrapper').count()).toBe(3);

    const pyramidAfter = await page.getByTestId('pyramid-table').locator('tbody td.after').allInnerTexts();
    expect(pyramidAfter).toEqual(['1.08', '2.44', '0.81', '0.67']);
    expect(await page.getByTestId('initiative-sentence').innerText()).toBe(
      'About 1 measured attempt fits in 65 days: cutting monthly churn from 10% to 2% rests on getting it right the first time.',
    );
    expect(await page.getByTestId('waiting-sentence').innerText()).toMatch(/^Waiting dominates lead time: 22 of 28\.8 days/);
    // People per layer after: strat 1, product 0, data 1, growth 1, ctrl 2, drawn as bar labels.
    const layerChart = dock(page).getByRole('region', { name: 'People per layer' });
    const labels = async () => (await layerChart.locator('.recharts-label-list text').allTextContents()).filter((t) => t.trim() !== '');
    await expect.poll(labels).toEqual(['2', '4', '6', '6', '2', '1', '0', '1', '1', '2']);
  });

  test('sensitivity draws the tornado and lists adoption first (0.76 → 9 people)', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('tab', { name: 'Sensitivity' }).click();
    await page.locator('.tornado .recharts-wrapper').waitFor();
    const first = page.getByTestId('sensitivity-table').locator('tbody tr').first();
    expect((await first.innerText()).replace(/\s+/g, ' ')).toMatch(/^Adoption 0\.95 0\.76 → 9 1 → 5 4 /);
    expect(await page.locator('.tornado').getByText('0.76 → 9').count()).toBe(1);
  });

  test('compare puts two quarters side by side', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByLabel('A', { exact: true }).selectOption({ label: 'AI-native · Q1' });
    await page.getByLabel('B', { exact: true }).selectOption({ label: 'AI-native · Q3' });
    const people = page.getByTestId('compare-table').locator('tbody tr').first();
    expect((await people.innerText()).replace(/\s+/g, ' ').trim()).toBe('People 10 5 −5');
  });
});
