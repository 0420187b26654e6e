/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ShortcutsSheet, keyLabel } from '../../../src/panels/shortcuts/ShortcutsSheet';
import { KeyboardShortcuts } from '../../../src/ui/KeyboardShortcuts';
import { ownsArrowKeys } from '../../../src/ui/useShortcuts';
import { createRegistry } from '../../../src/commands';
import { RegistryProvider } from '../../../src/ui/registry';
import { createStores, StoresProvider } from '../../../src/store/context';
import { example as exampleDoc } from '../../support/examples';

function renderEditor() {
  const stores = createStores(exampleDoc());
  const registry = createRegistry();
  render(
    <StoresProvider stores={stores}>
      <RegistryProvider registry={registry}>
        <KeyboardShortcuts registry={registry} />
        <input aria-label="A text field" />
        <button type="button">A button</button>
        <ShortcutsSheet />
      </RegistryProvider>
    </StoresProvider>,
  );
  return { stores, registry, doc: () => stores.document.getState().doc };
}

describe('the ? sheet', () => {
  it('given ?, then a dialog lists every registered command with its keys', () => {
    const { registry } = renderEditor();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const c of registry.all()) {
      const row = dialog.querySelector(`tr[data-command="${c.id}"]`) as HTMLElement;
      expect(row, c.id).toBeTruthy();
      expect(within(row).getByText(c.label)).toBeTruthy();
      for (const k of c.shortcuts ?? []) expect(within(row).getByText(keyLabel(k))).toBeTruthy();
    }
  });

  it('closes with its Close button', () => {
    renderEditor();
    fireEvent.keyDown(document.body, { key: '?' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('useShortcuts', () => {
  it('given a selected team, when Delete is pressed on the page, then it is deleted, and Ctrl+Z brings it back', () => {
    const { stores, doc } = renderEditor();
    act(() => stores.ui.getState().select({ teams: ['qa'] }));
    fireEvent.keyDown(document.body, { key: 'Delete' });
    expect(doc().teams.some((t) => t.id === 'qa')).toBe(false);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(doc().teams.some((t) => t.id === 'qa')).toBe(true);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(doc().teams.some((t) => t.id === 'qa')).toBe(false);
  });

  it('given typing in a text field, then Backspace stays with the field', () => {
    const { stores, doc } = renderEditor();
    act(() => stores.ui.getState().select({ teams: ['qa'] }));
    fireEvent.keyDown(screen.getByLabelText('A text field'), { key: 'Backspace' });
    expect(doc().teams.some((t) => t.id === 'qa')).toBe(true);
  });

  it('given focus on a button, then shortcuts still work', () => {
    const { stores } = renderEditor();
    fireEvent.keyDown(screen.getByRole('button', { name: 'A button' }), { key: 'a', ctrlKey: true });
    expect(stores.ui.getState().selection.teams).toHaveLength(10);
  });

  it('given a selected team and focus on a range slider, then arrow keys move the slider, not the team', () => {
    const { stores, doc } = renderEditor();
    act(() => stores.ui.getState().select({ teams: ['qa'] }));
    const before = doc();
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.setAttribute('aria-label', 'Quarter');
    document.body.append(slider);
    const event = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true });
    slider.dispatchEvent(event);
    expect(doc()).toBe(before);
    expect(event.defaultPrevented).toBe(false);
    slider.remove();
  });

  it('ownsArrowKeys: sliders, radios, tab lists and menus keep their arrows; buttons and the page do not', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      document.body.append(host);
      return host.querySelector('[data-probe]')!;
    };
    expect(ownsArrowKeys(make('<input data-probe type="range">'))).toBe(true);
    expect(ownsArrowKeys(make('<input data-probe type="radio">'))).toBe(true);
    expect(ownsArrowKeys(make('<div role="tablist"><button data-probe role="tab">A</button></div>'))).toBe(true);
    expect(ownsArrowKeys(make('<div role="menu"><button data-probe role="menuitem">A</button></div>'))).toBe(true);
    expect(ownsArrowKeys(make('<button data-probe>Plain</button>'))).toBe(false);
    expect(ownsArrowKeys(document.body)).toBe(false);
    expect(ownsArrowKeys(null)).toBe(false);
  });

  it('given arrows with nothing selected, then the browser keeps the key (the page may scroll)', () => {
    renderEditor();
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
