import { describe, expect, it } from 'vitest';
import { DocumentSchema, presetScenarios } from '../../../src/model';
import { given } from '../../support/given';

const scenarioOf = (ed: ReturnType<typeof given>, id: string) => ed.doc().scenarios.find((s) => s.id === id);

describe('scenario.setLever', () => {
  it('given AI-native, when adoption in quarter 1 is set, then one undo step changes only that value; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    const was = scenarioOf(ed, 'ai-native')!.adoption;
    ed.run('scenario.setLever', { scenario: 'ai-native', lever: { lever: 'adoption', quarter: 1 }, value: 0.42 });
    expect(scenarioOf(ed, 'ai-native')!.adoption).toEqual([was[0], 0.42, was[2], was[3]]);
    expect(ed.stores.document.getState().past).toHaveLength(1);
    expect(ed.undoLabel()).toBe('Change adoption in quarter 1 of AI-native');
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(scenarioOf(ed, 'ai-native')!.adoption[1]).toBe(0.42);
  });

  it('given a slider drag, when it previews many values and commits once, then there is exactly one undo step back to the start', () => {
    const ed = given();
    const before = ed.doc();
    for (const v of [0.5, 0.4, 0.3]) ed.run('scenario.setLever', { scenario: 'cautious', lever: { lever: 'sigmaFirst' }, value: v, preview: true });
    expect(scenarioOf(ed, 'cautious')!.sigmaFirst).toBe(0.3);
    expect(ed.stores.document.getState().past).toHaveLength(0);
    ed.run('scenario.setLever', { scenario: 'cautious', lever: { lever: 'sigmaFirst' }, value: 0.3 });
    expect(ed.stores.document.getState().past).toHaveLength(1);
    ed.undo();
    expect(ed.doc()).toBe(before);
  });

  it('clamps a potential to its cap, shares to [0, 1] and integer levers to whole numbers within bounds', () => {
    const ed = given();
    const cap = scenarioOf(ed, 'cautious')!.cap.decide;
    ed.run('scenario.setLever', { scenario: 'cautious', lever: { lever: 'potential', kind: 'decide' }, value: cap + 0.2 });
    expect(scenarioOf(ed, 'cautious')!.potential.decide).toBe(cap);
    ed.run('scenario.setLever', { scenario: 'cautious', lever: { lever: 'adoption', quarter: 0 }, value: -3 });
    expect(scenarioOf(ed, 'cautious')!.adoption[0]).toBe(0);
    ed.run('scenario.setLever', { scenario: 'cautious', lever: { lever: 'maxDomains' }, value: 2.6 });
    expect(scenarioOf(ed, 'cautious')!.maxDomains).toBe(3);
    ed.run('scenario.setLever', { scenario: 'cautious', lever: { lever: 'minHumans' }, value: 0 });
    expect(scenarioOf(ed, 'cautious')!.minHumans).toBe(1);
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
  });

  it('refuses a quarter the scenario does not have and a scenario that does not exist', () => {
    const ed = given();
    expect(ed.run('scenario.setLever', { scenario: 'ai-native', lever: { lever: 'adoption', quarter: 9 }, value: 0.5 })).toBe(false);
    expect(ed.run('scenario.setLever', { scenario: 'nope', lever: { lever: 'sigmaFirst' }, value: 0.5 })).toBe(false);
    expect(ed.stores.document.getState().past).toHaveLength(0);
  });
});

describe('scenario.applyPreset', () => {
  it('given AI-native, when reset to Cautious, then it takes every value of Cautious but keeps its id and name; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    ed.run('scenario.applyPreset', { scenario: 'ai-native', preset: 'cautious' });
    const cautious = presetScenarios().find((p) => p.id === 'cautious')!;
    expect(scenarioOf(ed, 'ai-native')).toEqual({ ...cautious, id: 'ai-native', name: 'AI-native' });
    expect(ed.undoLabel()).toBe('Reset AI-native to Cautious');
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(scenarioOf(ed, 'ai-native')!.adoption).toEqual(cautious.adoption);
  });
});

describe('scenario.add, scenario.duplicate', () => {
  it('adds a valid scenario with a new id, chooses it; undo removes it', () => {
    const ed = given();
    const n = ed.doc().scenarios.length;
    ed.run('scenario.add', { name: 'Board ask' });
    expect(ed.doc().scenarios).toHaveLength(n + 1);
    const added = ed.doc().scenarios.at(-1)!;
    expect(added.name).toBe('Board ask');
    expect(added.id).toBe('board-ask');
    expect(ed.stores.ui.getState().scenarioId).toBe('board-ask');
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    ed.undo();
    expect(ed.doc().scenarios).toHaveLength(n);
    ed.redo();
    expect(ed.doc().scenarios.at(-1)!.id).toBe('board-ask');
  });

  it('never takes the id "baseline", even when asked for a scenario named Baseline', () => {
    const ed = given();
    ed.run('scenario.add', { name: 'Baseline' });
    const ids = ed.doc().scenarios.map((s) => s.id);
    expect(ids).not.toContain('baseline');
    expect(new Set(ids).size).toBe(ids.length);
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
  });

  it('duplicates right after the original with the same values and a unique id; twice gives two ids; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    ed.run('scenario.duplicate', { scenario: 'cautious' });
    ed.run('scenario.duplicate', { scenario: 'cautious' });
    const ids = ed.doc().scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const i = ids.indexOf('cautious');
    const copy = ed.doc().scenarios[i + 1];
    const { id: _a, name: _b, ...values } = copy;
    const { id: _c, name: _d, ...original } = scenarioOf(ed, 'cautious')!;
    expect(values).toEqual(original);
    expect(copy.name).toBe('Cautious (copy)');
    ed.undo();
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().scenarios).toHaveLength(before.scenarios.length + 1);
  });
});

describe('scenario.rename', () => {
  it('renames and keeps the id; an empty name is refused; undo and redo', () => {
    const ed = given();
    expect(ed.run('scenario.rename', { scenario: 'cautious', name: '   ' })).toBe(false);
    ed.run('scenario.rename', { scenario: 'cautious', name: ' Slow and steady ' });
    expect(scenarioOf(ed, 'cautious')!.name).toBe('Slow and steady');
    ed.undo();
    expect(scenarioOf(ed, 'cautious')!.name).toBe('Cautious');
    ed.redo();
    expect(scenarioOf(ed, 'cautious')!.name).toBe('Slow and steady');
  });
});

describe('scenario.delete', () => {
  it('deletes a scenario and moves the chosen one to a neighbour; undo brings it back', () => {
    const ed = given();
    ed.stores.ui.getState().setScenario('evidence-top');
    const before = ed.doc();
    ed.run('scenario.delete', { scenario: 'evidence-top' });
    expect(ed.doc().scenarios.map((s) => s.id)).not.toContain('evidence-top');
    expect(ed.doc().scenarios.map((s) => s.id)).toContain(ed.stores.ui.getState().scenarioId);
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().scenarios).toHaveLength(before.scenarios.length - 1);
  });

  it('never deletes the last scenario', () => {
    const ed = given();
    const ids = ed.doc().scenarios.map((s) => s.id);
    for (const id of ids.slice(1)) ed.run('scenario.delete', { scenario: id });
    expect(ed.doc().scenarios).toHaveLength(1);
    expect(ed.run('scenario.delete', { scenario: ids[0] })).toBe(false);
    expect(ed.doc().scenarios).toHaveLength(1);
  });
});

describe('scenario.choose', () => {
  it('chooses a scenario without an undo step', () => {
    const ed = given();
    ed.run('scenario.choose', { scenario: 'cautious' });
    expect(ed.stores.ui.getState().scenarioId).toBe('cautious');
    expect(ed.stores.document.getState().past).toHaveLength(0);
    expect(ed.run('scenario.choose', { scenario: 'missing' })).toBe(false);
  });
});
