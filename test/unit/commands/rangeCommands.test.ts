// The uncertainty-range commands (simulation.md §11): given/when/then with undo and redo.
import { describe, expect, it } from 'vitest';
import { presetUncertainty } from '../../../src/model/presets';
import { uncertaintyOf } from '../../../src/sim/ranges';
import { example } from '../../support/examples';
import { given as givenEditor } from '../../support/given';

/** The example with no ranges anywhere (the shipped examples carry the presets'). */
function withoutRanges() {
  const doc = example();
  return { ...doc, scenarios: doc.scenarios.map(({ uncertainty: _u, ...s }) => s) };
}

const rangesOf = (ed: ReturnType<typeof givenEditor>, id: string) => uncertaintyOf(ed.doc().scenarios.find((s) => s.id === id)!);

describe('uncertainty range commands', () => {
  it('the shipped example carries the presets’ ranges on every scenario (format version 2)', () => {
    const ed = givenEditor();
    for (const s of ed.doc().scenarios) expect(s.uncertainty).toEqual(presetUncertainty());
  });

  it('given AI-native without ranges, when the preset ranges are applied, then one undo step sets §11’s ranges; undo and redo', () => {
    const ed = givenEditor(withoutRanges());
    const before = ed.doc();
    expect(rangesOf(ed, 'ai-native')).toBeUndefined();
    ed.run('scenario.presetRanges', { scenario: 'ai-native' });
    expect(rangesOf(ed, 'ai-native')).toEqual(presetUncertainty());
    expect(ed.undoLabel()).toBe('Use the preset ranges for AI-native');
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(rangesOf(ed, 'ai-native')!.potential!.routine).toEqual([0.6, 0.95]);
  });

  it('given no ranges, when one range is set, then the scenario gets 1,000 samples, seed 1 and that range only', () => {
    const ed = givenEditor(withoutRanges());
    ed.run('scenario.setRange', { scenario: 'cautious', param: 'potential.create', range: [0.2, 0.5] });
    expect(rangesOf(ed, 'cautious')).toEqual({ samples: 1000, seed: 1, potential: { create: [0.2, 0.5] } });
    expect(ed.undoLabel()).toBe('Change the creative potential range of Cautious');
  });

  it('keeps ranges the format allows: low ≤ high, 1 inside a multiplier’s range, shares within [0, 1]', () => {
    const ed = givenEditor(withoutRanges());
    ed.run('scenario.setRange', { scenario: 'cautious', param: 'adoption', range: [1.2, 1.3] });
    expect(rangesOf(ed, 'cautious')!.adoption).toEqual([1, 1.3]);
    ed.run('scenario.setRange', { scenario: 'cautious', param: 'waitDays', range: [0.9, 0.8] });
    expect(rangesOf(ed, 'cautious')!.waitDays).toEqual([0.8, 1]);
    ed.run('scenario.setRange', { scenario: 'cautious', param: 'sigmaFirst', range: [-1, 4] });
    expect(rangesOf(ed, 'cautious')!.sigmaFirst).toEqual([0, 1]);
  });

  it('a dragged handle previews without undo steps and commits once', () => {
    const ed = givenEditor(withoutRanges());
    ed.run('scenario.presetRanges', { scenario: 'ai-native' });
    const withPresets = ed.doc();
    for (const hi of [0.12, 0.14, 0.16]) ed.run('scenario.setRange', { scenario: 'ai-native', param: 'sigmaControl', range: [0.03, hi], preview: true });
    expect(ed.stores.document.getState().past).toHaveLength(1);
    ed.run('scenario.setRange', { scenario: 'ai-native', param: 'sigmaControl', range: [0.03, 0.16] });
    expect(ed.stores.document.getState().past).toHaveLength(2);
    ed.undo();
    expect(ed.doc()).toBe(withPresets);
  });

  it('"No ranges" removes them and cannot run where there are none; unknown scenarios are refused', () => {
    const ed = givenEditor(withoutRanges());
    expect(ed.run('scenario.clearRanges', { scenario: 'ai-native' })).toBe(false);
    ed.run('scenario.presetRanges', { scenario: 'ai-native' });
    expect(ed.run('scenario.clearRanges', { scenario: 'ai-native' })).toBe(true);
    expect(rangesOf(ed, 'ai-native')).toBeUndefined();
    expect(ed.undoLabel()).toBe('Remove the ranges of AI-native');
    expect(ed.run('scenario.presetRanges', { scenario: 'nope' })).toBe(false);
  });
});
