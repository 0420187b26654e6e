/** How the sensitivity view names levers and writes their values. */
import type { LeverEffect } from '../../sim';

const NAMES: Record<string, string> = {
  adoption: 'Adoption',
  capGrowth: 'Capability growth',
  sigmaFirst: 'First-line oversight σ',
  sigmaControl: 'Control oversight σ',
  absorbThreshold: 'Absorb threshold',
  roundingSlack: 'Rounding slack',
  aiCostRatio: 'AI cost ratio',
  minHumans: 'Min. humans',
  maxDomains: 'Max. domains',
  'assumptions.f0': 'Coordination base f0',
  'assumptions.kPair': 'Per-teammate tax kPair',
  'assumptions.kHandoff': 'Per-handoff tax kHandoff',
  'assumptions.fMax': 'Coordination cap fMax',
};

/**
 * A lever's name for people.
 * @example leverName('potential.routine') // "Potential: routine"
 */
export function leverName(lever: string): string {
  const [group, kind] = lever.split('.');
  if (group === 'potential' || group === 'cap') return `${group === 'cap' ? 'Cap' : 'Potential'}: ${kind}`;
  return NAMES[lever] ?? lever;
}

const VALUE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** @example leverValue(0.7600000000000001) // "0.76" */
export const leverValue = (v: number): string => VALUE.format(v);

/** The levers that move headcount at all, in the engine's order (largest swing first). */
export const movingLevers = (levers: LeverEffect[]): LeverEffect[] => levers.filter((l) => l.swing > 0);
