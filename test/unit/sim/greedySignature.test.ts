// simulation.md §5 on a full tie in the greedy pass: each try's signature is that of the grouping the try
// itself would make. Five teams (plus eight Strategy teams without handoffs, which never move but make the
// pass greedy) are built so that when team c chooses, joining d's group and joining b's group tie on
// headcount, lead time and external work handoffs, and only the signature decides. The pass before this
// fix built b's try's signature while d's try was still written in, so a and d showed owner c in both
// strings, and it chose differently from §5.
import { describe, expect, it } from 'vitest';
import { FRONTIER_CAP as FRONTIER } from '../../../src/model';
import { simulate } from '../../../src/sim';
import { canonical } from '../../../src/sim/canonical';
import { isAbsorbable } from '../../../src/sim/grouping';
import { FlowEvaluator } from '../../../src/sim/leadTime';
import { stage } from '../../../src/sim/stage';
import { staffGroup, standAloneNeed } from '../../../src/sim/staffing';
import { build, scenario, team, work } from './build';
import { referenceGreedySearch } from './greedyReference';

// Flow rank b, d, a, e, c: a joins d's group, e joins b's, then c receives work from both groups. c
// outranks d (product before build), so it would own {a, c, d}; b outranks c (same layer, earlier), so
// b would own {b, c, e}. No process days and equal waits: lead times tie exactly.
const fillers = Array.from({ length: 8 }, (_, k) => team(`f${k}`, 'strategy', 1, 0));
const doc = build(
  [team('a', 'build', 1, 0), team('b', 'product', 1, 0), team('c', 'product', 1, 0), team('d', 'build', 1, 0), team('e', 'build', 1, 0), ...fillers],
  [work('h1', 'd', 'a', 5), work('h2', 'a', 'c', 5), work('h3', 'b', 'e', 5), work('h4', 'e', 'c', 5)],
  // AI at the frontier: every group of up to three of these teams needs a single person.
  scenario({ adoption: [1], potential: FRONTIER, cap: FRONTIER }),
);
const sc = doc.scenarios[0];
const ids = doc.teams.map((t) => t.id).sort();

type Owners = Map<string, string>;
/** Every team alone, then each block written in with its owner. */
const grouping = (...blocks: [owner: string, members: string[]][]): Owners => {
  const owners: Owners = new Map(ids.map((id) => [id, id]));
  for (const [owner, members] of blocks) for (const id of members) owners.set(id, owner);
  return owners;
};
/** §5: the owner id of every team, teams in id order, joined with ",". */
const signature = (owners: Owners) => ids.map((id) => owners.get(id)).join(',');

/** The rest of the key: total headcount, round(LT × 10^6), external work handoffs. */
function keyOf(owners: Owners) {
  const m = canonical(doc);
  const st = stage(m, sc, 0);
  const groupOf = m.ids.map((id) => m.ids.indexOf(owners.get(id)!));
  let headcount = 0;
  for (const owner of new Set(groupOf)) {
    const members = groupOf.flatMap((g, i) => (g === owner ? [i] : []));
    headcount += staffGroup({ m, st, sc }, members, (i) => members.includes(i)).n;
  }
  const flow = new FlowEvaluator(m, st.work).evaluate(groupOf);
  return { headcount, leadTime: Math.round(flow.leadTime * 1e6), externalWork: flow.externalWork };
}

const ownersOf = (groups: { owner: string; members: string[] }[]): Owners => new Map(groups.flatMap((g) => g.members.map((id) => [id, g.owner] as const)));

describe('greedy pass: a full tie is decided by each try’s own signature (§5)', () => {
  const settled = grouping(['d', ['a', 'd']], ['b', ['b', 'e']]);
  const joinD = grouping(['c', ['a', 'c', 'd']], ['b', ['b', 'e']]);
  const joinB = grouping(['d', ['a', 'd']], ['b', ['b', 'c', 'e']]);
  // What the old pass compared joinD with: joinB's string built while joinD's try was written in.
  const joinBStale = grouping(['c', ['a', 'd']], ['b', ['b', 'c', 'e']]);

  it('the two tries tie on everything but the signature, and the stale signature would flip the choice', () => {
    expect(keyOf(joinD)).toEqual(keyOf(joinB));
    expect(keyOf(joinD).headcount).toBeLessThan(keyOf(settled).headcount);
    expect(signature(joinD) < signature(joinB)).not.toBe(signature(joinD) < signature(joinBStale));
  });

  it('the engine and the reference copy both take the try whose grouping has the smaller signature', () => {
    const spec = signature(joinD) < signature(joinB) ? joinD : joinB;
    const result = simulate(doc, sc, 0);
    expect(result.search).toBe('greedy');
    expect(ownersOf(result.groups)).toEqual(spec);

    const m = canonical(doc);
    const st = stage(m, sc, 0);
    const ctx = { m, st, sc };
    const absorbable = m.ids.map((_, i) => isAbsorbable(m, i, standAloneNeed(ctx, i).x, sc.absorbThreshold));
    const reference = referenceGreedySearch(ctx, absorbable).groupOf;
    expect(new Map(m.ids.map((id, i) => [id, m.ids[reference[i]]]))).toEqual(spec);
  });
});
