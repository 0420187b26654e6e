import { describe, expect, it } from 'vitest';
import { MIX_KINDS, MIX_TOLERANCE, rebalanceMix, type Mix } from '../../../src/model';

const total = (m: Mix) => MIX_KINDS.reduce((s, k) => s + m[k], 0);

describe('rebalanceMix', () => {
  it('shares the rest equally when the others are all 0', () => {
    const m = rebalanceMix({ routine: 1, create: 0, decide: 0, assure: 0 }, 'routine', 0.4);
    expect(m).toEqual({ routine: 0.4, create: 0.2, decide: 0.2, assure: 0.2 });
  });

  it('rescales the other shares in proportion to what they were', () => {
    const m = rebalanceMix({ routine: 0.2, create: 0.4, decide: 0.2, assure: 0.2 }, 'routine', 0.6);
    // The others held 0.8 between them in 2:1:1 and now hold 0.4 in the same ratio.
    expect(m).toEqual({ routine: 0.6, create: 0.2, decide: 0.1, assure: 0.1 });
  });

  it('clamps the typed share to 0…1', () => {
    expect(rebalanceMix({ routine: 0.25, create: 0.25, decide: 0.25, assure: 0.25 }, 'decide', 1.7)).toEqual({ routine: 0, create: 0, decide: 1, assure: 0 });
    expect(rebalanceMix({ routine: 0.5, create: 0.5, decide: 0, assure: 0 }, 'routine', -0.3).routine).toBe(0);
  });

  it('always adds up to 1 within the schema tolerance, with the rounding left-over on the largest other share', () => {
    const m = rebalanceMix({ routine: 0.1, create: 0.2, decide: 0.3, assure: 0.4 }, 'create', 1 / 3);
    expect(Math.abs(total(m) - 1)).toBeLessThanOrEqual(MIX_TOLERANCE);
    expect(m.create).toBe(0.3333);
    expect(m.assure).toBeGreaterThan(m.decide);
    for (const k of MIX_KINDS) expect(Math.round(m[k] * 10000)).toBeCloseTo(m[k] * 10000, 6);
  });

  it('leaves the mix it was given untouched', () => {
    const before: Mix = { routine: 0.5, create: 0.5, decide: 0, assure: 0 };
    rebalanceMix(before, 'routine', 0.2);
    expect(before).toEqual({ routine: 0.5, create: 0.5, decide: 0, assure: 0 });
  });
});
