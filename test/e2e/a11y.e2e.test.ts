// Issue 4's keyboard and accessibility promises in real Chromium: Tab reaches every team and handoff
// on the canvas with a visible focus mark, arrow keys nudge the selected team one undo step per press,
// every control has an accessible name, and `?` lists every command the registry holds.
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createAppRegistry } from '../../src/app/registry';
import { exampleJson } from './documents';
import { expect, test, UI_TIMEOUT, type App } from './harness';
import { teamNode, teamNodes } from './ui';

const ott = exampleJson();
const undoButton = (page: Page) => page.getByRole('group', { name: 'History' }).getByRole('button').first();
const undoName = (page: Page) => undoButton(page).getAttribute('aria-label');

/** What the focused element is on the canvas: a team node, a handoff edge, or something else. */
type Focused = { kind: 'team' | 'edge'; id: string } | { kind: 'other'; id: '' };

function focusedCanvasItem(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el?.classList.contains('react-flow__node-team')) return { kind: 'team', id: (el as HTMLElement).dataset.id ?? '' };
    if (el?.classList.contains('react-flow__edge')) return { kind: 'edge', id: el.getAttribute('data-id') ?? '' };
    return { kind: 'other', id: '' };
  }) as Promise<Focused>;
}

/** The styles that can mark focus on a canvas item: on the item, its card (team) and its path (edge). */
interface FocusStyle {
  outline: string;
  boxShadow: string;
  cardOutline: string;
  cardShadow: string;
  stroke: string;
  strokeWidth: number;
}

function focusStyle(item: Locator): Promise<FocusStyle> {
  return item.evaluate((el) => {
    const own = getComputedStyle(el);
    const card = el.querySelector('.team-node');
    const path = el.querySelector('.react-flow__edge-path');
    const cs = card ? getComputedStyle(card) : null;
    const ps = path ? getComputedStyle(path) : null;
    const outline = (s: CSSStyleDeclaration | null) => (s && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none');
    return {
      outline: outline(own),
      boxShadow: own.boxShadow,
      cardOutline: outline(cs),
      cardShadow: cs?.boxShadow ?? 'none',
      stroke: ps?.stroke ?? 'none',
      strokeWidth: ps ? parseFloat(ps.strokeWidth) : 0,
    };
  });
}

/**
 * Whether focus visibly marks the item compared with how it looks unfocused: an outline or a new
 * shadow on a team (or its card); on a handoff, an outline or a path drawn clearly thicker or in
 * another colour (SVG has no box to outline).
 */
function focusIsVisible(kind: 'team' | 'edge', now: FocusStyle, unfocused: FocusStyle): boolean {
  const outlined = now.outline !== 'none' || now.cardOutline !== 'none';
  const shadowed = (now.boxShadow !== 'none' && now.boxShadow !== unfocused.boxShadow) || now.cardShadow !== unfocused.cardShadow;
  if (kind === 'team') return outlined || shadowed;
  return outlined || now.strokeWidth >= unfocused.strokeWidth + 1;
}

const canvasItem = (page: Page, f: Focused) =>
  f.kind === 'team' ? page.locator(`.react-flow__node-team[data-id="${f.id}"]`) : page.locator(`.react-flow__edge[data-id="${f.id}"]`);

describe('keyboard on the canvas', () => {
  test('Tab reaches every team and every handoff, and each one shows that it has focus', async ({ app }) => {
    const { page } = app;
    await app.open();
    const teamIds: string[] = await teamNodes(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id ?? ''));
    const edgeIds: string[] = await page.locator('.react-flow__edge').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    expect(teamIds).toHaveLength(ott.teams.length);
    expect(edgeIds).toHaveLength(ott.handoffs.length);
    // How each item looks with nothing focused, to tell a focus mark from the item's own styling.
    const unfocused = new Map<string, FocusStyle>();
    for (const id of teamIds) unfocused.set(`team:${id}`, await focusStyle(canvasItem(page, { kind: 'team', id })));
    for (const id of edgeIds) unfocused.set(`edge:${id}`, await focusStyle(canvasItem(page, { kind: 'edge', id })));

    const reached = { team: new Set<string>(), edge: new Set<string>() };
    const invisible: string[] = [];
    const limit = 40 + teamIds.length + edgeIds.length;
    for (let press = 0; press < limit && reached.team.size + reached.edge.size < teamIds.length + edgeIds.length; press++) {
      await page.keyboard.press('Tab');
      const focused = await focusedCanvasItem(page);
      if (focused.kind === 'other') continue;
      reached[focused.kind].add(focused.id);
      const before = unfocused.get(`${focused.kind}:${focused.id}`)!;
      const item = canvasItem(page, focused);
      // Styles may ease in; wait for the mark rather than sampling mid-transition.
      const shown = await expect
        .poll(async () => focusIsVisible(focused.kind, await focusStyle(item), before), { timeout: UI_TIMEOUT })
        .toBe(true)
        .then(() => true, () => false);
      if (!shown) invisible.push(`${focused.kind} ${focused.id}: ${JSON.stringify(await focusStyle(item))}`);
    }
    expect([...reached.team].sort()).toEqual([...teamIds].sort());
    expect([...reached.edge].sort()).toEqual([...edgeIds].sort());
    expect(invisible, 'focused canvas items without a visible focus mark').toEqual([]);
  });

  test('arrow keys nudge the selected team, one undo step per press', async ({ app }) => {
    const { page } = app;
    await app.open();
    const qa = teamNode(page, ott.teams.find((t: { id: string }) => t.id === 'qa').name);
    await qa.click();
    await expect.poll(() => qa.evaluate((el) => el.classList.contains('selected'))).toBe(true);
    const place = () => qa.evaluate((el) => (el as HTMLElement).style.transform);
    const start = await place();

    await page.keyboard.press('ArrowRight');
    await expect.poll(place).not.toBe(start);
    const afterOne = await place();
    expect(await undoName(page)).toBe('Undo Move team');
    await page.keyboard.press('ArrowRight');
    await expect.poll(place).not.toBe(afterOne);
    expect(xOf(await place())).toBeGreaterThan(xOf(afterOne));
    expect(xOf(afterOne)).toBeGreaterThan(xOf(start));

    await page.keyboard.press('Control+Z');
    await expect.poll(place).toBe(afterOne);
    await page.keyboard.press('Control+Z');
    await expect.poll(place).toBe(start);
    expect(await undoName(page)).toBe('Nothing to undo');
  });
});

describe('arrow keys in controls', () => {
  test('an arrow key on a focused slider moves the slider, not the selected team', async ({ app }) => {
    const { page } = app;
    await app.open();
    const qa = teamNode(page, ott.teams.find((t: { id: string }) => t.id === 'qa').name);
    await qa.click();
    await expect.poll(() => qa.evaluate((el) => el.classList.contains('selected'))).toBe(true);
    const place = await qa.evaluate((el) => (el as HTMLElement).style.transform);
    const slider = page.getByRole('slider', { name: 'Quarter' });
    await slider.focus();
    const quarter = Number(await slider.inputValue());
    const [min, max] = await slider.evaluate((el) => [Number((el as HTMLInputElement).min), Number((el as HTMLInputElement).max)]);
    expect(max).toBeGreaterThan(min);
    // Step towards the other end, whichever end the slider starts at.
    const towards = quarter > min ? 'ArrowLeft' : 'ArrowRight';

    await page.keyboard.press(towards);
    await expect.poll(async () => Number(await slider.inputValue())).toBe(quarter + (towards === 'ArrowLeft' ? -1 : 1));
    expect(await qa.evaluate((el) => (el as HTMLElement).style.transform)).toBe(place);
    expect(await undoName(page)).toBe('Nothing to undo');
  });
});

function xOf(transform: string): number {
  const match = /translate\((-?[\d.]+)px/.exec(transform);
  if (!match) throw new Error(`unexpected node transform "${transform}"`);
  return Number(match[1]);
}

const CONTROLS = 'button, input, select, textarea, a[href], [role=button]';

/**
 * Every control the accessibility tree exposes now, as "role name" lines; those without a name are
 * returned as a description a person can find (tag, id, class, text). Controls outside the tree
 * (closed drawers, collapsed sections) are skipped here and checked in the states that show them.
 */
async function auditNames(page: Page | Locator, state: string): Promise<{ checked: number; unnamed: string[] }> {
  // A panel whose code or answer arrives late replaces its controls while they are read; the nth
  // control then no longer exists and its snapshot times out. The audit starts over on the new ones.
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditControls(page, state);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error && error.name === 'TimeoutError')) throw error;
    }
  }
}

async function auditControls(page: Page | Locator, state: string): Promise<{ checked: number; unnamed: string[] }> {
  const controls = page.locator(CONTROLS);
  const unnamed: string[] = [];
  let checked = 0;
  const count = await controls.count();
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const line = (await control.ariaSnapshot({ timeout: UI_TIMEOUT })).split('\n')[0];
    if (!line) continue;
    checked++;
    // `- button "New"`; YAML quotes the whole entry when the name holds a colon: `- 'menuitem "A: b"'`.
    if (/^- '?[\w-]+ "/.test(line)) continue;
    const where = await control.evaluate((el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''} class="${el.getAttribute('class') ?? ''}"> ${(el.textContent ?? '').trim().slice(0, 40)}`);
    unnamed.push(`[${state}] ${line} ${where}`);
  }
  return { checked, unnamed };
}

/** Waits until the results dock has its panel's code and answer: no loading line, nothing busy. */
async function settled(page: Page): Promise<void> {
  const panel = page.getByRole('tabpanel');
  await expect.poll(() => panel.locator('[aria-busy="true"], .chart-loading').count(), { timeout: UI_TIMEOUT }).toBe(0);
  await expect.poll(() => panel.getByText(/^(Loading|Comparing)\b.*…$/).count(), { timeout: UI_TIMEOUT }).toBe(0);
}

/** Expands the inspector if it is collapsed (at 1280 px wide the side panels take turns). */
async function showInspector(page: Page): Promise<void> {
  const show = page.getByRole('button', { name: /^Show the inspector/ });
  if (await show.isVisible()) await show.click();
  await page.getByRole('complementary', { name: 'Inspector' }).waitFor();
}

/** Opens every collapsed <details> on the page by clicking its summary, as a person would. */
async function openAllDetails(page: Page): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const closed = page.locator('details:not([open]) > summary');
    const n = await closed.count();
    if (n === 0) return;
    for (let i = n - 1; i >= 0; i--) {
      const summary = closed.nth(i);
      if (await summary.isVisible()) await summary.click();
    }
  }
}

/**
 * The audit of one walk: each walk starts from a fresh page, so a loaded machine meets several short
 * tests instead of one long one, and a failure names the walk it happened in.
 */
async function walk(app: App, steps: (audit: (state: string, within?: Locator) => Promise<void>) => Promise<void>): Promise<{ checked: number; unnamed: string[] }> {
  await app.open();
  const unnamed: string[] = [];
  let checked = 0;
  await steps(async (state, within) => {
    const result = await auditNames(within ?? app.page, state);
    unnamed.push(...result.unnamed);
    checked += result.checked;
  });
  return { checked, unnamed: [...new Set(unnamed)] };
}

describe('accessible names: every button, field, list and link has one, in every panel a person can open', () => {
  test('the model inspector and the palette', async ({ app }) => {
    const { page } = app;
    const { checked, unnamed } = await walk(app, async (audit) => {
      await openAllDetails(page);
      await audit('model inspector');
      await page.keyboard.press('Shift+P');
      await page.getByRole('button', { name: /^Add .+ to / }).first().waitFor();
      await openAllDetails(page);
      await audit('palette');
    });
    expect(checked, 'controls checked').toBeGreaterThan(20);
    expect(unnamed, 'controls without an accessible name').toEqual([]);
  });

  test('the team and handoff inspectors', async ({ app }) => {
    const { page } = app;
    const { checked, unnamed } = await walk(app, async (audit) => {
      await teamNode(page, ott.teams[0].name).click();
      await showInspector(page);
      await page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: 'Team' }).waitFor();
      await openAllDetails(page);
      await audit('team inspector');

      const handoff = page.locator(`.react-flow__edge[data-id="${ott.handoffs[0].id}"]`);
      await handoff.focus();
      await page.keyboard.press('Enter');
      await showInspector(page);
      await page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: /handoff/i }).waitFor();
      await openAllDetails(page);
      await audit('handoff inspector');
    });
    expect(checked, 'controls checked').toBeGreaterThan(20);
    expect(unnamed, 'controls without an accessible name').toEqual([]);
  });

  test('After, with each of its drawers', async ({ app }) => {
    const { page } = app;
    const { checked, unnamed } = await walk(app, async (audit) => {
      await page.getByRole('button', { name: 'After', exact: true }).click();
      // Each drawer is opened, checked and closed again by its own button (they cover the results tabs).
      for (const drawer of ['Levers', 'Assumptions']) {
        const toggle = page.getByRole('button', { name: drawer, exact: true });
        await toggle.click();
        await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
        await openAllDetails(page);
        await audit(`After with ${drawer}`);
        await toggle.click();
        await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      }
    });
    expect(checked, 'controls checked').toBeGreaterThan(20);
    expect(unnamed, 'controls without an accessible name').toEqual([]);
  });

  test('the results tabs, the Examples menu and the Models view', async ({ app }) => {
    const { page } = app;
    const { checked, unnamed } = await walk(app, async (audit) => {
      await page.getByRole('button', { name: 'After', exact: true }).click();
      for (const tab of ['Results', 'Sensitivity', 'Compare']) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await settled(page);
        await openAllDetails(page);
        await audit(`${tab} tab`);
      }
      await page.getByRole('button', { name: 'Examples', exact: true }).click();
      await audit('examples menu');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Models', exact: true }).click();
      // A modal dialog: the page behind it is inert, so only the dialog is audited.
      const models = page.getByRole('dialog', { name: 'Models in this browser' });
      await models.getByTestId('versions-list').getByRole('listitem').first().waitFor();
      await audit('Models view', models);
    });
    expect(checked, 'controls checked').toBeGreaterThan(20);
    expect(unnamed, 'controls without an accessible name').toEqual([]);
  });
});

describe('the shortcuts sheet', () => {
  test('? lists every registered command with its keys', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const commands = createAppRegistry().all();
    expect(commands.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const command of commands) {
      const row = sheet.locator(`tr[data-command="${command.id}"]`);
      if ((await row.count()) !== 1) {
        missing.push(`${command.id}: no row`);
        continue;
      }
      const label = await row.getByRole('cell').first().innerText();
      const keys = await row.locator('kbd').count();
      if (label !== command.label) missing.push(`${command.id}: says "${label}", not "${command.label}"`);
      if (keys !== (command.shortcuts?.length ?? 0)) missing.push(`${command.id}: ${keys} keys shown, ${command.shortcuts?.length ?? 0} bound`);
    }
    expect(missing).toEqual([]);
    expect(await sheet.locator('tr[data-command]').count()).toBe(commands.length);
  });
});
