// The canonical model's flow rank (simulation.md §5 rule 2) is the order Kahn's algorithm gives taking the
// smallest ready id first (flowOrderReference.ts, on ids), now computed over indices: on generated models, on the 1,200-team one, and where work handoffs loop
// (a half-edited model), whose teams come last in id order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenarios, type FivefoldDocument } from '../../../src/model';
import { flowOrder } from './flowOrderReference';
import { canonical } from '../../../src/sim/canonical';
import { largeOrganisation } from '../../../scripts/lib/generatedOrg';
import { docArb } from './arbitraries';
import { team, work } from './build';

/** The ranks flowOrder gives, by team index of the canonical model. */
function expected(doc: FivefoldDocument): number[] {
  const m = canonical(doc);
  const ranks = new Array<number>(m.ids.length);
  flowOrder(m.ids, m.handoffs.filter((_, e) => m.isWork[e])).forEach((id, r) => (ranks[m.ids.indexOf(id)] = r));
  return ranks;
}

describe('flow rank', () => {
  it('is flowOrder’s order on generated models', () => {
    fc.assert(
      fc.property(docArb(), (doc) => {
        expect(canonical(doc).flowRank).toEqual(expected(doc));
      }),
      { numRuns: 80 },
    );
  });

  it('is flowOrder’s order on the 1,200-team model', () => {
    const doc = largeOrganisation(presetScenarios());
    expect(canonical(doc).flowRank).toEqual(expected(doc));
  });

  it('puts teams on a loop of work handoffs last, in id order, and ignores feedback', () => {
    const base = largeOrganisation(presetScenarios());
    const doc: FivefoldDocument = {
      ...base,
      teams: [team('z', 'build', 2, 1), team('b', 'build', 2, 1), team('a', 'strategy', 2, 1), team('c', 'execution', 2, 1)] as FivefoldDocument['teams'],
      handoffs: [work('h1', 'a', 'z', 1), work('h2', 'z', 'b', 1), work('h3', 'b', 'z', 1), { ...work('h4', 'c', 'a', 1), kind: 'feedback' }] as FivefoldDocument['handoffs'],
    };
    const m = canonical(doc);
    expect(Object.fromEntries(m.ids.map((id, i) => [id, m.flowRank[i]]))).toEqual({ a: 0, c: 1, b: 2, z: 3 });
    expect(m.flowRank).toEqual(expected(doc));
  });
});
