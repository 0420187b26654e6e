import { describe, expect, it } from 'vitest';
import { DocumentSchema, presetScenarios } from '../../../src/model';
import { given } from '../../support/given';

describe('doc.new', () => {
  it('given the example, when New is confirmed, then an empty model with the three presets; undo brings the example back; redo empties again', () => {
    const ed = given();
    const before = ed.doc();
    ed.select(['qa']);
    const asked: string[] = [];
    ed.run('doc.new', { confirm: (m: string) => (asked.push(m), true) });

    expect(asked).toHaveLength(1);
    expect(ed.doc().teams).toEqual([]);
    expect(ed.doc().handoffs).toEqual([]);
    expect(ed.doc().scenarios).toEqual(presetScenarios());
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    expect(ed.selection().teams).toEqual([]);
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().teams).toEqual([]);
  });

  it('given New is declined, then nothing changes', () => {
    const ed = given();
    const before = ed.doc();
    ed.run('doc.new', { confirm: () => false });
    expect(ed.doc()).toBe(before);
    expect(ed.stores.document.getState().past).toHaveLength(0);
  });
});

describe('title.update, initiative.update, document.update', () => {
  it('given a new title, then it is set; undo and redo', () => {
    const ed = given();
    const old = ed.doc().title;
    ed.run('title.update', { title: 'Churn, take two' });
    expect(ed.doc().title).toBe('Churn, take two');
    ed.undo();
    expect(ed.doc().title).toBe(old);
    ed.redo();
    expect(ed.doc().title).toBe('Churn, take two');
  });

  it('given an initiative patch, then only those fields change; undo and redo', () => {
    const ed = given();
    const old = ed.doc().initiative;
    ed.run('initiative.update', { patch: { target: 3, unit: undefined } });
    expect(ed.doc().initiative).toEqual({ problem: old.problem, metric: old.metric, baseline: old.baseline, target: 3, windowDays: old.windowDays, measurementLagDays: old.measurementLagDays });
    ed.undo();
    expect(ed.doc().initiative).toBe(old);
    ed.redo();
    expect(ed.doc().initiative.target).toBe(3);
  });

  it('given a layer name, then an override is added, and an empty name removes it; undo and redo', () => {
    const ed = given();
    ed.run('document.update', { patch: { layerNames: { build: 'Engineering', }, currency: 'EUR', assumptions: { kPair: 0.03 } } });
    expect(ed.doc().layers).toEqual([{ id: 'build', name: 'Engineering' }]);
    expect(ed.doc().currency).toBe('EUR');
    expect(ed.doc().assumptions.kPair).toBe(0.03);
    ed.run('document.update', { patch: { layerNames: { build: '' } } });
    expect(ed.doc().layers).toBeUndefined();
    ed.undo();
    expect(ed.doc().layers).toEqual([{ id: 'build', name: 'Engineering' }]);
    ed.redo();
    expect(ed.doc().layers).toBeUndefined();
  });
});

describe('scenario.update', () => {
  it('given the chosen scenario, when its id and adoption change, then the choice follows; undo and redo', () => {
    const ed = given();
    ed.stores.ui.getState().setScenario('ai-native');
    ed.run('scenario.update', { id: 'ai-native', patch: { id: 'frontier', adoption: [0.5, 1] } });
    const s = ed.doc().scenarios.find((x) => x.id === 'frontier')!;
    expect(s.adoption).toEqual([0.5, 1]);
    expect(ed.stores.ui.getState().scenarioId).toBe('frontier');
    ed.undo();
    expect(ed.doc().scenarios.some((x) => x.id === 'ai-native')).toBe(true);
    ed.redo();
    expect(ed.doc().scenarios.some((x) => x.id === 'frontier')).toBe(true);
  });
});

describe('handoff.update', () => {
  it('given a handoff, when its wait, kind and target change, then one step; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    ed.run('handoff.update', { id: 'e11', patch: { waitDays: 1, kind: 'feedback', to: 'strat' }, label: 'Edit handoff' });
    expect(ed.doc().handoffs.find((h) => h.id === 'e11')).toMatchObject({ waitDays: 1, kind: 'feedback', to: 'strat' });
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().handoffs.find((h) => h.id === 'e11')!.to).toBe('strat');
  });
});
