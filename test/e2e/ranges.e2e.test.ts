// Issue 14 in real Chromium: the headline's P10–P90 on OTT AI-native at Q3 (the example carries the
// presets' ranges, sampled in workers), the sentence when the single answer lies outside the band, the
// chance of a headcount, No ranges / undo / Preset ranges / a moved handle, and "What it takes".
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from './harness';

const headline = (page: Page): Locator => page.getByTestId('results-headline');

async function aiNativeAtQ3(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'AI-native' });
  const slider = page.getByRole('slider', { name: 'Quarter' });
  await slider.focus();
  await slider.press('End');
  await expect.poll(() => headline(page).textContent()).toContain('AI-native · Q3');
}

describe('uncertainty ranges', () => {
  test('the OTT example carries the presets’ ranges: "20 → 5 people (P10–P90: 7–10)" at AI-native Q3, 5 below P10, the chance of a headcount', async ({ app }) => {
    const { page } = app;
    await app.open();
    await aiNativeAtQ3(page);
    await expect.poll(() => page.getByTestId('figure-people-range').textContent(), { timeout: 20_000 }).toBe(' (P10–P90: 7–10)');
    await expect.poll(() => page.locator('.ranges-progress').count(), { timeout: 20_000 }).toBe(0);
    const text = (await headline(page).innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('20 → 5 people (P10–P90: 7–10)');
    expect(await page.getByTestId('ranges-outside').innerText()).toMatch(/^The single answer, 5 people, sits below the 10th percentile of the sampled worlds \(7\)/);

    const chance = page.getByTestId('ranges-chance');
    await chance.getByRole('spinbutton', { name: 'Headcount' }).fill('9');
    await expect.poll(() => chance.locator('output').innerText()).toMatch(/^chance of 9 or fewer by Q3: \d+%$/);
    const at9 = Number(/(\d+)%$/.exec(await chance.locator('output').innerText())![1]);
    expect(at9).toBeGreaterThanOrEqual(50); // P50 is 9
  });

  test('"No ranges" turns them off and undo brings them back; Preset ranges and a moved handle sample again', async ({ app }) => {
    const { page } = app;
    await app.open();
    await aiNativeAtQ3(page);
    await expect.poll(() => page.getByTestId('figure-people-range').textContent(), { timeout: 20_000 }).toBe(' (P10–P90: 7–10)');
    await page.getByRole('button', { name: 'Levers', exact: true }).click();
    // Two handles per uncertain lever: adoption, five potentials, two sigmas, waiting.
    await expect.poll(() => page.getByRole('slider', { name: /, low end$/ }).count()).toBe(9);

    await page.getByRole('button', { name: 'No ranges' }).click();
    await expect.poll(() => page.getByTestId('figure-people-range').count()).toBe(0);
    expect(await page.getByTestId('ranges-bar').count()).toBe(0);
    expect(await page.getByRole('slider', { name: /, low end$/ }).count()).toBe(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('figure-people-range').textContent(), { timeout: 20_000 }).toBe(' (P10–P90: 7–10)');

    // Adoption's low end up to ×1: a narrower set of worlds, sampled again.
    const low = page.getByRole('slider', { name: 'Adoption range, low end' });
    await low.focus();
    await low.press('End');
    await expect.poll(() => page.locator('.ff-range[data-param="adoption"] output').innerText()).toBe('×1.00–×1.10');
    await expect.poll(async () => (await page.getByTestId('figure-people-range').textContent()) !== ' (P10–P90: 7–10)', { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: 'Preset ranges' }).click();
    await expect.poll(() => page.getByTestId('figure-people-range').textContent(), { timeout: 20_000 }).toBe(' (P10–P90: 7–10)');
  });

  test('the By quarter chart draws the P10–P90 band and a dashed P50 line behind the single answer; No ranges takes them away', async ({ app }) => {
    const { page } = app;
    await app.open();
    await aiNativeAtQ3(page);
    await expect.poll(() => page.locator('.ranges-progress').count(), { timeout: 20_000 }).toBe(0);
    await page.getByRole('button', { name: 'Show results' }).click();
    const chart = page.getByRole('region', { name: 'By quarter' });
    const band = chart.locator('.recharts-area-area');
    const p50 = chart.locator('.recharts-line-curve[stroke-dasharray="6 4"]');
    await expect.poll(() => band.count(), { timeout: 20_000 }).toBe(1);
    // A band, not a line: it has height, and the P50 line runs inside it.
    const area = (await band.boundingBox())!;
    expect(area.height).toBeGreaterThan(4);
    await expect.poll(() => p50.count()).toBe(1);
    const line = (await p50.boundingBox())!;
    expect(line.y).toBeGreaterThanOrEqual(area.y - 1);
    expect(line.y + line.height).toBeLessThanOrEqual(area.y + area.height + 1);

    await page.getByRole('button', { name: 'Levers', exact: true }).click();
    await page.getByRole('button', { name: 'No ranges' }).click();
    await expect.poll(() => band.count()).toBe(0);
    expect(await p50.count()).toBe(0);
    expect(await chart.locator('.recharts-line-curve').count(), 'the single answer stays').toBe(1);
  });

  test('What it takes: 5 people by Q3 in AI-native needs about 94% adoption, AI doing about 77% of task work', async ({ app }) => {
    const { page } = app;
    await app.open();
    await aiNativeAtQ3(page);
    await page.getByRole('tab', { name: 'What it takes' }).click();
    const panel = page.getByTestId('what-it-takes');
    await panel.waitFor();
    await panel.getByRole('spinbutton').fill('5');
    await expect.poll(() => page.getByTestId('reach-adoption').innerText()).toBe('93.7%');
    expect(await page.getByTestId('reach-share').innerText()).toBe('77%');
    expect(await panel.innerText()).toMatch(/above the 60%–70% McKinsey/);

    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Top of measured evidence' });
    await panel.getByRole('spinbutton').fill('5');
    await expect.poll(() => page.getByTestId('reach-out').innerText()).toMatch(/^Out of reach: even full adoption leaves 8 people by Q3/);
  });
});
