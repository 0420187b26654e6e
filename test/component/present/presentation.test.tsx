/** @vitest-environment jsdom */
// The presentation's keys are the registry's `present` commands: they move through the story, blank,
// point and step out to edit, act only while presenting, and never make an undo step.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Presentation from '../../../src/present/Presentation';
import { createAppRegistry } from '../../../src/app/registry';
import { keyLabel } from '../../../src/commands/keyLabel';
import { KeyboardShortcuts } from '../../../src/ui/KeyboardShortcuts';
import { RegistryProvider } from '../../../src/ui/registry';
import { ShortcutsSheet } from '../../../src/panels/shortcuts/ShortcutsSheet';
import { createStores, StoresProvider } from '../../../src/store/context';
import { example as exampleDoc } from '../../support/examples';

/** The example without its ranges, so nothing is sampled behind the slides. */
function renderPresenting() {
  const doc = structuredClone(exampleDoc());
  for (const s of doc.scenarios) delete s.uncertainty;
  const stores = createStores(doc);
  const registry = createAppRegistry();
  render(
    <StoresProvider stores={stores}>
      <RegistryProvider registry={registry}>
        <KeyboardShortcuts registry={registry} />
        <Presentation />
        <ShortcutsSheet />
      </RegistryProvider>
    </StoresProvider>,
  );
  return { stores, registry };
}

const press = (key: string, init: KeyboardEventInit = {}) => act(() => void fireEvent.keyDown(document.body, { key, ...init }));
const step = () => Number(screen.getByTestId('presentation').getAttribute('data-step'));
const count = () => Number(screen.getByTestId('presentation-count').textContent!.split('/')[1]);

afterEach(() => vi.useRealTimers());

describe('presenting keys', () => {
  it('are registered commands that act only while presenting', () => {
    const { stores, registry } = renderPresenting();
    const present = registry.inScope('present');
    expect(present.map((c) => c.id)).toEqual(expect.arrayContaining(['present.next', 'present.previous', 'present.first', 'present.last', 'present.typeDigit', 'present.blank', 'present.laser', 'present.presenterView', 'present.edit', 'present.leave']));
    for (const c of present) expect(registry.canRun(c.id, stores, c.id === 'present.goTo' ? { step: 1 } : c.id === 'present.typeDigit' ? { digit: '1' } : undefined), c.id).toBe(false);
    // Outside a presentation the editor keeps its keys: an arrow is not "next step".
    expect(registry.forEvent({ key: 'ArrowRight', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false })?.id).not.toBe('present.next');
  });

  it('move, jump, blank, point and edit live as before, and none touches the document or its history', () => {
    const { stores, registry } = renderPresenting();
    act(() => stores.ui.getState().select({ teams: ['qa'] }));
    const doc = stores.document.getState().doc;
    act(() => void registry.run('present.start', stores));
    expect(step()).toBe(1);
    press('ArrowRight');
    expect(step()).toBe(2);
    press(' ');
    press('PageDown');
    expect(step()).toBe(4);
    press('ArrowLeft');
    expect(step()).toBe(3);
    press('End');
    expect(step()).toBe(count());
    press('Home');
    expect(step()).toBe(1);
    press('3');
    press('Enter');
    expect(step()).toBe(3);
    vi.useFakeTimers();
    press('2');
    expect(step()).toBe(3);
    act(() => void vi.advanceTimersByTime(1000));
    expect(step()).toBe(2);
    vi.useRealTimers();

    press('b');
    expect(screen.getByTestId('presentation-blank').getAttribute('aria-label')).toBe(`Screen blanked (${keyLabel('B')} to show)`);
    press('B', { shiftKey: true });
    expect(screen.queryByTestId('presentation-blank')).toBeNull();
    press('l');
    expect(screen.getByTestId('presentation').classList.contains('has-laser')).toBe(true);
    press('l');

    press('e');
    expect(stores.ui.getState().presentation?.editing).toBe(true);
    const back = screen.getByRole('button', { name: `Back to the presentation (${keyLabel('E')})` });
    expect(back).toBeTruthy();
    press('e');
    expect(step()).toBe(2);

    expect(stores.document.getState().doc).toBe(doc);
    expect(stores.document.getState().past).toHaveLength(0);
    press('Escape');
    expect(stores.ui.getState().presentation).toBeNull();
  });

  it('the ? sheet lists the presenting keys, read from the registry', () => {
    const { stores, registry } = renderPresenting();
    act(() => void registry.run('shortcuts.show', stores));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const table = within(dialog).getByText('Presenting').closest('table')!;
    for (const c of registry.inScope('present')) {
      const row = table.querySelector(`tr[data-command="${c.id}"]`) as HTMLElement;
      expect(row, c.id).toBeTruthy();
      expect(within(row).getByText(c.label)).toBeTruthy();
      expect(within(row).queryAllByText(/./, { selector: 'kbd' }).map((k) => k.textContent)).toEqual((c.shortcuts ?? []).map(keyLabel));
    }
  });
});
