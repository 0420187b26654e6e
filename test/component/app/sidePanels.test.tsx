/** @vitest-environment jsdom */
// Collapsing the palette and the inspector: a visible button each and a registered shortcut, kept in
// UI state (never the document, never an undo step). Below 1440 px both start collapsed (the canvas
// gets the room at 1280×720); asking to edit — Enter, a double-click, a link to a field — opens the
// inspector.
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { createAppRegistry } from '../../../src/app/registry';
import { defaultSidePanelOpen, isSidePanelOpen, WIDE_WINDOW } from '../../../src/commands/canvasCommands';
import { givenExample } from '../canvas/given';

function setWindowWidth(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  window.dispatchEvent(new Event('resize'));
}

function renderApp(width: number) {
  setWindowWidth(width);
  const stores = givenExample();
  const doc = stores.document.getState().doc;
  render(<App stores={stores} />);
  return { stores, doc };
}

const palette = () => screen.queryByRole('navigation', { name: 'Team palette' });
const inspector = () => screen.queryByRole('complementary', { name: 'Inspector' });
// A side panel's code loads the first time it is shown: on a busy machine that takes more than waitFor's default second.
const PANEL_LOADS = { timeout: 15_000 };
const press = (key: string) => fireEvent.keyDown(window, { key, shiftKey: true });

afterEach(() => {
  localStorage.clear();
  setWindowWidth(1024);
});

describe('side panels', () => {
  it('the registry takes both toggles without a key clash', () => {
    const registry = createAppRegistry();
    expect(registry.get('view.togglePalette')?.shortcuts).toEqual(['Shift+P']);
    expect(registry.get('view.toggleInspector')?.shortcuts).toEqual(['Shift+I']);
  });

  it('on a 1280-wide window both start collapsed; on a wide one both are open', () => {
    const { stores } = renderApp(1280);
    expect(palette()).toBeNull();
    expect(inspector()).toBeNull();
    expect(screen.getByTestId('toggle-palette').getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('toggle-inspector').getAttribute('aria-expanded')).toBe('false');
    expect(isSidePanelOpen(stores, 'palette', 1280)).toBe(false);
    expect(isSidePanelOpen(stores, 'inspector', 1280)).toBe(false);
    expect(defaultSidePanelOpen('palette', WIDE_WINDOW)).toBe(true);
    expect(defaultSidePanelOpen('inspector', WIDE_WINDOW)).toBe(true);
    setWindowWidth(WIDE_WINDOW + 200);
    return waitFor(
      () => {
        expect(palette()).not.toBeNull();
        expect(inspector()).not.toBeNull();
      },
      PANEL_LOADS,
    );
  });

  it('the buttons collapse and expand each panel; the choice is UI state, the document and its history are untouched', async () => {
    const { stores, doc } = renderApp(1280);
    fireEvent.click(screen.getByTestId('toggle-palette'));
    await waitFor(() => expect(palette()).not.toBeNull(), PANEL_LOADS);
    expect(stores.ui.getState().sidePanels.palette).toBe(true);
    fireEvent.click(screen.getByTestId('toggle-inspector'));
    await waitFor(() => expect(inspector()).not.toBeNull(), PANEL_LOADS);
    expect(screen.getByTestId('toggle-inspector').getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByTestId('toggle-inspector'));
    await waitFor(() => expect(inspector()).toBeNull());
    expect(stores.ui.getState().sidePanels.inspector).toBe(false);
    // Remembered across a resize: a chosen state no longer follows the width.
    setWindowWidth(WIDE_WINDOW + 200);
    expect(inspector()).toBeNull();
    expect(stores.document.getState().doc).toBe(doc);
    expect(stores.document.getState().past).toHaveLength(0);
  });

  it('Shift+P and Shift+I do the same as the buttons', async () => {
    renderApp(1280);
    press('P');
    await waitFor(() => expect(palette()).not.toBeNull(), PANEL_LOADS);
    press('P');
    await waitFor(() => expect(palette()).toBeNull());
    press('I');
    await waitFor(() => expect(inspector()).not.toBeNull(), PANEL_LOADS);
    press('I');
    await waitFor(() => expect(inspector()).toBeNull());
  });
});

describe('asking to edit opens the inspector', () => {
  const enter = (target: Element = document.body) => fireEvent.keyDown(target, { key: 'Enter' });
  const nameField = () => screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;

  it('Enter with a team selected opens it in the inspector with the cursor in its name; the document is untouched', async () => {
    const { stores, doc } = renderApp(1280);
    const team = doc.teams[3];
    act(() => stores.ui.getState().select({ teams: [team.id] }));
    enter();
    await waitFor(() => expect(inspector()).not.toBeNull(), PANEL_LOADS);
    await waitFor(() => expect(document.activeElement).toBe(nameField()));
    expect(nameField().value).toBe(team.name);
    expect(stores.ui.getState().sidePanels.inspector).toBe(true);
    expect(stores.document.getState().doc).toBe(doc);
    expect(stores.document.getState().past).toHaveLength(0);
  });

  it('Enter with a handoff selected puts the cursor in its artifact', async () => {
    const { stores, doc } = renderApp(1280);
    const handoff = doc.handoffs[2];
    act(() => stores.ui.getState().select({ handoffs: [handoff.id] }));
    enter();
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.value).toBe(handoff.artifact));
    expect(inspector()).not.toBeNull();
  });

  it('Enter with nothing selected, or on a focused button, is not an edit', async () => {
    const { stores, doc } = renderApp(1280);
    enter();
    expect(stores.ui.getState().sidePanels.inspector).toBeNull();
    act(() => stores.ui.getState().select({ teams: [doc.teams[0].id] }));
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    enter(button);
    expect(stores.ui.getState().sidePanels.inspector).toBeNull();
    expect(inspector()).toBeNull();
  });

  it('a double-click on a team opens the inspector on it', async () => {
    const { stores, doc } = renderApp(1280);
    const team = doc.teams[1];
    act(() => stores.ui.getState().select({ teams: [team.id] }));
    const node = await waitFor(() => {
      const el = document.querySelector(`.react-flow__node-team[data-id="${team.id}"]`);
      expect(el).not.toBeNull();
      return el!;
    });
    fireEvent.doubleClick(node);
    await waitFor(() => expect(inspector()).not.toBeNull(), PANEL_LOADS);
    await waitFor(() => expect(nameField().value).toBe(team.name));
  });

  it('a link to a team’s field (an explanation’s parameter) opens the inspector to show it', async () => {
    const { stores, doc } = renderApp(1280);
    act(() => stores.ui.getState().select({ teams: [doc.teams[0].id] }));
    act(() => stores.ui.getState().requestFocus('teams[0].headcount'));
    await waitFor(() => expect(inspector()).not.toBeNull(), PANEL_LOADS);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-path')).toBe('teams[0].headcount'));
  });
});
