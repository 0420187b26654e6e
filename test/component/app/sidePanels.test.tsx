/** @vitest-environment jsdom */
// Collapsing the palette and the inspector: a visible button each and a registered shortcut, kept in
// UI state (never the document, never an undo step), with the palette collapsed on a narrow window.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
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

  it('on a 1280-wide window the palette starts collapsed and the inspector open; on a wide one both are open', () => {
    const { stores } = renderApp(1280);
    expect(palette()).toBeNull();
    expect(inspector()).not.toBeNull();
    expect(screen.getByTestId('toggle-palette').getAttribute('aria-expanded')).toBe('false');
    expect(isSidePanelOpen(stores, 'palette', 1280)).toBe(false);
    expect(defaultSidePanelOpen('palette', WIDE_WINDOW)).toBe(true);
    setWindowWidth(WIDE_WINDOW + 200);
    return waitFor(() => expect(palette()).not.toBeNull());
  });

  it('the buttons collapse and expand each panel; the choice is UI state, the document and its history are untouched', async () => {
    const { stores, doc } = renderApp(1280);
    fireEvent.click(screen.getByTestId('toggle-palette'));
    await waitFor(() => expect(palette()).not.toBeNull());
    expect(stores.ui.getState().sidePanels.palette).toBe(true);
    fireEvent.click(screen.getByTestId('toggle-inspector'));
    await waitFor(() => expect(inspector()).toBeNull());
    expect(screen.getByTestId('toggle-inspector').getAttribute('aria-expanded')).toBe('false');
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
    await waitFor(() => expect(palette()).not.toBeNull());
    press('P');
    await waitFor(() => expect(palette()).toBeNull());
    press('I');
    await waitFor(() => expect(inspector()).toBeNull());
    press('I');
    await waitFor(() => expect(inspector()).not.toBeNull());
  });
});
