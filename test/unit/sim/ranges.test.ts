// simulation.md §11 and §12: the random numbers, the triangular draw, sampled worlds, percentiles, and
// every figure the page quotes for the worked example.
import { describe, expect, it } from 'vitest';
import { presetUncertainty } from '../../../src/model/presets';
import { simulate } from '../../../src/sim';
import { mulberry32, mulberryState, nearestRank, triangular } from '../../../src/sim/random';
import { drawPlan, sampledWorld, worldOf, type Uncertainty } from '../../../src/sim/ranges';
import { chanceOfAtMost, Sampler, sampleRanges, summarise } from '../../../src/sim/sampling';
import { reach } from '../../../src/sim/reach';
import { ott, scenarioOf } from './ott';

/** mulberry32 as it is usually published (bryc), written independently of the engine's. */
function referenceMulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mulberry32 (§11)', () => {
  it('seed 1 starts 0.6270739405881613, 0.002735721180215478, 0.5274470399599522', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('seeds 1 and 7 give the published generator’s first hundred outputs', () => {
    for (const seed of [1, 7]) {
      const ours = mulberry32(seed);
      const theirs = referenceMulberry32(seed);
      for (let k = 0; k < 100; k++) expect(ours()).toBe(theirs());
    }
  });

  it('seed 7 starts differently from seed 1, every output in [0, 1)', () => {
    const a = mulberry32(7);
    const firsts = [a(), a(), a()];
    expect(firsts[0]).not.toBe(mulberry32(1)());
    for (const u of firsts) expect(u >= 0 && u < 1).toBe(true);
  });

  it('skipping k draws lands where drawing them would, across the 2^32 wrap', () => {
    for (const seed of [0, 1, 7, 0xffffffff]) {
      const walk = mulberry32(seed);
      for (let k = 0; k < 50; k++) walk();
      expect(mulberry32(seed, 50)()).toBe(walk());
    }
    expect(mulberryState(0xffffffff, 1)).toBe((0xffffffff + 0x6d2b79f5) % 2 ** 32);
  });
});

describe('triangular inverse CDF (§11)', () => {
  it('gives low at u = 0, the mode at u = F, and tends to high as u → 1', () => {
    expect(triangular(0, 0.6, 0.8, 0.95)).toBe(0.6);
    const F = (0.8 - 0.6) / (0.95 - 0.6);
    expect(triangular(F, 0.6, 0.8, 0.95)).toBeCloseTo(0.8, 12);
    expect(triangular(1 - 1e-12, 0.6, 0.8, 0.95)).toBeCloseTo(0.95, 6);
    expect(triangular(1, 0.6, 0.8, 0.95)).toBe(0.95);
  });

  it('with the mode at an edge, the draw is a ramp from it', () => {
    // mode = high (a preset's potential at its cap): F = 1, so every u takes the first branch.
    expect(triangular(0.25, 0, 1, 1)).toBeCloseTo(Math.sqrt(0.25), 12);
    // mode = low: F = 0, the second branch.
    expect(triangular(0.75, 0, 0, 1)).toBeCloseTo(1 - Math.sqrt(0.25), 12);
  });

  it('clamps the mode into [low, high], and low = high draws low', () => {
    expect(triangular(0.3, 0.2, 5, 0.4)).toBe(triangular(0.3, 0.2, 0.4, 0.4));
    expect(triangular(0.3, 0.2, -1, 0.4)).toBe(triangular(0.3, 0.2, 0.2, 0.4));
    expect(triangular(0.9, 0.5, 0.7, 0.5)).toBe(0.5);
  });
});

describe('percentiles by nearest rank (§11)', () => {
  it('P_p = v[max(0, ⌈p·N/100⌉ − 1)] on small arrays', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([10, 50, 90].map((p) => nearestRank(ten, p))).toEqual([1, 5, 9]);
    expect([10, 50, 90].map((p) => nearestRank([42], p))).toEqual([42, 42, 42]);
    // N = 3: ⌈0.3⌉ − 1 = 0, ⌈1.5⌉ − 1 = 1, ⌈2.7⌉ − 1 = 2.
    expect([10, 50, 90].map((p) => nearestRank([1, 5, 7], p))).toEqual([1, 5, 7]);
    // N = 4: ⌈0.4⌉ − 1 = 0, ⌈2⌉ − 1 = 1, ⌈3.6⌉ − 1 = 3.
    expect([10, 50, 90].map((p) => nearestRank([2, 3, 10, 11], p))).toEqual([2, 3, 11]);
  });

  it('summarise takes percentiles and the mean per quarter and figure', () => {
    // Two quarters, four samples, rows of [headcount, handoffs, lead time, cost].
    const rows = Float64Array.from([
      [5, 1, 10, 100], [4, 1, 11, 90],
      [7, 2, 12, 120], [6, 2, 13, 110],
      [3, 0, 8, 80], [2, 0, 9, 70],
      [9, 3, 20, 150], [8, 3, 21, 140],
    ].flat());
    const [q0, q1] = summarise(rows, 4, 2, 7);
    expect(q0.headcount).toEqual({ p10: 3, p50: 5, p90: 9, mean: 6 });
    expect(q1.leadTimeDays).toEqual({ p10: 9, p50: 11, p90: 21, mean: 13.5 });
    expect(q1.cost.p50).toBe(90);
    expect(q0.samples).toBe(4);
    expect(q0.seed).toBe(7);
    expect(chanceOfAtMost(rows, 4, 2, 1, 4)).toBe(0.5);
  });
});

describe('a sampled world (§11)', () => {
  const doc = ott();
  const aiNative = scenarioOf(doc, 'ai-native');

  it('draws only the present parameters, in draw order, modes 1 for multipliers and the value for the rest', () => {
    const plan = drawPlan(aiNative, { samples: 100, waitDays: [0.8, 1.5], sigmaFirst: [0.05, 0.2], potential: { create: [0.25, 0.9] }, adoption: [0.8, 1.1] });
    expect(plan.map((d) => [d.param, d.low, d.mode, d.high])).toEqual([
      ['adoption', 0.8, 1, 1.1],
      ['potential.create', 0.25, 0.9, 0.9],
      ['sigmaFirst', 0.05, 0.05, 0.2],
      ['waitDays', 0.8, 1, 1.5],
    ]);
  });

  it('scales and clamps adoption, caps potential, sets the sigmas and the wait factor', () => {
    const scenario = { ...aiNative, potential: { ...aiNative.potential, routine: 0.7 } };
    const plan = drawPlan(scenario, { samples: 100, adoption: [1.1, 1.1], potential: { routine: [0.99, 0.99] }, sigmaControl: [0.07, 0.07], waitDays: [1.5, 1.5] });
    const w = sampledWorld(scenario, plan, [0.5, 0.5, 0.5, 0.5]);
    expect(w.scenario.adoption).toEqual([0.3 * 1.1, 0.6 * 1.1, 0.8 * 1.1, 1]);
    expect(w.scenario.potential.routine).toBe(0.95); // min(0.99, cap 0.95)
    expect(w.scenario.potential.create).toBe(aiNative.potential.create);
    expect(w.scenario.sigmaControl).toBe(0.07);
    expect(w.scenario.sigmaFirst).toBe(aiNative.sigmaFirst);
    expect(w.waitFactor).toBe(1.5);
    expect(w.values).toEqual([1.1, 0.99, 0.07, 1.5]);
    expect(scenario.adoption).toEqual([0.3, 0.6, 0.8, 0.95]); // the scenario itself is untouched
  });

  it('sample s takes draws s·P … s·P + P − 1 of the seed’s stream', () => {
    const plan = drawPlan(aiNative, presetUncertainty());
    const next = mulberry32(1);
    const stream = Array.from({ length: plan.length * 3 }, () => next());
    expect(worldOf(aiNative, plan, 1, 2)).toEqual(sampledWorld(aiNative, plan, stream.slice(plan.length * 2)));
  });
});

describe('sampling over worlds', () => {
  const doc = ott();
  const aiNative = scenarioOf(doc, 'ai-native');

  it('gives the same rows however the samples are split (worker counts 1, 2, 3, 7)', () => {
    const ranges: Uncertainty = { ...presetUncertainty(), samples: 120, seed: 7 };
    const whole = new Sampler(doc, aiNative, ranges).run(0, 120);
    for (const workers of [2, 3, 7]) {
      const parts: Float64Array[] = [];
      for (let w = 0; w < workers; w++) {
        const sampler = new Sampler(doc, aiNative, ranges); // each worker builds its own
        parts.push(sampler.run(Math.floor((120 * w) / workers), Math.floor((120 * (w + 1)) / workers)));
      }
      const joined = new Float64Array(whole.length);
      let at = 0;
      for (const p of parts) {
        joined.set(p, at);
        at += p.length;
      }
      expect(joined).toEqual(whole);
      expect(summarise(joined, 120, 4, 7)).toEqual(summarise(whole, 120, 4, 7));
    }
  });

  it('quarter rows agree with simulate on the sampled world', () => {
    const ranges: Uncertainty = { ...presetUncertainty(), samples: 3 };
    const sampler = new Sampler(doc, aiNative, ranges);
    const rows = sampler.run(0, 3);
    const w = worldOf(aiNative, sampler.plan, 1, 2);
    const scaled = { ...doc, handoffs: doc.handoffs.map((h) => ({ ...h, waitDays: h.waitDays * w.waitFactor })) };
    for (let q = 0; q < 4; q++) {
      const r = simulate(scaled, w.scenario, q);
      const at = (2 * 4 + q) * 4;
      expect(Array.from(rows.subarray(at, at + 4))).toEqual([r.headcount, r.handoffs, r.leadTimeDays, r.cost.total]);
    }
  });
});

describe('the figures simulation.md §11 and §12 quote for the worked example', () => {
  const doc = ott();
  const aiNative = scenarioOf(doc, 'ai-native');
  const evidenceTop = scenarioOf(doc, 'evidence-top');

  it('§11: AI-native at q3 with the preset ranges reads 7 to 10 people (P10–P90), P50 9; the point value 5 lies below P10', () => {
    const q3 = sampleRanges(doc, aiNative, presetUncertainty())[3];
    expect([q3.headcount.p10, q3.headcount.p50, q3.headcount.p90]).toEqual([7, 9, 10]);
    expect(q3.samples).toBe(1000);
    expect(q3.seed).toBe(1);
    expect(simulate(doc, aiNative, 3).headcount).toBeLessThan(q3.headcount.p10);
  });

  it('§12: 5 people need adoption ≈ 0.937 with AI doing ≈ 77% of task work; 6 need ≈ 0.796 (65%)', () => {
    const five = reach(doc, aiNative, 3, 5);
    expect(five.reachable).toBe(true);
    expect(five.adoption).toBeCloseTo(0.937, 3);
    expect(Math.round(five.automatedShare * 100)).toBe(77);
    expect(five.headcount).toBeLessThanOrEqual(5);
    const six = reach(doc, aiNative, 3, 6);
    expect(six.adoption).toBeCloseTo(0.796, 3);
    expect(Math.round(six.automatedShare * 100)).toBe(65);
  });

  it('§12: the top of measured evidence cannot reach 5 or 6; full adoption gives 8', () => {
    for (const target of [5, 6]) {
      const r = reach(doc, evidenceTop, 3, target);
      expect(r.reachable).toBe(false);
      expect(r.adoption).toBe(1);
      expect(r.headcount).toBe(8);
    }
  });

  it('§12: a target the scenario meets with no adoption needs adoption 0 and no automation', () => {
    const r = reach(doc, aiNative, 3, 20);
    expect(r).toMatchObject({ reachable: true, adoption: 0, automatedShare: 0, headcount: 20, target: 20, quarter: 3, scenario: 'ai-native' });
  });
});
