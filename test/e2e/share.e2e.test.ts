// Issue 11 in real Chromium: pictures drawn from the model (SVG, PNG, the clipboard), the model inside
// them (drop the PNG back and the model opens), and share links that never touch local work.
import { describe } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { jsonFromPng, jsonFromSvg } from '../../src/render/embed';
import { exampleJson, type Json } from './documents';
import { expect, test, UI_TIMEOUT } from './harness';
import { docTitle, teamNodes, waitForTitle } from './ui';

const ott = exampleJson();
const HOSPITAL = exampleJson('hospital-readmissions.fivefold.json');
/** Where the exported pictures are kept to be looked at (docs/exports/), when SAVE_EXPORTS is set. */
const SAVE = process.env.SAVE_EXPORTS ? resolve(import.meta.dirname, '../../docs/exports') : null;

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Opens the Share menu, picks Before or After, and saves the picture `testId` names. */
async function exportPicture(page: Page, overlay: 'before' | 'after', testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByTestId(`export-overlay-${overlay}`).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const bytes = await bytesOf(download);
  if (SAVE) {
    mkdirSync(SAVE, { recursive: true });
    writeFileSync(resolve(SAVE, `${overlay}-${testId}.${testId === 'export-svg' ? 'svg' : 'png'}`), bytes);
  }
  return { name: download.suggestedFilename(), bytes };
}

/** Drops bytes as a file on the canvas, as a person drags a picture from the desktop. */
async function dropBytes(page: Page, name: string, type: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, base64 }) => {
      const raw = atob(base64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      return transfer;
    },
    { name, type, base64: bytes.toString('base64') },
  );
  const canvas = page.getByTestId('canvas');
  await canvas.dispatchEvent('dragenter', { dataTransfer });
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await canvas.dispatchEvent('drop', { dataTransfer });
}

async function openExample(page: Page, doc: Json): Promise<void> {
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: doc.title, exact: true }).click();
  await waitForTitle(page, doc.title);
}

/** Pictures are drawn and links compressed in the page: on a busy machine that takes a moment. */
const WAIT = { timeout: UI_TIMEOUT };

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('pictures of the model', () => {
  test('SVG export: one path per handoff, every team name as text, the model inside', async ({ app }) => {
    const { page } = app;
    await app.open();
    const { name, bytes } = await exportPicture(page, 'before', 'export-svg');
    expect(name).toMatch(/\(before\)\.svg$/);
    const svg = bytes.toString('utf8');
    // Parsed by the browser's own XML parser: a broken escape would fail here.
    const drawn = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: xml.getElementsByTagName('parsererror').length,
        handoffs: [...xml.querySelectorAll('path.ff-handoff')].map((p) => p.getAttribute('data-id')),
        names: [...xml.querySelectorAll('g.ff-team')].map((g) => g.querySelector('title')?.textContent),
        text: [...xml.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      };
    }, svg);
    expect(drawn.errors).toBe(0);
    expect(drawn.handoffs.sort()).toEqual((ott.handoffs as Json[]).map((h) => h.id).sort());
    expect(drawn.names).toEqual((ott.teams as Json[]).map((t) => t.name));
    for (const t of ott.teams as Json[]) expect(drawn.text.replace(/\n/g, ' '), t.name).toContain(t.name.split(' ')[0]);
    expect(JSON.parse(jsonFromSvg(svg)!)).toEqual(ott);
  });

  test('PNG export at 1×, 2× and 1920×1080, Before and After, each carrying the model', { timeout: 60_000 }, async ({ app }) => {
    const { page } = app;
    await app.open();
    const one = await exportPicture(page, 'before', 'export-png');
    const two = await exportPicture(page, 'before', 'export-png-2x');
    const slide = await exportPicture(page, 'after', 'export-png-slide');
    const [w, h] = pngSize(one.bytes);
    expect(pngSize(two.bytes)).toEqual([2 * w, 2 * h]);
    expect(pngSize(slide.bytes)).toEqual([1920, 1080]);
    expect(slide.name).toMatch(/\(after ai-native q3, 1920x1080\)\.png$/);
    for (const png of [one, two, slide]) expect(JSON.parse(jsonFromPng(new Uint8Array(png.bytes))!)).toEqual(ott);
    const afterSvg = (await exportPicture(page, 'after', 'export-svg')).bytes.toString('utf8');
    expect(afterSvg).toContain('class="ff-group-frame"');
    if (SAVE) await exportPicture(page, 'before', 'export-png-slide');
  });

  test('a story step exports as the picture of what it shows (a quarter: that quarter After)', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByTestId('export-overlay-step').click();
    const step = page.getByTestId('export-step');
    const quarter = (await step.locator('option').allTextContents()).find((t) => /quarter 1$/.test(t))!;
    await step.selectOption({ label: quarter });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const svg = (await bytesOf(download)).toString('utf8');
    expect(download.suggestedFilename()).toMatch(/\(after [a-z-]+ q1\)\.svg$/);
    expect(svg).toMatch(/After: [^<]+, quarter 1 · critical path/);
  });

  test('dropping an exported PNG back on Fivefold opens the model it shows', async ({ app }) => {
    const { page } = app;
    await app.open();
    const { bytes } = await exportPicture(page, 'before', 'export-png');
    await openExample(page, HOSPITAL);
    await dropBytes(page, 'ott.png', 'image/png', bytes);
    await waitForTitle(page, ott.title);
    await expect.poll(() => teamNodes(page).count(), WAIT).toBe(ott.teams.length);
  });

  test('a picture without a model inside is refused plainly, and the open model stays', async ({ app }) => {
    const { page } = app;
    await app.open();
    await dropBytes(page, 'photo.png', 'image/png', Buffer.from('89504e470d0a1a0a0000000049454e44ae426082', 'hex'));
    await expect.poll(() => page.getByRole('dialog', { name: 'Import refused' }).textContent(), WAIT).toContain('This picture carries no Fivefold model');
    expect(await docTitle(page).innerText()).toBe(ott.title);
  });

  test('Copy picture puts a PNG on the clipboard', async ({ app }) => {
    const { page, context, baseURL } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await app.open();
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByTestId('copy-png').click();
    await expect.poll(() => page.getByTestId('notice').textContent(), WAIT).toContain('The picture is on the clipboard.');
    const png = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item.getType('image/png');
      return [...new Uint8Array(await blob.arrayBuffer()).slice(0, 8)];
    });
    expect(png).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });
});

describe('share links', () => {
  // Two browsers, four page loads: more steps than most tests, so more time on a busy machine.
  test('a copied link opens read-only in a fresh browser, and the local model there is untouched', { timeout: 90_000 }, async ({ app, browser }) => {
    const { page, context, baseURL } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await app.open();
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), WAIT).toMatch(/#model=[A-Za-z0-9_-]+$/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    console.log(`share link for OTT: ${link.length} characters (fragment ${link.length - link.indexOf('#')})`);
    expect(link.startsWith(baseURL)).toBe(true);

    // Someone else, with a model of their own.
    const other = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    try {
      const them = await other.newPage();
      await them.goto('/');
      await teamNodes(them).first().waitFor();
      await openExample(them, HOSPITAL);
      // Autosave keeps it; wait until it has.
      await expect.poll(() => them.getByTestId('save-status').innerText(), WAIT).toBe('All changes saved in this browser');
      await them.goto(link);
      const view = them.getByTestId('shared-view');
      await expect.poll(() => them.getByTestId('shared-title').innerText(), WAIT).toBe(ott.title);
      expect(new URL(them.url()).hash).toBe('');
      const shown = await them.getByTestId('shared-picture').locator('g.ff-team title').allTextContents();
      expect(shown).toEqual((ott.teams as Json[]).map((t) => t.name));
      await them.getByTestId('shared-close').click();
      await view.waitFor({ state: 'detached' });
      await waitForTitle(them, HOSPITAL.title);
      await them.reload();
      await teamNodes(them).first().waitFor();
      await waitForTitle(them, HOSPITAL.title);
      expect(await them.getByTestId('shared-view').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  test('Open as a copy opens the shared model as a model of its own: the local one stays in Models', { timeout: 90_000 }, async ({ app, browser }) => {
    const { page, baseURL } = app;
    await app.open();
    const fragment = await shareFragment(page);
    const other = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    try {
      const them = await other.newPage();
      await them.goto('/');
      await teamNodes(them).first().waitFor();
      await openExample(them, HOSPITAL);
      await them.goto(`/${fragment}`);
      await expect.poll(() => them.getByTestId('shared-title').innerText(), WAIT).toBe(ott.title);
      await them.getByTestId('shared-open-copy').click();
      // With the model library, nothing is replaced, so nothing needs asking.
      expect(await them.getByTestId('shared-replace-question').count()).toBe(0);
      await them.getByTestId('shared-view').waitFor({ state: 'detached' });
      await waitForTitle(them, ott.title);
      await them.getByRole('button', { name: 'Models', exact: true }).click();
      const list = them.getByRole('dialog', { name: 'Models in this browser' }).getByTestId('models-list');
      await expect.poll(() => list.innerText(), WAIT).toContain(HOSPITAL.title);
      expect(await list.innerText()).toContain(ott.title);
    } finally {
      await other.close();
    }
  });

  test('a damaged link says so plainly and opens nothing', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openExample(page, HOSPITAL);
    const fragment = await shareFragment(page);
    await page.goto(`/${fragment.slice(0, fragment.length - 40)}`);
    await expect.poll(() => page.getByTestId('shared-damaged').textContent(), WAIT).toContain('This share link is damaged');
    await page.getByRole('button', { name: 'Back to my model' }).click();
    await waitForTitle(page, HOSPITAL.title);
  });
});

/** The share fragment of the open model, made by the app's own Copy link. */
async function shareFragment(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByTestId('copy-link').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), WAIT).toMatch(/#model=/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  return link.slice(link.indexOf('#'));
}
