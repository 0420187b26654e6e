import type { FivefoldDocument, Scenario } from '../model';
import type { Result } from './types';

/**
 * The second-line oversight of AI work that lands on Control, in FTE: σ_control · S
 * (simulation.md §3). None when the model has no Control team to carry it.
 * @example controlOversightFte(ott, aiNative, simulate(ott, aiNative, 3)) // 0.8…
 */
export function controlOversightFte(doc: Pick<FivefoldDocument, 'teams'>, scenario: Pick<Scenario, 'sigmaControl'> | null, result: Pick<Result, 'automatedFte'>): number {
  if (!doc.teams.some((t) => t.layer === 'control')) return 0;
  return (scenario?.sigmaControl ?? 0) * result.automatedFte;
}
