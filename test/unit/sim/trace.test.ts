// The explanation trace: every step is "formula, inputs, result", inputs link to where they are edited,
// and each team says in one sentence why it was or was not absorbed.
import { describe, expect, it } from 'vitest';
import { baseline, explain, simulate } from '../../../src/sim';
import { ott, scenarioOf } from './ott';

const doc = ott();
const aiNative = scenarioOf(doc, 'ai-native');
const r = explain(doc, aiNative, 3);
const trace = r.trace!;
const teamTrace = (id: string) => trace.teams.find((t) => t.team === id)!;
const stepOf = (id: string, key: string) => teamTrace(id).steps.find((s) => s.key === key)!;

describe('explanation trace', () => {
  it('is only there when asked for', () => {
    expect(simulate(doc, aiNative, 3).trace).toBeUndefined();
    expect(trace.teams.map((t) => t.team)).toEqual(doc.teams.map((t) => t.id).sort());
    expect(trace.groups.map((g) => g.owner)).toEqual(r.groups.map((g) => g.owner));
  });

  it('says why a team was absorbed, in the words of the issue', () => {
    expect(teamTrace('insight').absorption.reason).toMatch(/^x = 0\.31 < 0\.75: absorbed by strat$/);
    expect(teamTrace('insight').absorption.status).toBe('absorbed');
    expect(teamTrace('strat').absorption.status).toBe('owner');
    expect(teamTrace('ctrl').absorption.status).toBe('control');
    for (const t of trace.teams) expect(t.group).toBe(r.groups.find((g) => g.members.includes(t.team))!.owner);
  });

  it('decomposes each team as n = T + C + R, with W by kind summing to T', () => {
    for (const t of doc.teams) {
      const v = (k: string) => stepOf(t.id, k).result;
      expect(v('T') + v('C') + v('R')).toBeCloseTo(t.headcount, 9);
      expect(v('W.routine') + v('W.create') + v('W.decide') + v('W.assure')).toBeCloseTo(v('T'), 9);
    }
  });

  it('links each input to where it is edited', () => {
    const f = stepOf('eng', 'f');
    expect(f.formula).toContain('min(fMax');
    expect(f.inputs.find((i) => i.symbol === 'fMax')?.ref).toEqual({ param: 'assumptions.fMax' });
    expect(f.inputs.find((i) => i.symbol === 'n')?.ref).toEqual({ param: 'team.headcount', team: 'eng' });
    const u = trace.scenarioSteps.find((s) => s.key === 'u.routine')!;
    expect(u.inputs.find((i) => i.symbol === 'p')?.ref).toEqual({ param: 'scenario.potential', scenario: 'ai-native', kind: 'routine' });
    expect(u.result).toBeCloseTo(0.95 * 0.95, 12);
    const rho = stepOf('eng', 'ρ');
    expect(rho.inputs.map((i) => i.ref)).toEqual([
      { param: 'handoff.ca', handoff: 'e04' },
      { param: 'handoff.ca', handoff: 'e05' },
    ]);
  });

  it('gives each group its demand, floor, chosen n and capacity, the capacity covering demand less the slack', () => {
    for (const g of trace.groups) {
      const v = (k: string) => g.steps.find((s) => s.key === k)!.result;
      expect(v('n')).toBe(r.groups.find((x) => x.owner === g.owner)!.headcount);
      expect(v('n')).toBeGreaterThanOrEqual(v('floor'));
      expect(v('capacity')).toBeGreaterThanOrEqual(v('demand') - aiNative.roundingSlack - 1e-9);
    }
  });

  it('at baseline every team is explained as entered and nothing merges', () => {
    const b = baseline(doc, { trace: true }).trace!;
    expect(b.scenarioSteps).toEqual([]);
    expect(new Set(b.teams.map((t) => t.absorption.status))).toEqual(new Set(['baseline']));
    expect(b.search).toMatch(/baseline/);
  });
});
