// simulation.md §5: the exhaustive search's pruning must not change its answer. An oracle enumerates
// every partition of the non-Control teams, applies rules 1–4 as the page words them, and keeps the
// smallest key; the engine must pick exactly that grouping. The greedy pass is checked on its own rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCycle, LAYER_IDS, type FivefoldDocument, type Scenario } from '../../../src/model';
import { flowOrder } from './flowOrderReference';
import { simulate } from '../../../src/sim';
import { canonical } from '../../../src/sim/canonical';
import { FlowEvaluator } from '../../../src/sim/leadTime';
import { stage } from '../../../src/sim/stage';
import { staffGroup } from '../../../src/sim/staffing';
import { caseArb, LARGE, shuffledDoc, type Sizes } from './arbitraries';
import { checkConservation, checkControl, checkGroups, checkNoNaN, checkPyramid } from './checks';

const ORACLE: Sizes = { minMovable: 1, maxMovable: 6, maxControl: 2, density: 1.6 };

/** Every set partition of `items` (restricted growth strings). */
function* partitions<T>(items: T[]): Generator<T[][]> {
  if (!items.length) {
    yield [];
    return;
  }
  const [first, ...rest] = items;
  for (const p of partitions(rest)) {
    yield [[first], ...p];
    for (let i = 0; i < p.length; i++) yield [...p.slice(0, i), [first, ...p[i]], ...p.slice(i + 1)];
  }
}

/** The best grouping by brute force, as a signature (owner of each team, teams in id order). */
function oracle(doc: FivefoldDocument, scenario: Scenario, quarter: number): { signature: string; headcount: number } {
  const explained = simulate(doc, scenario, quarter, { trace: true });
  const x = new Map(explained.trace!.teams.map((t) => [t.team, t.absorption.x]));
  const ids = doc.teams.map((t) => t.id).sort();
  const teamOf = new Map(doc.teams.map((t) => [t.id, t]));
  const work = doc.handoffs.filter((h) => h.kind === 'work');
  const rank = new Map(flowOrder(ids, work).map((id, r) => [id, r]));
  const layer = (id: string) => LAYER_IDS.indexOf(teamOf.get(id)!.layer);
  const ownerOf = (block: string[]) =>
    [...block].sort((a, b) => layer(a) - layer(b) || rank.get(a)! - rank.get(b)! || (a < b ? -1 : 1))[0];
  const connected = (block: string[]) => {
    const seen = new Set([block[0]]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const h of work) {
        if (!block.includes(h.from) || !block.includes(h.to)) continue;
        if (seen.has(h.from) !== seen.has(h.to)) {
          seen.add(h.from).add(h.to);
          grew = true;
        }
      }
    }
    return seen.size === block.length;
  };

  const m = canonical(doc);
  const st = stage(m, scenario, quarter);
  const evaluator = new FlowEvaluator(m, st.work);
  const movable = ids.filter((id) => teamOf.get(id)!.layer !== 'control');
  let best: Key | null = null;
  for (const p of partitions(movable)) {
    const blocks = [...p, ...ids.filter((id) => teamOf.get(id)!.layer === 'control').map((id) => [id])];
    const admissible = p.every((b) => {
      const owner = ownerOf(b);
      return (
        b.length <= scenario.maxDomains &&
        connected(b) &&
        b.every((id) => id === owner || (teamOf.get(id)!.layer !== 'strategy' && x.get(id)! < scenario.absorbThreshold - 1e-9))
      );
    });
    if (!admissible) continue;
    const owner = new Map<string, string>();
    for (const b of blocks) for (const id of b) owner.set(id, ownerOf(b));
    const arcs = work.map((h) => ({ from: owner.get(h.from)!, to: owner.get(h.to)! })).filter((a) => a.from !== a.to);
    if (findCycle([...new Set(owner.values())], arcs)) continue;
    const groupOf = ids.map((id) => ids.indexOf(owner.get(id)!));
    const headcount = blocks.reduce((s, b) => {
      const members = b.map((id) => ids.indexOf(id));
      return s + staffGroup({ m, st, sc: scenario }, members, (i) => members.includes(i)).n;
    }, 0);
    const flow = evaluator.evaluate(groupOf);
    const key = { headcount, lt: Math.round(flow.leadTime * 1e6), ext: arcs.length, signature: ids.map((id) => owner.get(id)).join(',') };
    if (!best || compare(key, best) < 0) best = key;
  }
  return best!;
}

type Key = { headcount: number; lt: number; ext: number; signature: string };
/** §5: left to right, the signature compared as a string. */
const compare = (a: Key, b: Key) =>
  a.headcount - b.headcount || a.lt - b.lt || a.ext - b.ext || (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0);

const signatureOf = (r: ReturnType<typeof simulate>, doc: FivefoldDocument) => {
  const owner = new Map(r.groups.flatMap((g) => g.members.map((id) => [id, g.owner] as const)));
  return doc.teams.map((t) => t.id).sort().map((id) => owner.get(id)).join(',');
};

describe('exhaustive search (§5)', () => {
  it('picks exactly the grouping a brute-force oracle picks over every partition', () => {
    fc.assert(
      fc.property(caseArb(ORACLE), ({ doc, scenario, quarter }) => {
        fc.pre(simulate(doc, scenario, quarter).search === 'exhaustive');
        const r = simulate(doc, scenario, quarter);
        const o = oracle(doc, scenario, quarter);
        expect(r.headcount).toBe(o.headcount);
        expect(signatureOf(r, doc)).toBe(o.signature);
      }),
      { numRuns: 200 },
    );
  });
});

describe('greedy pass (§5), more than 12 non-Control teams: properties 1, 2, 4, 5, 7 of §9', () => {
  const RUNS = { numRuns: 200 };
  it('runs the greedy pass above 12 non-Control teams, and the result holds 2, 4, 5 and 7', () => {
    fc.assert(
      fc.property(caseArb(LARGE), ({ doc, scenario, quarter }) => {
        const r = simulate(doc, scenario, quarter, { trace: true });
        expect(r.search).toBe(r.adoption === 0 ? 'none' : 'greedy');
        checkConservation(r);
        checkGroups(doc, scenario, r);
        checkControl(doc, scenario, r);
        checkPyramid(r);
        checkNoNaN(r);
      }),
      RUNS,
    );
  });

  it('1. adoption 0 is the baseline', () => {
    fc.assert(
      fc.property(caseArb(LARGE), ({ doc, scenario, quarter }) => {
        const { scenario: _a, quarter: _b, ...zero } = simulate(doc, { ...scenario, adoption: [0] }, quarter);
        const { scenario: _c, quarter: _d, ...base } = simulate(doc, { ...scenario, adoption: [0] }, 0);
        expect(zero).toEqual(base);
        expect(zero.headcount).toBe(doc.teams.reduce((s, t) => s + t.headcount, 0));
      }),
      RUNS,
    );
  });

  it('7. the same input in any order gives identical output', () => {
    fc.assert(
      fc.property(caseArb(LARGE), fc.integer(), ({ doc, scenario, quarter }, seed) => {
        expect(JSON.stringify(simulate(shuffledDoc(doc, seed), scenario, quarter))).toBe(JSON.stringify(simulate(doc, scenario, quarter)));
      }),
      RUNS,
    );
  });

  it('merged groups follow rules 1–3: within maxDomains, no Strategy team absorbed, every absorbed team below the threshold', () => {
    fc.assert(
      fc.property(caseArb(LARGE), ({ doc, scenario, quarter }) => {
        const r = simulate(doc, scenario, quarter, { trace: true });
        for (const g of r.groups) expect(g.members.length).toBeLessThanOrEqual(r.adoption === 0 ? 1 : scenario.maxDomains);
        for (const t of r.trace!.teams) {
          if (t.group === t.team) continue;
          expect(doc.teams.find((x) => x.id === t.team)!.layer).not.toMatch(/strategy|control/);
          expect(t.absorption.x).toBeLessThan(scenario.absorbThreshold - 1e-9);
        }
      }),
      RUNS,
    );
  });
});
