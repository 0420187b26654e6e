// src/sim/summary.ts against the worked example of simulation.md §8. Expected figures are the page's
// (headcounts, groups, loops, the headline of issue 5); the rest is checked against the engine itself.
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/model/schema';
import { baseline, simulate, type Result } from '../../../src/sim';
import {
  criticalPathWaits,
  formatDays,
  formatHeadline,
  formatMoney,
  headcountByLayer,
  headlineFigures,
  initiativeCheck,
  waitingReading,
} from '../../../src/readout';
import { ott, scenarioOf } from '../sim/ott';

const doc = ott();
const base = baseline(doc);
const aiNative = (q: number) => simulate(doc, scenarioOf(doc, 'ai-native'), q);
const q3 = aiNative(3);
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('headcount per layer', () => {
  it('baseline: the table of §8 summed by layer', () => {
    // strat 2 · insight 2 + prod 2 · data 2 + eng 3 + qa 1 · growth 2 + care 3 + revops 1 · ctrl 2
    expect(headcountByLayer(doc, base)).toEqual({ strategy: 2, product: 4, build: 6, execution: 6, control: 2 });
  });

  it("AI-native q3: each merged group counts in its owner's layer (strat 1, data 1, growth 1, ctrl 2)", () => {
    expect(headcountByLayer(doc, q3)).toEqual({ strategy: 1, product: 0, build: 1, execution: 1, control: 2 });
  });

  it.each([
    ['cautious', 3],
    ['evidence-top', 3],
    ['ai-native', 0],
    ['ai-native', 1],
    ['ai-native', 2],
  ] as const)('%s q%d: the layers add up to the headcount and cover every layer', (scenario, quarter) => {
    const r = simulate(doc, scenarioOf(doc, scenario), quarter);
    const layers = headcountByLayer(doc, r);
    expect(Object.keys(layers)).toEqual([...LAYER_IDS]);
    expect(sum(layers)).toBe(r.headcount);
  });
});

describe('headline', () => {
  it('reads as issue 5 writes it for AI-native q3', () => {
    expect(formatHeadline(headlineFigures(base, q3), 'USD')).toBe('20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M');
  });

  it('follows the chosen quarter (q1: 10 people, 9 handoffs, 50.85 days)', () => {
    expect(formatHeadline(headlineFigures(base, aiNative(1)), 'USD')).toBe('20 → 10 people · 12 → 9 handoffs · 72.5 → 50.85 days · $3.54M → $1.96M');
  });

  it("uses the document's currency", () => {
    expect(formatHeadline(headlineFigures(base, q3), 'EUR')).toContain('€3.54M → €1.12M');
  });

  it('rounds as §0 says: days to 2 decimals, money to whole units', () => {
    expect(formatDays(62.8249)).toBe('62.82');
    expect(formatMoney(1_116_259.46, 'USD')).toBe('$1,116,259');
  });
});

describe('critical path waits', () => {
  it('baseline: the nine teams of §8 and their 47 days of waiting', () => {
    const waits = criticalPathWaits(doc, base);
    // strat→insight→prod→data→eng→qa→ctrl→growth→care: e01 e02 e03 e05 e06 e07 e08 e11
    expect(waits.map((w) => w.handoff)).toEqual(['e01', 'e02', 'e03', 'e05', 'e06', 'e07', 'e08', 'e11']);
    expect(waits.reduce((s, w) => s + w.waitDays, 0)).toBe(47);
  });

  it('AI-native q3: the waits along strat → data → ctrl → growth add up to the engine’s waitDays', () => {
    const waits = criticalPathWaits(doc, q3);
    expect(waits.reduce((s, w) => s + w.waitDays, 0)).toBe(q3.waitDays);
    expect(waits.find((w) => w.to === 'ctrl')).toMatchObject({ from: 'qa', waitDays: 10, intoControl: true });
  });
});

describe('initiative check (§8 "Reading it honestly")', () => {
  const check = initiativeCheck(doc, base, q3);

  it('learning loops 0.70 → 1.33 in the 65-day window', () => {
    expect(check.windowDays).toBe(65);
    expect(Number(check.loopsBefore!.toFixed(2))).toBe(0.7);
    expect(Number(check.loopsAfter!.toFixed(2))).toBe(1.33);
    expect(check.attempts).toBe(1);
  });

  it('says in one sentence that about one attempt fits', () => {
    expect(check.sentence).toBe('About 1 measured attempt fits in 65 days: cutting monthly churn from 10% to 2% rests on getting it right the first time.');
  });

  it('says that waiting now dominates lead time, naming the Control gate', () => {
    expect(check.waiting.dominates).toBe(true);
    expect(check.waiting.sentence).toMatch(/^Waiting dominates lead time: 22 of 28\.8 days \(76%\)/);
    expect(check.waiting.sentence).toContain('QA → Engineering leadership & AI governance, 10 days (a Control gate)');
  });

  it('before AI, not one measured attempt fits', () => {
    expect(initiativeCheck(doc, base, base).sentence).toMatch(/^Not one measured attempt fits in 65 days/);
  });

  it('a longer window leaves room to correct course', () => {
    const longer = { ...doc, initiative: { ...doc.initiative, windowDays: 200 } };
    const r = simulate(longer, scenarioOf(longer, 'ai-native'), 3);
    const c = initiativeCheck(longer, baseline(longer), r);
    expect(c.attempts).toBe(Math.floor(200 / (r.leadTimeDays + 20)));
    expect(c.sentence).toMatch(/^About 4 measured attempts fit in 200 days: .* correct course 3 times\.$/);
  });

  it('no lead time and no lag: the window sets no limit (the engine gives no loops)', () => {
    const empty = { ...doc, teams: [], handoffs: [], initiative: { ...doc.initiative, measurementLagDays: 0 } };
    const r: Result = baseline(empty);
    expect(r.learningLoops).toBeNull();
    const c = initiativeCheck(empty, r, r);
    expect(c.attempts).toBeNull();
    expect(c.sentence).toContain('sets no limit');
    expect(waitingReading(empty, r).sentence).toBe('No lead time: nothing waits.');
  });

  it('when hands-on work dominates, it does not claim that waiting does', () => {
    const quick = { ...doc, handoffs: doc.handoffs.map((h) => ({ ...h, waitDays: 0.5 })) };
    const w = waitingReading(quick, baseline(quick));
    expect(w.dominates).toBe(false);
    expect(w.sentence).toMatch(/^Waiting is .* of lead time; the rest is hands-on work\./);
  });
});
