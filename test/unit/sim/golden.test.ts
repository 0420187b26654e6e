// simulation.md §8: every cell of the golden table, the baseline detail and the AI-native q3 detail,
// and the §10 figures of the sensitivity view. Expected values are the spec's, typed in from the page.
import { describe, expect, it } from 'vitest';
import { baseline, project, sensitivity, simulate, type Result } from '../../../src/sim';
import { ott, scenarioOf } from './ott';

const doc = ott();
const round = (v: number, digits: number) => Number(v.toFixed(digits));

// | | headcount | work handoffs | lead time | total cost | fidelity |
const GOLDEN: Array<[string, string, number, number, number, number, number, number]> = [
  ['baseline', 'baseline', 0, 20, 12, 72.5, 3_540_000, 0.383],
  ['cautious q3', 'cautious', 3, 18, 11, 62.82, 3_294_240, 0.45],
  ['evidence-top q3', 'evidence-top', 3, 8, 7, 38.49, 1_615_500, 0.654],
  ['ai-native q0', 'ai-native', 0, 18, 11, 61.42, 3_305_135, 0.45],
  ['ai-native q1', 'ai-native', 1, 10, 9, 50.85, 1_956_269, 0.5],
  ['ai-native q2', 'ai-native', 2, 6, 7, 36.79, 1_277_359, 0.618],
  ['ai-native q3', 'ai-native', 3, 5, 6, 28.8, 1_116_259, 0.727],
];

function resultFor(scenario: string, quarter: number): Result {
  return scenario === 'baseline' ? baseline(doc) : simulate(doc, scenarioOf(doc, scenario), quarter);
}

describe('golden table (simulation.md §8)', () => {
  describe.each(GOLDEN)('%s', (_label, scenario, quarter, headcount, handoffs, lead, cost, fidelity) => {
    const r = resultFor(scenario, quarter);
    it('headcount', () => expect(r.headcount).toBe(headcount));
    it('work handoffs', () => expect(r.handoffs).toBe(handoffs));
    it('lead time (days, 2 decimals)', () => expect(round(r.leadTimeDays, 2)).toBe(lead));
    it('total cost (whole units)', () => expect(Math.round(r.cost.total)).toBe(cost));
    it('fidelity (3 decimals)', () => expect(round(r.fidelity, 3)).toBe(fidelity));
  });

  it('project() gives the AI-native row quarter by quarter', () => {
    const rows = project(doc, scenarioOf(doc, 'ai-native'));
    expect(rows.map((r) => r.quarter)).toEqual([0, 1, 2, 3]);
    expect(rows.map((r) => r.headcount)).toEqual([18, 10, 6, 5]);
    expect(rows.map((r) => round(r.leadTimeDays, 2))).toEqual([61.42, 50.85, 36.79, 28.8]);
    // Lead time falls every quarter, so nothing rises.
    expect(rows.flatMap((r) => r.warnings.map((w) => w.code))).toEqual([]);
  });
});

describe('baseline detail (§8)', () => {
  const r = baseline(doc, { trace: true });
  const stepOf = (team: string, key: string) => r.trace!.teams.find((t) => t.team === team)!.steps.find((s) => s.key === key)!.result;
  const sum = (key: string) => doc.teams.reduce((s, t) => s + stepOf(t.id, key), 0);

  it('coordination 8.10 FTE (40%), task 10.48, rework 1.42', () => {
    expect(round(sum('C'), 2)).toBe(8.1);
    expect(round(sum('C') / r.headcount, 2)).toBe(0.4);
    expect(round(sum('T'), 2)).toBe(10.48);
    expect(round(sum('R'), 2)).toBe(1.42);
  });

  it('critical path strat→insight→prod→data→eng→qa→ctrl→growth→care, touch 25.5 + wait 47 days', () => {
    expect(r.criticalPath).toEqual(['strat', 'insight', 'prod', 'data', 'eng', 'qa', 'ctrl', 'growth', 'care']);
    expect(round(r.touchDays, 2)).toBe(25.5);
    expect(round(r.waitDays, 2)).toBe(47);
  });

  it('pyramid 8.35/9.23/2.42/0.00', () => {
    const p = r.pyramid;
    expect([p.execution, p.orchestration, p.innovation, p.unallocated].map((v) => round(v, 2))).toEqual([8.35, 9.23, 2.42, 0]);
  });

  it('is the baseline of format.md: scenario "baseline", quarter 0, adoption 0, search "none", learning loops 0.70', () => {
    expect(r).toMatchObject({ scenario: 'baseline', quarter: 0, adoption: 0, search: 'none' });
    expect(round(r.learningLoops!, 2)).toBe(0.7);
    expect(r.groups).toHaveLength(doc.teams.length);
  });
});

describe('AI-native q3 detail (§8, format.md example)', () => {
  const r = simulate(doc, scenarioOf(doc, 'ai-native'), 3);

  it('groups strat{strat, insight, prod} 1, data{data, eng, qa} 1, growth{growth, care, revops} 1, ctrl 2', () => {
    expect(r.groups).toEqual([
      { owner: 'ctrl', members: ['ctrl'], headcount: 2 },
      { owner: 'data', members: ['data', 'eng', 'qa'], headcount: 1 },
      { owner: 'growth', members: ['care', 'growth', 'revops'], headcount: 1 },
      { owner: 'strat', members: ['insight', 'prod', 'strat'], headcount: 1 },
    ]);
  });

  it('pyramid 1.08/2.44/0.81/0.67 and learning loops 1.33', () => {
    const p = r.pyramid;
    expect([p.execution, p.orchestration, p.innovation, p.unallocated].map((v) => round(v, 2))).toEqual([1.08, 2.44, 0.81, 0.67]);
    expect(round(r.learningLoops!, 2)).toBe(1.33);
  });

  it('the rest of format.md’s example: touch 6.8, wait 22, flow efficiency 0.236, cost split, automated 8.14, path, search', () => {
    expect(round(r.touchDays, 2)).toBe(6.8);
    expect(round(r.waitDays, 2)).toBe(22);
    expect(round(r.flowEfficiency, 3)).toBe(0.236);
    expect(Math.round(r.cost.human)).toBe(973_333);
    expect(Math.round(r.cost.ai)).toBe(142_926);
    expect(round(r.automatedFte, 2)).toBe(8.14);
    expect(r.criticalPath).toEqual(['strat', 'data', 'ctrl', 'growth']);
    expect(r).toMatchObject({ scenario: 'ai-native', quarter: 3, adoption: 0.95, search: 'exhaustive', warnings: [] });
  });
});

describe('sensitivity (§10), AI-native at q3', () => {
  const s = sensitivity(doc, scenarioOf(doc, 'ai-native'), 3);
  const lever = (name: string) => s.levers.find((l) => l.lever === name)!;

  it('adoption 0.8× gives 9 people; 1.2× is clamped to 1 and gives 5', () => {
    expect(lever('adoption').low.headcount).toBe(9);
    expect(lever('adoption').high.value).toBe(1);
    expect(lever('adoption').high.headcount).toBe(5);
    expect(s.base.headcount).toBe(5);
  });

  it('routine, create, decide or coordinate potential at 0.8× each give 6; 1.2× is clamped to the cap', () => {
    for (const k of ['routine', 'create', 'decide', 'coordinate']) {
      expect(lever(`potential.${k}`).low.headcount).toBe(6);
      expect(lever(`potential.${k}`).high.value).toBe(scenarioOf(doc, 'ai-native').cap[k as 'routine']);
    }
  });

  it('minHumans 2 gives 8 (0 is out of bounds, stays 1); maxDomains 2 gives 7', () => {
    expect(lever('minHumans').high).toMatchObject({ value: 2, headcount: 8 });
    expect(lever('minHumans').low).toMatchObject({ value: 1, headcount: 5 });
    expect(lever('maxDomains').low).toMatchObject({ value: 2, headcount: 7 });
  });

  it('sigmaFirst .05 → .10 gives 6', () => {
    expect(simulate(doc, { ...scenarioOf(doc, 'ai-native'), sigmaFirst: 0.1 }, 3).headcount).toBe(6);
  });

  it('levers come largest swing first, adoption at the top', () => {
    expect(s.levers[0].lever).toBe('adoption');
    for (let i = 1; i < s.levers.length; i++) expect(s.levers[i - 1].swing).toBeGreaterThanOrEqual(s.levers[i].swing);
  });
});
