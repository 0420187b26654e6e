// The greedy pass (simulation.md §5, more than 12 non-Control teams) was rewritten for speed; its answers
// must not move by a single bit. Every case is simulated twice, once with the engine's greedySearch and
// once with a frozen copy of the old one (greedyReference.ts), at every quarter with the trace on, and
// the two Results must serialise to the same text: same grouping, lead time, critical path, figures and
// number of groupings evaluated. (Both now compare each try's own signature on a full tie, as §5 says;
// greedySignature.test.ts has a case where the old pass did not.)
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { findCycle, type FivefoldDocument, type Scenario } from '../../../src/model';
import { project } from '../../../src/sim';
import { caseArb, LARGE } from './arbitraries';
import { GREEDY_CASES, greedyCase } from './greedyCases';
import { newStats, type ReferenceStats } from './greedyReference';

// Which greedy pass `simulate` runs: the module is swapped so the rest of the engine stays the same.
const use = vi.hoisted(() => ({ reference: false, stats: null as ReferenceStats | null }));
vi.mock('../../../src/sim/greedy', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/sim/greedy')>();
  const { referenceGreedySearch } = await import('./greedyReference');
  return {
    ...actual,
    greedySearch: (...args: Parameters<typeof actual.greedySearch>) =>
      use.reference ? referenceGreedySearch(args[0], args[1], use.stats ?? undefined) : actual.greedySearch(...args),
  };
});

const stats = newStats();

/** Every quarter of the scenario, with the trace, as JSON (doubles print exactly, so equal text is equal bits). */
function run(doc: FivefoldDocument, scenario: Scenario, reference: boolean): string {
  use.reference = reference;
  use.stats = reference ? stats : null;
  try {
    return JSON.stringify(project(doc, scenario, { trace: true }));
  } finally {
    use.reference = false;
  }
}

describe('greedy pass: the same answers as before its incremental rewrite', () => {
  it.each(GREEDY_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const reference = run(c.doc, c.scenario, true);
    expect(reference).toContain('"search":"greedy"');
    expect(run(c.doc, c.scenario, false)).toBe(reference);
  });

  it('the same on 150 small generated cases (13–18 non-Control teams, any scenario)', () => {
    const cases = fc.sample(caseArb(LARGE), { seed: 20261121, numRuns: 150 });
    for (const c of cases) {
      const reference = run(c.doc, c.scenario, true);
      expect(run(c.doc, c.scenario, false)).toBe(reference);
    }
  });

  it('the same when the work handoffs form a cycle (a document that fails validation)', () => {
    for (const seed of [101, 102, 103]) {
      const c = greedyCase(seed, 30);
      const work = c.doc.handoffs.filter((h) => h.kind === 'work');
      // A handoff back along a two-step path a → b → c closes a cycle; the engine must still answer as before.
      const ab = work.find((h) => work.some((x) => x.from === h.to))!;
      const bc = work.find((h) => h.from === ab.to)!;
      const back = { ...ab, id: 'zz-back', from: bc.to, to: ab.from };
      const doc = { ...c.doc, handoffs: [...c.doc.handoffs, back] };
      const arcs = doc.handoffs.filter((h) => h.kind === 'work');
      expect(findCycle(doc.teams.map((t) => t.id), arcs)).not.toBeNull();
      const reference = run(doc, c.scenario, true);
      expect(run(doc, c.scenario, false)).toBe(reference);
    }
  });

  // Runs last (vitest keeps declaration order): the cases above must have reached every delicate branch.
  it('the cases reach the delicate branches: cycles refused, signature ties, lead-time-only merges, a dearer tier', () => {
    expect(stats.tries).toBeGreaterThan(1000);
    expect(stats.cyclicTries).toBeGreaterThan(0);
    expect(stats.signatureTies).toBeGreaterThan(0);
    expect(stats.leadTimeMerges).toBeGreaterThan(0);
    expect(stats.nextTier).toBeGreaterThan(0);
  });
});
