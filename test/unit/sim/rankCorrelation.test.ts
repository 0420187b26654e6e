// Spearman's rank correlation for ranking levers over the sampled worlds (issue 14, point 6): ranks with
// ties averaged, a hand-worked example, its properties, and the ranking on the worked example.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetUncertainty } from '../../../src/model/presets';
import { rankLevers, ranks, spearman } from '../../../src/sim/rankCorrelation';
import { Sampler } from '../../../src/sim/sampling';
import { ott, scenarioOf } from './ott';

describe('ranks', () => {
  it('1 … N, ties sharing the average of the ranks they span', () => {
    expect([...ranks([10, 20, 20, 5])]).toEqual([2, 3.5, 3.5, 1]);
    expect([...ranks([7, 7, 7])]).toEqual([2, 2, 2]);
    expect([...ranks([])]).toEqual([]);
  });
});

describe('spearman', () => {
  it('worked by hand with a tie: x 1…5, y 5 6 7 8 7 → 8/√95', () => {
    // ranks of y: 1 2 3.5 5 3.5; deviations from 3: x −2 −1 0 1 2, y −2 −1 0.5 2 0.5; Σdxdy 8, Σdx² 10, Σdy² 9.5.
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 12);
  });

  it('1 for any increasing relation, −1 for any decreasing one, 0 when one side does not vary', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([0.1, 0.2, 0.3], [9, 4, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(spearman([1], [2])).toBe(0);
  });

  it('lies in [−1, 1], is symmetric, and does not change under an increasing transform of either side', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 })), { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(pairs, (xy) => {
        const x = xy.map(([a]) => a);
        const y = xy.map(([, b]) => b);
        const r = spearman(x, y);
        expect(r).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(r).toBeLessThanOrEqual(1 + 1e-12);
        expect(spearman(y, x)).toBeCloseTo(r, 12);
        expect(spearman(x.map((v) => v ** 3 + 5 * v), y)).toBeCloseTo(r, 12);
      }),
    );
  });
});

describe('rankLevers on the worked example', () => {
  it('OTT AI-native at Q3, 1,000 samples: adoption leads, with more adoption fewer people; every drawn lever is listed once, strongest first', () => {
    const doc = ott();
    const sampler = new Sampler(doc, scenarioOf(doc, 'ai-native'), presetUncertainty());
    const values = new Float64Array(1000 * sampler.plan.length);
    const rows = sampler.run(0, 1000, values);
    const params = sampler.plan.map((d) => d.param);
    const ranked = rankLevers(values, params, rows, 1000, 4, 3);
    expect(ranked.map((r) => r.param).sort()).toEqual([...params].sort());
    for (let i = 1; i < ranked.length; i++) expect(Math.abs(ranked[i - 1].rho)).toBeGreaterThanOrEqual(Math.abs(ranked[i].rho));
    // Adoption scales every kind of automation at once: it leads, and more of it means fewer people.
    expect(ranked[0].param).toBe('adoption');
    expect(ranked[0].rho).toBeLessThan(-0.3);
    for (const r of ranked) if (r.param.startsWith('potential.')) expect(r.rho).toBeLessThanOrEqual(0);
    // More first-line review of AI's work needs more people, not fewer.
    expect(ranked.find((r) => r.param === 'sigmaFirst')!.rho).toBeGreaterThan(0);
  });
});
