// simulation.md §6 warnings and degenerate models: lead time is not bounded by the baseline nor
// monotone in adoption (§9.6), and the cases where it is not carry their warnings.
import { describe, expect, it } from 'vitest';
import { baseline, project, simulate } from '../../../src/sim';
import { build, mix, scenario, team, work } from './build';
import { checkNoNaN } from './checks';

describe('lead time above the baseline, and rising with adoption', () => {
  // Control reviews what AI produces upstream: its review work, and so its touch time, grows with adoption.
  const doc = build(
    [team('a', 'build', 4, 2, mix(1, 0, 0, 0)), team('c', 'control', 1, 10, mix(0, 0, 0, 1))],
    [work('e1', 'a', 'c', 1)],
    scenario({ sigmaControl: 1, potential: { routine: 0.9, create: 0.5, decide: 0.1, assure: 0.1, coordinate: 0.5 } }),
  );
  const base = baseline(doc);
  const rows = project(doc, doc.scenarios[0]);

  it('Control’s growing review pushes lead time above the baseline, and each such quarter says so', () => {
    for (const r of rows) {
      expect(r.leadTimeDays).toBeGreaterThan(base.leadTimeDays);
      const w = r.warnings.find((x) => x.code === 'lead-time-above-baseline');
      expect(w?.teams).toContain('c');
      expect(w?.message).toMatch(/baseline/);
    }
  });

  it('project() flags every quarter whose lead time rose over the quarter before, and not quarter 0', () => {
    expect(rows[0].warnings.some((w) => w.code === 'lead-time-rose')).toBe(false);
    for (let q = 1; q < rows.length; q++) {
      expect(rows[q].leadTimeDays).toBeGreaterThan(rows[q - 1].leadTimeDays);
      expect(rows[q].warnings.filter((w) => w.code === 'lead-time-rose')).toHaveLength(1);
    }
  });

  it('simulate() alone never says lead-time-rose: that needs the previous quarter', () => {
    expect(simulate(doc, doc.scenarios[0], 2).warnings.map((w) => w.code)).not.toContain('lead-time-rose');
  });

  it('a merge that saves a person can put parallel work in series, and carries the warning', () => {
    const parallel = build(
      [
        team('a', 'strategy', 1, 0, mix(0, 0, 1, 0)),
        team('b', 'product', 1, 10, mix(0, 0, 1, 0)),
        team('c', 'product', 1, 10, mix(0, 0, 1, 0)),
        team('k', 'control', 1, 0, mix(0, 0, 0, 1)),
      ],
      [work('e1', 'a', 'b', 0), work('e2', 'a', 'c', 0)],
      scenario({ adoption: [0.9], absorbThreshold: 1.5, sigmaFirst: 0, sigmaControl: 0, potential: { routine: 0.8, create: 0.5, decide: 0.5, assure: 0.1, coordinate: 0.5 } }),
    );
    const before = baseline(parallel);
    const r = simulate(parallel, parallel.scenarios[0], 0);
    expect(r.groups.find((g) => g.owner === 'a')?.members).toEqual(['a', 'b', 'c']);
    expect(r.headcount).toBeLessThan(before.headcount);
    expect(r.leadTimeDays).toBeGreaterThan(before.leadTimeDays);
    expect(r.warnings.map((w) => w.code)).toContain('lead-time-above-baseline');
  });
});

describe('no-control and big-team', () => {
  const teams = [team('a', 'product', 10, 1), team('b', 'build', 9, 1)];
  const handoffs = [work('e1', 'a', 'b', 2)];

  it('automated work with no Control team to oversee it warns no-control; with sigmaControl 0 it does not', () => {
    const doc = build(teams, handoffs, scenario({ sigmaControl: 0.1 }));
    expect(simulate(doc, doc.scenarios[0], 1).warnings.map((w) => w.code)).toContain('no-control');
    expect(simulate(doc, { ...doc.scenarios[0], sigmaControl: 0 }, 1).warnings.map((w) => w.code)).not.toContain('no-control');
    expect(baseline(doc).warnings.map((w) => w.code)).not.toContain('no-control');
  });

  it('one big-team warning per team of more than 9 people as entered, in every result', () => {
    const doc = build(teams, handoffs);
    for (const r of [baseline(doc), ...project(doc, doc.scenarios[0])]) {
      const big = r.warnings.filter((w) => w.code === 'big-team');
      expect(big.map((w) => w.teams)).toEqual([['a']]);
    }
  });
});

describe('degenerate models (§6): defined values, never NaN, Infinity or an exception', () => {
  it('no teams: zeros, fidelity 1, flow efficiency 1, no warnings', () => {
    const doc = build([], []);
    for (const r of [baseline(doc), simulate(doc, doc.scenarios[0], 2)]) {
      expect(r).toMatchObject({
        headcount: 0,
        handoffs: 0,
        leadTimeDays: 0,
        touchDays: 0,
        waitDays: 0,
        flowEfficiency: 1,
        fidelity: 1,
        cost: { human: 0, ai: 0, total: 0 },
        automatedFte: 0,
        groups: [],
        criticalPath: [],
        pyramid: { execution: 0, orchestration: 0, innovation: 0, unallocated: 0 },
        warnings: [],
      });
      expect(r.learningLoops).toBe(60 / 10);
      checkNoNaN(r);
    }
  });

  it('zero lead time and no measurement lag: lead time 0, flow efficiency 1, learning loops null', () => {
    const doc = build([team('a', 'product', 2, 0), team('b', 'build', 1, 0)], [work('e1', 'a', 'b', 0)], scenario(), 0);
    for (const r of [baseline(doc), ...project(doc, doc.scenarios[0])]) {
      expect(r.leadTimeDays).toBe(0);
      expect(r.flowEfficiency).toBe(1);
      expect(r.learningLoops).toBeNull();
      checkNoNaN(r);
    }
  });

  it('teams that cost nothing and full adoption at full potential still give finite figures', () => {
    const full = { routine: 1, create: 1, decide: 1, assure: 1, coordinate: 1 };
    const doc = build(
      [{ ...team('a', 'product', 3, 2), costPerFte: 0 }, team('k', 'control', 1, 1)],
      [work('e1', 'a', 'k', 1, 0.01)],
      scenario({ adoption: [1], potential: full, cap: full, sigmaFirst: 1, sigmaControl: 1 }),
    );
    const r = simulate(doc, doc.scenarios[0], 0, { trace: true });
    checkNoNaN(r);
    expect(r.headcount).toBeGreaterThanOrEqual(2);
  });
});
