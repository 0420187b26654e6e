// What a person does with the page, written once so each test reads as the story it tells.
// Selectors follow the UI's contract: accessible names first, `data-testid` where there is no name.
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FileToImport } from './documents';
import { UI_TIMEOUT } from './harness';

export const teamNodes = (page: Page): Locator => page.locator('.react-flow__node-team');

export const LANE_IDS = ['strategy', 'product', 'build', 'execution', 'control'] as const;

export const lane = (page: Page, id: (typeof LANE_IDS)[number]): Locator => page.getByTestId(`lane-${id}`);

/** The team node whose name is exactly `name` (a substring match would confuse "QA" with "QA & test"). */
export const teamNode = (page: Page, name: string): Locator =>
  teamNodes(page).filter({ has: page.getByText(name, { exact: true }) });

/** The label of one handoff edge, by handoff id. */
export const handoffLabel = (page: Page, id: string): Locator => page.getByTestId(`handoff-label-${id}`);

/** The title of the open model: the page's one level-1 heading. */
export const docTitle = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** Waits until the open model's title is `title`; fails naming what it found instead. */
export async function waitForTitle(page: Page, title: string): Promise<void> {
  await expect.poll(() => docTitle(page).innerText(), { timeout: UI_TIMEOUT, message: 'model title' }).toBe(title);
}

/** Chooses a file in the import picker, as a person would after clicking Import. */
export async function importFile(page: Page, file: FileToImport): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(file);
}

/** The refusal dialog of a bad import. */
export const refusalDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Import refused' });

/** Clicks Export and returns the download with its bytes. */
export async function exportModel(page: Page): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  // createReadStream works on a remote browser, where download.path() does not.
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { download, bytes: Buffer.concat(chunks) };
}

/** Drops a file on the canvas, as a person would drag one from the desktop. */
export async function dropFile(page: Page, file: FileToImport): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, text: file.buffer.toString('utf8') },
  );
  const canvas = page.getByTestId('canvas');
  await canvas.dispatchEvent('dragenter', { dataTransfer });
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await canvas.dispatchEvent('drop', { dataTransfer });
}

/** The inspector (collapsed by default below 1440 px wide), opened by its strip's button and waited for. */
export async function openInspector(page: Page): Promise<Locator> {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  if ((await page.getByTestId('toggle-inspector').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('toggle-inspector').click();
  await inspector.waitFor();
  return inspector;
}
