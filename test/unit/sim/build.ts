// Hand-made documents for the simulation's scenario tests, checked by the real parser.
import { parseValue, type FivefoldDocument } from '../../../src/model';

type Mix = { routine: number; create: number; decide: number; assure: number };
export const mix = (routine: number, create: number, decide: number, assure: number): Mix => ({ routine, create, decide, assure });

export const team = (id: string, layer: string, headcount: number, processDays: number, m: Mix = mix(0.4, 0.3, 0.2, 0.1)) => ({
  id,
  name: `Team ${id}`,
  layer,
  headcount,
  costPerFte: 100_000,
  processDays,
  mix: m,
});

export const work = (id: string, from: string, to: string, waitDays: number, ca = 1) => ({ id, from, to, artifact: '', waitDays, ca, kind: 'work' });

export const scenario = (patch: Record<string, unknown> = {}) => ({
  id: 's',
  name: 'Scenario',
  adoption: [0.3, 0.6, 0.9],
  potential: { routine: 0.8, create: 0.5, decide: 0.1, assure: 0.1, coordinate: 0.5 },
  cap: { routine: 0.9, create: 0.8, decide: 0.5, assure: 0.3, coordinate: 0.7 },
  capGrowth: 0,
  sigmaFirst: 0.1,
  sigmaControl: 0.05,
  minHumans: 1,
  controlNoShrink: true,
  absorbThreshold: 0.75,
  maxDomains: 3,
  roundingSlack: 0.1,
  aiCostRatio: 0.1,
  ...patch,
});

export function build(teams: unknown[], handoffs: unknown[], s = scenario(), lagDays = 10): FivefoldDocument {
  const parsed = parseValue({
    format: 'fivefold',
    version: 1,
    title: 'Test',
    initiative: { problem: '', metric: 'm', baseline: 1, target: 0, windowDays: 60, measurementLagDays: lagDays },
    teams,
    handoffs,
    scenarios: [s],
  });
  if (!parsed.ok) throw new Error(`test document is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.doc;
}
