// src/sim/criticalPath.ts: the handoffs the critical path runs along, by the lead-time rule of
// simulation.md §6 (id order; a later handoff only when longer by more than 1e-9), cross-checked with
// the engine's own waitDays and fidelity, which are sums and products along the path it took.
import { describe, expect, it } from 'vitest';
import type { Handoff } from '../../../src/model';
import { baseline, simulate, type Result } from '../../../src/sim';
import { criticalPathHandoffs } from '../../../src/sim/criticalPath';
import { build, team, work } from './build';
import { ott, scenarioOf } from './ott';

const alone = (...ids: string[]): Result['groups'] => ids.map((id) => ({ owner: id, members: [id], headcount: 1 }));
const handoff = (id: string, from: string, to: string, waitDays: number, kind: Handoff['kind'] = 'work'): Handoff => ({ id, from, to, artifact: '', waitDays, ca: 1, kind });
const ids = (hs: Handoff[]) => hs.map((h) => h.id);

describe('criticalPathHandoffs', () => {
  it('on a tie takes the first handoff in id order (code units: "h10" before "h9"), whatever the file order', () => {
    const handoffs = [handoff('h9', 'a', 'b', 4), handoff('h10', 'a', 'b', 4)];
    const path = { groups: alone('a', 'b'), criticalPath: ['a', 'b'] };
    expect(ids(criticalPathHandoffs({ handoffs }, path))).toEqual(['h10']);
    expect(ids(criticalPathHandoffs({ handoffs: [...handoffs].reverse() }, path))).toEqual(['h10']);
  });

  it('treats a wait longer by 1e-9 or less as a tie, and takes a later handoff only when longer by more', () => {
    const path = { groups: alone('a', 'b'), criticalPath: ['a', 'b'] };
    expect(ids(criticalPathHandoffs({ handoffs: [handoff('h1', 'a', 'b', 4), handoff('h2', 'a', 'b', 4 + 1e-10)] }, path))).toEqual(['h1']);
    expect(ids(criticalPathHandoffs({ handoffs: [handoff('h1', 'a', 'b', 4), handoff('h2', 'a', 'b', 4 + 1e-6)] }, path))).toEqual(['h2']);
  });

  it('ignores feedback, handoffs inside a group and handoffs off the path; a member stands for its group', () => {
    const groups: Result['groups'] = [
      { owner: 'a', members: ['a', 'x'], headcount: 2 },
      ...alone('b', 'c'),
    ];
    const handoffs = [
      handoff('f1', 'a', 'b', 99, 'feedback'),
      handoff('i1', 'a', 'x', 50),
      handoff('o1', 'a', 'c', 50),
      handoff('w1', 'a', 'b', 1),
      handoff('w2', 'x', 'b', 2),
      handoff('w3', 'b', 'c', 3),
    ];
    expect(ids(criticalPathHandoffs({ handoffs }, { groups, criticalPath: ['a', 'b', 'c'] }))).toEqual(['w2', 'w3']);
  });

  it('gives nothing for a path of one group or none', () => {
    const handoffs = [handoff('h1', 'a', 'b', 1)];
    expect(criticalPathHandoffs({ handoffs }, { groups: alone('a', 'b'), criticalPath: ['a'] })).toEqual([]);
    expect(criticalPathHandoffs({ handoffs }, { groups: [], criticalPath: [] })).toEqual([]);
  });

  it('on a tie picks the handoff the engine ran along: the waits add up to its waitDays and the %C&A to its fidelity', () => {
    // Two equal waits from a to b with different %C&A: only the engine's choice reproduces its fidelity.
    for (const order of [['h1', 'h2'], ['h2', 'h1']]) {
      const doc = build(
        [team('a', 'strategy', 2, 1), team('b', 'build', 2, 1), team('c', 'execution', 2, 1)],
        [
          { ...work(order[0], 'a', 'b', 3, 0.5) },
          { ...work(order[1], 'a', 'b', 3, 0.9) },
          work('h3', 'b', 'c', 2, 0.8),
        ],
      );
      const result = baseline(doc);
      const chosen = criticalPathHandoffs(doc, result);
      expect(chosen).toHaveLength(result.criticalPath.length - 1);
      expect(chosen.reduce((s, h) => s + h.waitDays, 0)).toBeCloseTo(result.waitDays, 9);
      expect(chosen.reduce((p, h) => p * h.ca, 1)).toBeCloseTo(result.fidelity, 9);
      expect(chosen[0].id).toBe('h1');
    }
  });

  it.each([0, 1, 2, 3])('agrees with the engine on the worked example, AI-native q%d', (quarter) => {
    const doc = ott();
    const result = quarter === 0 ? baseline(doc) : simulate(doc, scenarioOf(doc, 'ai-native'), quarter);
    const chosen = criticalPathHandoffs(doc, result);
    expect(chosen).toHaveLength(result.criticalPath.length - 1);
    expect(chosen.reduce((s, h) => s + h.waitDays, 0)).toBeCloseTo(result.waitDays, 9);
    expect(chosen.reduce((p, h) => p * h.ca, 1)).toBeCloseTo(result.fidelity, 9);
  });
});
