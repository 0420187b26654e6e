// The compare view's rows (src/sim/compare.ts) on the worked example: figures and B − A checked
// against simulation.md §8 (typed in from the page) and against direct engine calls.
import { describe, expect, it } from 'vitest';
import { baseline, simulate, type Result } from '../../../src/sim';
import { resultOfSide } from '../../../src/sim/compare';
import { compareRows, formatCompareRow, type CompareRow } from '../../../src/readout/compare';
import { ott, scenarioOf } from '../sim/ott';

const doc = ott();
const cautious = scenarioOf(doc, 'cautious');
const aiNative = scenarioOf(doc, 'ai-native');
const byKey = (rows: CompareRow[]) => new Map(rows.map((r) => [r.key, r]));
const round = (v: number | null, digits: number) => (v === null ? null : Number(v.toFixed(digits)));

describe('compareRows: cautious q3 (A) against AI-native q3 (B), §8', () => {
  const rows = byKey(compareRows(doc, simulate(doc, cautious, 3), simulate(doc, aiNative, 3)));

  it('people 18 → 5 (−13), work handoffs 11 → 6 (−5)', () => {
    expect([rows.get('people')!.a, rows.get('people')!.b, rows.get('people')!.delta]).toEqual([18, 5, -13]);
    expect([rows.get('handoffs')!.a, rows.get('handoffs')!.b, rows.get('handoffs')!.delta]).toEqual([11, 6, -5]);
  });

  it('lead time 62.82 → 28.80 days, fidelity 0.450 → 0.727, cost 3,294,240 → 1,116,259', () => {
    const lead = rows.get('lead')!;
    expect([round(lead.a, 2), round(lead.b, 2)]).toEqual([62.82, 28.8]);
    expect(lead.delta!).toBeCloseTo(28.8 - 62.82, 1);
    const fidelity = rows.get('fidelity')!;
    expect([round(fidelity.a, 3), round(fidelity.b, 3)]).toEqual([0.45, 0.727]);
    const cost = rows.get('cost')!;
    expect([Math.round(cost.a!), Math.round(cost.b!)]).toEqual([3_294_240, 1_116_259]);
    expect(Math.abs(cost.delta! - (1_116_259 - 3_294_240))).toBeLessThanOrEqual(1);
  });

  it('AI-native q3 per layer: strategy 1, product 0, build 1, execution 1, control 2 (its groups in §8)', () => {
    const layers = ['strategy', 'product', 'build', 'execution', 'control'].map((l) => rows.get(`layer:${l}`)!);
    expect(layers.map((r) => r.b)).toEqual([1, 0, 1, 1, 2]);
    expect(layers.every((r) => r.indent && r.format === 'count')).toBe(true);
    // Per layer adds up to the people row on each side.
    expect(layers.reduce((s, r) => s + r.a!, 0)).toBe(18);
  });

  it('AI-native q3 pyramid 1.08 / 2.44 / 0.81 / 0.67 FTE under a heading row, and 1.33 learning loops', () => {
    const parts = ['execution', 'orchestration', 'innovation', 'unallocated'].map((p) => rows.get(`pyramid:${p}`)!);
    expect(parts.map((r) => round(r.b, 2))).toEqual([1.08, 2.44, 0.81, 0.67]);
    expect(parts.map((r) => r.label)).toEqual(['Execution', 'Orchestration', 'Innovation', 'Unallocated']);
    expect(rows.get('pyramid')!.heading).toBe(true);
    expect(round(rows.get('loops')!.b, 2)).toBe(1.33);
  });
});

describe('compareRows: the baseline (A) against AI-native q3 (B), §8', () => {
  const rows = byKey(compareRows(doc, baseline(doc), simulate(doc, aiNative, 3)));

  it('baseline 20 people: 2 / 4 / 6 / 6 / 2 per layer as entered; touch 25.5 + wait 47 days', () => {
    expect(rows.get('people')!.a).toBe(20);
    expect(rows.get('people')!.delta).toBe(-15);
    expect(['strategy', 'product', 'build', 'execution', 'control'].map((l) => rows.get(`layer:${l}`)!.a)).toEqual([2, 4, 6, 6, 2]);
    expect([round(rows.get('touch')!.a, 2), round(rows.get('wait')!.a, 2)]).toEqual([25.5, 47]);
  });

  it('baseline pyramid 8.35 / 9.23 / 2.42 / 0.00, learning loops 0.70 → 1.33', () => {
    const parts = ['execution', 'orchestration', 'innovation', 'unallocated'].map((p) => round(rows.get(`pyramid:${p}`)!.a, 2));
    expect(parts).toEqual([8.35, 9.23, 2.42, 0]);
    expect([round(rows.get('loops')!.a, 2), round(rows.get('loops')!.b, 2)]).toEqual([0.7, 1.33]);
  });
});

describe('compareRows against two direct engine calls', () => {
  it('AI-native q1 against q2: every figure is the engine’s, and delta is B − A', () => {
    const a = simulate(doc, aiNative, 1);
    const b = simulate(doc, aiNative, 2);
    const rows = byKey(compareRows(doc, a, b));
    const expected: Array<[string, number, number]> = [
      ['people', a.headcount, b.headcount],
      ['handoffs', a.handoffs, b.handoffs],
      ['lead', a.leadTimeDays, b.leadTimeDays],
      ['touch', a.touchDays, b.touchDays],
      ['wait', a.waitDays, b.waitDays],
      ['fidelity', a.fidelity, b.fidelity],
      ['cost', a.cost.total, b.cost.total],
      ['pyramid:orchestration', a.pyramid.orchestration, b.pyramid.orchestration],
    ];
    for (const [key, va, vb] of expected) {
      expect([rows.get(key)!.a, rows.get(key)!.b, rows.get(key)!.delta], key).toEqual([va, vb, vb - va]);
    }
    // §8: 10 → 6 people.
    expect(rows.get('people')!.delta).toBe(-4);
  });

  it('resultOfSide: a scenario at a quarter is simulate(), no scenario is the baseline', () => {
    expect(resultOfSide(doc, { scenario: aiNative, quarter: 2 })).toEqual(simulate(doc, aiNative, 2));
    expect(resultOfSide(doc, { scenario: null, quarter: 0 })).toEqual(baseline(doc));
  });
});

describe('formatCompareRow', () => {
  const rows = byKey(compareRows(doc, simulate(doc, cautious, 3), simulate(doc, aiNative, 3)));

  it('reads the §8 figures with signed differences', () => {
    expect(formatCompareRow(rows.get('people')!, 'USD')).toEqual({ a: '18', b: '5', delta: '−13' });
    expect(formatCompareRow(rows.get('lead')!, 'USD')).toMatchObject({ a: '62.82', b: '28.8' });
    expect(formatCompareRow(rows.get('fidelity')!, 'USD')).toMatchObject({ a: '0.45', b: '0.727' });
    // 0.727 − 0.450 from the rounded table; the unrounded difference may round one way or the other.
    expect(formatCompareRow(rows.get('fidelity')!, 'USD').delta).toMatch(/^\+0\.27[67]$/);
    expect(formatCompareRow(rows.get('cost')!, 'USD')).toMatchObject({ a: '$3,294,240', b: '$1,116,259' });
    expect(formatCompareRow(rows.get('cost')!, 'USD').delta).toMatch(/^−\$2,177,98[0-2]$/);
    expect(formatCompareRow(rows.get('pyramid')!, 'USD')).toEqual({ a: '', b: '', delta: '' });
  });

  it('shows "—" and no difference where a side has no learning loops', () => {
    const base = baseline(doc);
    const none: Result = { ...base, learningLoops: null };
    const loops = byKey(compareRows(doc, none, base)).get('loops')!;
    expect(loops.delta).toBeNull();
    expect(formatCompareRow(loops, 'USD')).toEqual({ a: '—', b: '0.7', delta: '' });
  });

  it('a difference that rounds away reads "0", equal figures read "0", and a rise carries "+"', () => {
    const base = baseline(doc);
    const rows2 = byKey(compareRows(doc, base, { ...base, fidelity: base.fidelity + 0.0001, headcount: base.headcount + 2 }));
    expect(formatCompareRow(rows2.get('fidelity')!, 'USD').delta).toBe('0');
    expect(formatCompareRow(rows2.get('handoffs')!, 'USD').delta).toBe('0');
    expect(formatCompareRow(rows2.get('people')!, 'USD').delta).toBe('+2');
  });
});
