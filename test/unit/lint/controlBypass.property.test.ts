// The control-bypass rule computes reach once and again only where a handoff could matter; this checks
// it against the rule read literally (for each handoff, search again without it) on random models.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import type { FivefoldDocument } from '../../../src/model';
import { doc, feedback, team, work } from './given';

const LAYERS = ['strategy', 'product', 'build', 'execution', 'control'] as const;

/** lint.md's sentence, one handoff at a time, by plain search. */
function literal(d: FivefoldDocument): string[] {
  const layer = new Map(d.teams.map((t) => [t.id, t.layer]));
  const workHandoffs = d.handoffs.filter((h) => h.kind === 'work');
  const gated = (skip: string) => {
    // States: (team, passed a Control team yet).
    const seen = new Set<string>();
    const stack = d.teams.filter((t) => t.layer === 'build').map((t) => [t.id, false] as [string, boolean]);
    while (stack.length) {
      const [v, passed] = stack.pop()!;
      const key = `${v}|${passed}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (passed && layer.get(v) === 'execution') return true;
      for (const h of workHandoffs) if (h.from === v && h.id !== skip) stack.push([h.to, passed || layer.get(h.to) === 'control']);
    }
    return false;
  };
  return workHandoffs
    .filter((h) => layer.get(h.from) === 'build' && layer.get(h.to) === 'execution' && gated(h.id))
    .map((h) => h.id)
    .sort();
}

const model = fc
  .record({
    layers: fc.array(fc.constantFrom(...LAYERS), { minLength: 2, maxLength: 9 }),
    arcs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 20 }),
  })
  .map(({ layers, arcs }) => {
    const teams = layers.map((l, i) => team(`t${i}`, l));
    // Forward in index order only, so work handoffs never form a cycle.
    const handoffs = arcs
      .map(([a, b, isWork], k) => {
        const from = a % layers.length;
        const to = b % layers.length;
        if (from === to) return null;
        const [lo, hi] = from < to ? [from, to] : [to, from];
        return isWork ? work(`h${k}`, `t${lo}`, `t${hi}`, 1) : feedback(`h${k}`, `t${hi}`, `t${lo}`);
      })
      .filter((h) => h !== null);
    return doc(teams, handoffs);
  });

describe('control-bypass against its literal reading', () => {
  it('agrees on random models', () => {
    fc.assert(
      fc.property(model, (d) => {
        const found = lint(d, { simulation: false })
          .filter((f) => f.rule === 'control-bypass')
          .map((f) => f.target.id);
        expect(found).toEqual(literal(d));
      }),
      { numRuns: 400 },
    );
  });
});
