/** @vitest-environment jsdom */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { moveTeams } from '../../../src/commands/canvasCommands';
import { fileNameFor, parseText, problemLine, serialize } from '../../../src/model';
import { docOf, givenExample } from '../canvas/given';
import { loadCodec } from '../../../src/io/codecLoader';
import { createAppRegistry } from '../../../src/app/registry';
import { keyLabel, scopeKeys } from '../../../src/commands/keyLabel';

const exampleText = readFileSync('examples/ott-churn.fivefold.json', 'utf8');

function renderApp() {
  const stores = givenExample();
  const view = render(<App stores={stores} />);
  return { stores, view, user: userEvent.setup() };
}

// The page loads the codec (parser, exporter) at a person's first input (main.tsx); these tests
// render the shell without main.tsx, so they load it up front as that input would.
beforeAll(() => loadCodec(), 30_000);

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('import', () => {
  it('refuses an invalid file with every problem listed, and leaves the model exactly as it was', async () => {
    const { stores, user } = renderApp();
    moveTeams(stores, [{ id: 'qa', topLeft: { x: 900, y: 20 } }]);
    const before = stores.document.getState();
    const broken = JSON.parse(exampleText);
    broken.teams[0].headcount = 0;
    broken.handoffs[1].to = 'nobody';
    broken.teams[2].mix.routine = 0.9;
    const text = JSON.stringify(broken);
    const expected = (parseText(text) as { ok: false; errors: { path: string; message: string }[] }).errors.map(problemLine);
    expect(expected.length).toBeGreaterThanOrEqual(3);

    await user.upload(screen.getByTestId('import-input'), new File([text], 'broken.fivefold.json', { type: 'application/json' }));

    const dialog = await screen.findByRole('dialog', {}, { timeout: 15000 });
    expect(within(dialog).getByRole('heading', { name: 'Import refused' })).toBeTruthy();
    expect(dialog.textContent).toContain('broken.fivefold.json');
    const items = within(screen.getByTestId('import-problems')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(expected);
    expect(within(dialog).getByRole('button', { name: 'Copy problems' })).toBeTruthy();

    const after = stores.document.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.past).toBe(before.past);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The refusal dialog's code loads on first use: on a busy machine the whole walk can take 20 s.
  }, 60_000);

  it('refuses a file that is not JSON in one sentence', async () => {
    const { stores, user } = renderApp();
    const before = docOf(stores);
    await user.upload(screen.getByTestId('import-input'), new File(['{ "format": '], 'half.json'));
    const list = await screen.findByTestId('import-problems');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(docOf(stores)).toBe(before);
  });

  it('loads a valid file, shows its warnings; without a library the model it replaced is one Undo away', async () => {
    const { stores, user } = renderApp();
    moveTeams(stores, [{ id: 'qa', topLeft: { x: 900, y: 20 } }]);
    const file = JSON.parse(exampleText);
    file.title = 'Imported plan';
    file.colour = 'teal';
    await user.upload(screen.getByTestId('import-input'), new File([JSON.stringify(file)], 'plan.fivefold.json'));

    await waitFor(() => expect(screen.getByTestId('doc-title').textContent).toBe('Imported plan'));
    expect(screen.getByTestId('notice').textContent).toContain('colour');
    expect(stores.document.getState().past.map((p) => p.label)).toEqual(['Move team', 'Open "plan.fivefold.json"']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('toolbar', () => {
  it('names what undo and redo will do', async () => {
    const { stores, user } = renderApp();
    expect(screen.getByRole('button', { name: 'Nothing to undo' })).toHaveProperty('disabled', true);
    moveTeams(stores, [{ id: 'qa', topLeft: { x: 900, y: 20 } }]);
    const undo = await screen.findByRole('button', { name: 'Undo Move team' });
    await user.click(undo);
    expect(await screen.findByRole('button', { name: 'Redo Move team' })).toBeTruthy();
  });

  it('given a team added and selected, when the toolbar undoes it, then the selection lets go of it (as Ctrl+Z does)', async () => {
    const { stores, user } = renderApp();
    act(() => {
      stores.document.getState().commit('Add team', (d) => {
        d.teams.push({ ...d.teams[0], id: 'extra', name: 'Extra', position: undefined });
      });
      stores.ui.getState().select({ teams: ['extra'], handoffs: [] });
    });
    await user.click(await screen.findByRole('button', { name: 'Undo Add team' }));
    expect(stores.document.getState().doc.teams.some((t) => t.id === 'extra')).toBe(false);
    expect(stores.ui.getState().selection.teams).toEqual([]);
  });

  it('exports the document as <title>.fivefold.json with serialize(doc)', async () => {
    const { stores, user } = renderApp();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:fivefold')) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe(fileNameFor(docOf(stores)));
    expect(await blobs[0].text()).toBe(serialize(docOf(stores)));
  });

  it('lists every example by title and opens the one chosen', async () => {
    const { stores, user } = renderApp();
    const files = readdirSync('examples').filter((f) => f.endsWith('.fivefold.json'));
    const titles = files.map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')).title as string);
    await user.click(screen.getByRole('button', { name: /Examples/ }));
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')).toHaveLength(files.length));
    expect(within(menu).getAllByRole('menuitem').map((m) => m.textContent).sort()).toEqual([...titles].sort());

    const last = titles[titles.length - 1];
    await user.click(within(menu).getByRole('menuitem', { name: last }));
    await waitFor(() => expect(docOf(stores).title).toBe(last));
  });
});

describe('one screen', () => {
  it('shows the headline figures once, in the results dock, and the model’s size in the toolbar', () => {
    const { stores } = renderApp();
    const doc = docOf(stores);
    for (const id of ['figure-people', 'figure-handoffs', 'figure-lead-time', 'scenario-figures']) expect(screen.getAllByTestId(id), id).toHaveLength(1);
    const dock = screen.getByRole('region', { name: 'Results' });
    expect(within(dock).getByTestId('figure-people')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Scenario and timeline' })).queryByTestId('figure-people')).toBeNull();
    expect(screen.getByTestId('doc-summary').textContent).toBe(`${doc.teams.length} teams · ${doc.handoffs.length} handoffs`);
  });

  it('every toolbar button has a name and a tooltip, icons or not', () => {
    renderApp();
    const toolbar = screen.getByRole('banner');
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.length).toBeGreaterThanOrEqual(8);
    for (const b of buttons) {
      expect(b.getAttribute('aria-label') || b.textContent?.trim(), b.outerHTML).toBeTruthy();
      expect(b.title || b.getAttribute('aria-haspopup'), b.outerHTML).toBeTruthy();
    }
  });

  it('the Present button’s tooltip names the presenting keys the registry holds, each command’s first key', () => {
    renderApp();
    const registry = createAppRegistry();
    const title = screen.getByRole('button', { name: 'Present' }).title;
    expect(title).toBe(`Present the story full screen (${keyLabel('F5')}). Then: ${scopeKeys(registry, 'present')}`);
    for (const c of registry.inScope('present')) if (c.shortcuts?.length && c.id !== 'present.typeDigit') expect(title, c.id).toContain(`${keyLabel(c.shortcuts[0])} ${c.label.toLowerCase()}`);
    expect(title).toContain('0–9 type a step number');
  });

  it('the overview map button flips the map (hidden by default on a narrow window), as UI state only', async () => {
    const { stores, user } = renderApp();
    const app = document.querySelector('.app')!;
    const map = screen.getByRole('button', { name: 'Overview map' });
    const shown = map.getAttribute('aria-pressed') === 'true';
    expect(shown).toBe(window.innerWidth >= 1440);
    expect(app.getAttribute('data-minimap')).toBe(shown ? 'shown' : 'hidden');
    await user.click(map);
    expect(map.getAttribute('aria-pressed')).toBe(String(!shown));
    expect(app.getAttribute('data-minimap')).toBe(shown ? 'hidden' : 'shown');
    expect(stores.document.getState().past).toHaveLength(0);
  });

  it('a notice shows in the live region and can be dismissed; with none the region stays, empty', async () => {
    const { stores, user } = renderApp();
    expect(screen.getByTestId('notice').getAttribute('role')).toBe('status');
    expect(screen.getByTestId('notice').textContent).toBe('');
    act(() => stores.ui.getState().notify('warning', 'A team cannot hand off to itself.'));
    expect(screen.getByTestId('notice').textContent).toBe('A team cannot hand off to itself.');
    await user.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.getByTestId('notice').textContent).toBe('');
    expect(stores.ui.getState().notice).toBeNull();
  });
});
