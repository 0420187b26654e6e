// simulation.md §9: the properties every Result must hold, over random valid documents and scenarios
// small enough for the exhaustive search (at most 7 non-Control teams here).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FivefoldDocument, Scenario } from '../../../src/model';
import { baseline, project, simulate } from '../../../src/sim';
import { caseArb, shuffledDoc, SMALL } from './arbitraries';
import { checkConservation, checkControl, checkGroups, checkNoNaN, checkPyramid, nonControlHeadcount } from './checks';

const RUNS = { numRuns: 200 };
const at = (doc: FivefoldDocument, s: Scenario, q: number) => simulate(doc, s, q);

describe('§9 properties (exhaustive search)', () => {
  it('1. adoption 0 gives exactly the baseline, for any scenario', () => {
    fc.assert(
      fc.property(caseArb(SMALL), ({ doc, scenario, quarter }) => {
        const r = simulate(doc, { ...scenario, adoption: [0] }, quarter);
        const { scenario: _s, quarter: _q, ...rest } = r;
        const { scenario: _bs, quarter: _bq, ...base } = baseline(doc);
        expect(rest).toEqual(base);
        expect(r.search).toBe('none');
      }),
      RUNS,
    );
  });

  it('2. conservation per kind: human work left (less oversight) + AI’s = baseline task work', () => {
    fc.assert(
      fc.property(caseArb(SMALL), ({ doc, scenario, quarter }) => {
        checkConservation(simulate(doc, scenario, quarter, { trace: true }));
      }),
      RUNS,
    );
  });

  describe('3. non-Control headcount never rises when a lever that helps AI rises, never falls when a brake rises', () => {
    type Lever = (s: Scenario, t: number) => Scenario;
    const up = (v: number, t: number, max = 1) => v + (max - v) * t;
    const cases: Array<[string, Lever, 'never rises' | 'never falls']> = [
      ['adoption', (s, t) => ({ ...s, adoption: s.adoption.map((a) => up(a, t)) }), 'never rises'],
      ...(['routine', 'create', 'decide', 'assure', 'coordinate'] as const).map(
        (k): [string, Lever, 'never rises'] => [
          `potential.${k}`,
          (s, t) => ({ ...s, potential: { ...s.potential, [k]: up(s.potential[k], t, s.cap[k]) } }),
          'never rises',
        ],
      ),
      ['absorbThreshold', (s, t) => ({ ...s, absorbThreshold: s.absorbThreshold + 2 * t }), 'never rises'],
      ['maxDomains', (s, t) => ({ ...s, maxDomains: s.maxDomains + Math.ceil(3 * t) }), 'never rises'],
      ['sigmaFirst', (s, t) => ({ ...s, sigmaFirst: up(s.sigmaFirst, t) }), 'never falls'],
      ['sigmaControl', (s, t) => ({ ...s, sigmaControl: up(s.sigmaControl, t) }), 'never falls'],
      ['minHumans', (s, t) => ({ ...s, minHumans: s.minHumans + Math.ceil(3 * t) }), 'never falls'],
    ];
    it.each(cases.map(([name, raise, direction]) => ({ name, raise, direction })))('$name: $direction', ({ raise, direction }) => {
      fc.assert(
        fc.property(caseArb(SMALL), fc.double({ min: 0, max: 1, noNaN: true }), ({ doc, scenario, quarter }, t) => {
          const before = nonControlHeadcount(doc, at(doc, scenario, quarter));
          const after = nonControlHeadcount(doc, at(doc, raise(scenario, t), quarter));
          if (direction === 'never rises') expect(after).toBeLessThanOrEqual(before);
          else expect(after).toBeGreaterThanOrEqual(before);
        }),
        RUNS,
      );
    });

    it('the quarter, with non-decreasing adoption: never rises', () => {
      fc.assert(
        fc.property(caseArb(SMALL, true), fc.integer({ min: 0, max: 4 }), ({ doc, scenario, quarter }, later) => {
          const before = nonControlHeadcount(doc, at(doc, scenario, quarter));
          const after = nonControlHeadcount(doc, at(doc, scenario, quarter + later));
          expect(after).toBeLessThanOrEqual(before);
        }),
        RUNS,
      );
    });
  });

  it('4. every group has its floor and a person; every team in exactly one group; capacity covers demand less slack', () => {
    fc.assert(
      fc.property(caseArb(SMALL), ({ doc, scenario, quarter }) => {
        checkGroups(doc, scenario, simulate(doc, scenario, quarter, { trace: true }));
      }),
      RUNS,
    );
  });

  it('5. Control teams are never merged and, with controlNoShrink, never shrink', () => {
    fc.assert(
      fc.property(caseArb(SMALL), ({ doc, scenario, quarter }) => {
        checkControl(doc, scenario, simulate(doc, scenario, quarter));
      }),
      RUNS,
    );
  });

  it('6. work handoffs never exceed the baseline; a lead time above the baseline carries its warning', () => {
    fc.assert(
      fc.property(caseArb(SMALL), ({ doc, scenario }) => {
        const base = baseline(doc);
        const rows = project(doc, scenario);
        rows.forEach((r, q) => {
          expect(r.handoffs).toBeLessThanOrEqual(base.handoffs);
          const above = Math.round(r.leadTimeDays * 1e6) > Math.round(base.leadTimeDays * 1e6);
          expect(r.warnings.some((w) => w.code === 'lead-time-above-baseline')).toBe(above);
          const rose = q > 0 && Math.round(r.leadTimeDays * 1e6) > Math.round(rows[q - 1].leadTimeDays * 1e6);
          expect(r.warnings.some((w) => w.code === 'lead-time-rose')).toBe(rose);
        });
      }),
      RUNS,
    );
  });

  it('7. pyramid parts add up to headcount', () => {
    fc.assert(
      fc.property(caseArb(SMALL), ({ doc, scenario, quarter }) => {
        checkPyramid(simulate(doc, scenario, quarter));
      }),
      RUNS,
    );
  });

  it('7. the same input in any order gives identical output, and twice the same', () => {
    fc.assert(
      fc.property(caseArb(SMALL), fc.integer(), ({ doc, scenario, quarter }, seed) => {
        const once = simulate(doc, scenario, quarter, { trace: true });
        expect(simulate(doc, scenario, quarter, { trace: true })).toEqual(once);
        expect(JSON.stringify(simulate(shuffledDoc(doc, seed), scenario, quarter, { trace: true }))).toBe(JSON.stringify(once));
      }),
      RUNS,
    );
  });

  it('no NaN or Infinity anywhere, whatever the model', () => {
    fc.assert(
      fc.property(caseArb(SMALL), ({ doc, scenario, quarter }) => {
        checkNoNaN(baseline(doc, { trace: true }));
        checkNoNaN(simulate(doc, scenario, quarter, { trace: true }));
      }),
      RUNS,
    );
  });
});
