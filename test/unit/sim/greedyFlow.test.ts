// MergeFlow (the greedy pass's incremental lead time) against the full evaluator, try by try: random
// merges of a lone team into a group that hands it work, on the generated organisations. Lead times must
// be equal to the last bit, not merely close, since the search rounds them to micro-days and compares.
import { describe, expect, it } from 'vitest';
import { canonical } from '../../../src/sim/canonical';
import { FlowEvaluator } from '../../../src/sim/leadTime';
import { MergeFlow } from '../../../src/sim/mergeFlow';
import { stage } from '../../../src/sim/stage';
import { GREEDY_CASES, prng } from './greedyCases';

describe('MergeFlow gives what a full evaluation gives', () => {
  let cyclesSeen = 0;
  it.each(GREEDY_CASES.filter((_, k) => k % 2 === 0).map((c) => [c.name, c] as const))('%s', (_, c) => {
    const m = canonical(c.doc);
    const st = stage(m, c.scenario, 2);
    const full = new FlowEvaluator(m, st.work);
    const groupOf = Int32Array.from(m.ids, (_, i) => i);
    const flow = MergeFlow.start(m, st.work, groupOf)!;
    expect(flow).not.toBeNull();
    expect(flow.leadTime).toBe(full.evaluate(groupOf).leadTime);
    const members = m.ids.map((_, i) => [i]);
    const rand = prng(c.doc.teams.length);
    let tries = 0;
    let applied = 0;
    for (let step = 0; step < 400; step++) {
      const t = Math.floor(rand() * m.ids.length);
      if (groupOf[t] !== t || members[t].length > 1 || !m.workIn[t].length) continue;
      const group = groupOf[m.from[m.workIn[t][Math.floor(rand() * m.workIn[t].length)]]];
      const joined = [...members[group], t].sort((a, b) => a - b);
      // Either part may own the merged group (the owner rule lets the team outrank the group's owner).
      const owner = rand() < 0.3 ? t : group;

      const before = Array.from(groupOf);
      const closes = flow.closesCycle(group, t, owner, joined);
      const got = flow.tryMerge(group, t, owner, joined);
      expect(Array.from(groupOf)).toEqual(before);
      for (const i of joined) groupOf[i] = owner;
      const want = full.evaluate(groupOf);
      for (const i of joined) groupOf[i] = i === t ? t : group;
      tries++;
      expect(closes).toBe(!want.acyclic);
      expect(got.acyclic).toBe(want.acyclic);
      if (!want.acyclic) {
        cyclesSeen++;
        continue;
      }
      expect(Object.is(got.leadTime, want.leadTime)).toBe(true);
      expect(got.externalWork).toBe(want.externalWork);
      if (rand() < 0.5) {
        flow.apply(group, t, owner, joined);
        members[group] = [];
        members[t] = [];
        members[owner] = joined;
        applied++;
        // Now and then several merges pile up before the next lead time is asked for.
        if (rand() < 0.5) expect(Object.is(flow.leadTime, full.evaluate(groupOf).leadTime)).toBe(true);
      }
    }
    expect(Object.is(flow.leadTime, full.evaluate(groupOf).leadTime)).toBe(true);
    expect(tries).toBeGreaterThan(10);
    expect(applied).toBeGreaterThan(3);
  });

  // Runs last: the random merges above must have met cycles too.
  it('the cases include merges that close a cycle', () => expect(cyclesSeen).toBeGreaterThan(0));
});
