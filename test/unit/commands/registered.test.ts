import { describe, expect, it, vi } from 'vitest';
import { given } from '../../support/given';
import { example } from '../../support/examples';
import { createAppRegistry } from '../../../src/app/registry';
import { keyLabel, withKey } from '../../../src/commands/keyLabel';
import { TEAM_H, TEAM_W } from '../../../src/geometry/geometry';
import { framesFor } from '../../../src/geometry/layout';
import { toCanvas } from '../../../src/geometry/geometry';

describe('canvas edits are registered commands', () => {
  it('team.move: a drop moves the team into the lane under it as one undo step', () => {
    const ed = given();
    const qa = ed.doc().teams.find((t) => t.id === 'qa')!;
    const frames = framesFor(ed.doc());
    const strategy = toCanvas('strategy', { x: 0, y: 0 }, frames);
    const step = ed.when('team.move', { moves: [{ id: 'qa', topLeft: { x: strategy.x + TEAM_W, y: strategy.y + TEAM_H / 4 } }] });
    expect(step.ran).toBe(true);
    expect(qa.layer).not.toBe('strategy');
    expect(ed.doc().teams.find((t) => t.id === 'qa')!.layer).toBe('strategy');
    expect(step.label).toBe('Move team');
    step.undoesAndRedoes();
  });

  it('handoff.connect adds a work handoff and selects it; reconnect moves its end; both undo', () => {
    const ed = given();
    const connect = ed.when('handoff.connect', { from: 'qa', to: 'care' });
    expect(connect.label).toBe('Connect handoff');
    const added = ed.doc().handoffs.at(-1)!;
    expect(added).toMatchObject({ from: 'qa', to: 'care', kind: 'work' });
    expect(ed.selection().handoffs).toEqual([added.id]);
    connect.undoesAndRedoes();

    const reconnect = ed.when('handoff.reconnect', { id: added.id, from: 'qa', to: 'revops' });
    expect(reconnect.label).toBe('Reconnect handoff');
    expect(ed.doc().handoffs.find((h) => h.id === added.id)).toMatchObject({ from: 'qa', to: 'revops' });
    reconnect.undoesAndRedoes();
  });

  it('handoff.connect refuses a team handing off to itself and changes nothing', () => {
    const ed = given();
    ed.when('handoff.connect', { from: 'qa', to: 'qa' }).changedNothing();
    expect(ed.stores.ui.getState().notice?.text).toMatch(/cannot hand off to itself/);
  });
});

describe('view commands: Before/After, the quarter, the overview map', () => {
  it('Shift+A shows After and Shift+B Before; neither touches the document', () => {
    const ed = given();
    expect(ed.registry.get('view.after')?.shortcuts).toEqual(['Shift+A']);
    expect(ed.registry.get('view.before')?.shortcuts).toEqual(['Shift+B']);
    expect(ed.registry.canRun('view.before', ed.stores)).toBe(false);
    ed.when('view.after').changedNothing();
    expect(ed.stores.ui.getState().overlay).toBe('after');
    ed.when('view.before').changedNothing();
    expect(ed.stores.ui.getState().overlay).toBe('before');
  });

  it('[ and ] step the quarter within the chosen scenario, starting from its last', () => {
    const ed = given();
    const last = ed.doc().scenarios.at(-1)!.adoption.length - 1;
    expect(ed.registry.canRun('quarter.next', ed.stores)).toBe(false);
    expect(ed.run('quarter.previous')).toBe(true);
    expect(ed.stores.ui.getState().quarter).toBe(last - 1);
    expect(ed.run('quarter.next')).toBe(true);
    expect(ed.stores.ui.getState().quarter).toBe(last);
    ed.when('quarter.set', { quarter: 0 }).changedNothing();
    expect(ed.run('quarter.previous')).toBe(false);
    expect(ed.stores.ui.getState().quarter).toBe(0);
  });

  it('view.minimap keeps the choice in UI state', () => {
    const ed = given();
    expect(ed.stores.ui.getState().minimap).toBeNull();
    ed.when('view.minimap', { shown: true }).changedNothing();
    expect(ed.stores.ui.getState().minimap).toBe(true);
  });
});

describe('file commands', () => {
  // Opening reads the text with the codec, which loads on first use: the outcome comes when it has.
  it('file.open opens a valid text as the model and tells the outcome; a refused text changes nothing', async () => {
    const ed = given(example(), createAppRegistry());
    const outcomes: boolean[] = [];
    ed.run('file.open', { fileName: 'bank.fivefold.json', text: JSON.stringify(example('sme-lending-bank')), onOutcome: (o) => outcomes.push(o.ok) });
    await vi.waitFor(() => expect(outcomes).toEqual([true]), { timeout: 20_000 });
    expect(ed.doc().title).toBe(example('sme-lending-bank').title);
    const refused = ed.when('file.open', { fileName: 'bad.json', text: '{', onOutcome: (o) => outcomes.push(o.ok) });
    await vi.waitFor(() => expect(outcomes).toEqual([true, false]), { timeout: 20_000 });
    refused.changedNothing();
  });
});

describe('ids and keys come from the registry', () => {
  it('a misspelt id fails the type check (and does nothing at run time)', () => {
    const ed = given();
    // @ts-expect-error 'histroy.undo' is not a command id
    expect(ed.registry.run('histroy.undo', ed.stores)).toBe(false);
  });

  it('tooltips name the key the registry binds, written for this keyboard', () => {
    const registry = createAppRegistry();
    expect(keyLabel('Shift+Mod+Z')).toBe('Ctrl+Shift+Z');
    expect(withKey(registry, 'history.redo', 'Redo')).toBe('Redo (Ctrl+Shift+Z)');
    expect(withKey(registry, 'view.fit', 'Fit')).toBe('Fit (Shift+F)');
    expect(withKey(registry, 'layout.auto', 'Auto-layout')).toBe('Auto-layout');
  });

  it('every command of the app registry has a label and a group for the shortcuts sheet', () => {
    for (const c of createAppRegistry().all()) expect([c.id, c.label.length > 0, !!c.group]).toEqual([c.id, true, true]);
  });
});
