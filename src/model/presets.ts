import type { Scenario } from './schema';

/** The frontier every preset shares (simulation.md §7, "cap"). */
export const FRONTIER_CAP = { routine: 0.95, create: 0.9, decide: 0.7, assure: 0.4, coordinate: 0.8 } as const;

/** The cautious end of the measured range (§7): the low end of every preset's potential range. */
const CAUTIOUS_POTENTIAL = { routine: 0.6, create: 0.25, decide: 0.1, assure: 0.05, coordinate: 0.3 } as const;

/**
 * The ranges every preset carries (simulation.md §11): potential from the cautious end to the frontier,
 * adoption × [0.8, 1.1], the sigmas around their measured values, waiting × [0.8, 1.5]; 1,000 samples,
 * seed 1. (The shape of format.md's `scenarios[].uncertainty`.)
 */
export function presetUncertainty() {
  const k = ['routine', 'create', 'decide', 'assure', 'coordinate'] as const;
  return {
    samples: 1000,
    seed: 1,
    adoption: [0.8, 1.1] as [number, number],
    potential: Object.fromEntries(k.map((kind) => [kind, [CAUTIOUS_POTENTIAL[kind], FRONTIER_CAP[kind]]])) as Record<(typeof k)[number], [number, number]>,
    sigmaFirst: [0.05, 0.2] as [number, number],
    sigmaControl: [0.03, 0.1] as [number, number],
    waitDays: [0.8, 1.5] as [number, number],
  };
}

const common = {
  cap: { ...FRONTIER_CAP },
  minHumans: 1,
  controlNoShrink: true,
  absorbThreshold: 0.75,
  maxDomains: 3,
  roundingSlack: 0.1,
  aiCostRatio: 0.1,
};

/**
 * The three preset scenarios of simulation.md §8: the cautious end of the measured range, the top of
 * measured evidence, and an AI-native organisation at the frontier.
 */
export function presetScenarios(): Scenario[] {
  return [
    {
      id: 'cautious',
      name: 'Cautious',
      adoption: [0.1, 0.25, 0.4, 0.5],
      potential: { ...CAUTIOUS_POTENTIAL },
      ...structuredClone(common),
      capGrowth: 0.05,
      sigmaFirst: 0.1,
      sigmaControl: 0.05,
    },
    {
      id: 'evidence-top',
      name: 'Top of measured evidence',
      adoption: [0.3, 0.6, 0.8, 0.95],
      potential: { routine: 0.87, create: 0.56, decide: 0.49, assure: 0.1, coordinate: 0.6 },
      ...structuredClone(common),
      capGrowth: 0.05,
      sigmaFirst: 0.1,
      sigmaControl: 0.05,
    },
    {
      id: 'ai-native',
      name: 'AI-native',
      adoption: [0.3, 0.6, 0.8, 0.95],
      potential: { ...FRONTIER_CAP },
      ...structuredClone(common),
      capGrowth: 0,
      sigmaFirst: 0.05,
      sigmaControl: 0.1,
    },
  ].map((s) => ({
    // Key order of format.md, so a fresh model exports exactly like a loaded one.
    id: s.id, name: s.name, adoption: s.adoption, potential: s.potential, cap: s.cap, capGrowth: s.capGrowth,
    sigmaFirst: s.sigmaFirst, sigmaControl: s.sigmaControl, minHumans: s.minHumans, controlNoShrink: s.controlNoShrink,
    absorbThreshold: s.absorbThreshold, maxDomains: s.maxDomains, roundingSlack: s.roundingSlack, aiCostRatio: s.aiCostRatio,
    uncertainty: presetUncertainty(),
  }));
}
