// Properties of the uncertainty ranges (§11) and of reach (§12), over random valid documents small
// enough for the exhaustive search.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTOMATABLE_KINDS } from '../../../src/model';
import { project } from '../../../src/sim';
import { canonical } from '../../../src/sim/canonical';
import type { Uncertainty } from '../../../src/sim/ranges';
import { atAdoption, reach } from '../../../src/sim/reach';
import { Sampler, summarise } from '../../../src/sim/sampling';
import { caseArb, SMALL } from './arbitraries';

const RUNS = { numRuns: 40 };
const range = (lo: number, hi: number) => fc.tuple(fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: lo, max: hi, noNaN: true })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);

const rangesArb: fc.Arbitrary<Uncertainty> = fc.record(
  {
    samples: fc.integer({ min: 1, max: 25 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    adoption: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 2, noNaN: true })),
    potential: fc.record({ routine: range(0, 1), create: range(0, 1), decide: range(0, 1), assure: range(0, 1), coordinate: range(0, 1) }, { requiredKeys: [] }),
    sigmaFirst: range(0, 1),
    sigmaControl: range(0, 1),
    waitDays: fc.tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true })),
  },
  { requiredKeys: ['samples', 'seed'] },
);

describe('§11 properties', () => {
  it('P10 ≤ P50 ≤ P90 for every figure at every quarter, and the mean lies between the extremes', () => {
    fc.assert(
      fc.property(caseArb(SMALL), rangesArb, ({ doc, scenario }, ranges) => {
        const sampler = new Sampler(doc, scenario, ranges);
        const rows = sampler.run(0, ranges.samples);
        for (const q of summarise(rows, ranges.samples, sampler.quarters, sampler.seed)) {
          for (const p of [q.headcount, q.handoffs, q.leadTimeDays, q.cost]) {
            expect(p.p10).toBeLessThanOrEqual(p.p50);
            expect(p.p50).toBeLessThanOrEqual(p.p90);
            expect(Number.isFinite(p.mean)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('ranges of width 0 at the scenario’s own values give the point result at every quarter', () => {
    fc.assert(
      fc.property(caseArb(SMALL), fc.integer({ min: 1, max: 5 }), ({ doc, scenario }, samples) => {
        const potential = Object.fromEntries(AUTOMATABLE_KINDS.map((k) => [k, [scenario.potential[k], scenario.potential[k]]]));
        const ranges: Uncertainty = {
          samples,
          adoption: [1, 1],
          potential,
          sigmaFirst: [scenario.sigmaFirst, scenario.sigmaFirst],
          sigmaControl: [scenario.sigmaControl, scenario.sigmaControl],
          waitDays: [1, 1],
        };
        const sampler = new Sampler(doc, scenario, ranges);
        const summary = summarise(sampler.run(0, samples), samples, sampler.quarters, sampler.seed);
        project(doc, scenario).forEach((r, q) => {
          const s = summary[q];
          for (const [p, point] of [[s.headcount, r.headcount], [s.handoffs, r.handoffs], [s.leadTimeDays, r.leadTimeDays], [s.cost, r.cost.total]] as const) {
            expect([p.p10, p.p50, p.p90]).toEqual([point, point, point]);
          }
        });
      }),
      RUNS,
    );
  });
});

describe('§12 properties', () => {
  it('the answer reaches the target and the adoption one bisection step (2^-30) below it does not', () => {
    fc.assert(
      fc.property(caseArb(SMALL), fc.double({ min: 0, max: 1, noNaN: true }), ({ doc, scenario, quarter }, where) => {
        const m = canonical(doc);
        const q = Math.min(quarter, 6);
        const low = atAdoption(m, scenario, q, 1).headcount;
        const high = atAdoption(m, scenario, q, 0).headcount;
        const target = Math.round(low + (high - low) * where);
        const r = reach(doc, scenario, q, target);
        if (!r.reachable) {
          expect(r.adoption).toBe(1);
          expect(r.headcount).toBeGreaterThan(target);
          return;
        }
        expect(atAdoption(m, scenario, q, r.adoption).headcount).toBeLessThanOrEqual(target);
        expect(r.headcount).toBeLessThanOrEqual(target);
        if (r.adoption > 0) expect(atAdoption(m, scenario, q, r.adoption - 2 ** -30).headcount).toBeGreaterThan(target);
      }),
      RUNS,
    );
  });
});
