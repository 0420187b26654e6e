import type { FivefoldDocument, Scenario } from './schema';

/**
 * The scenario the editor shows: the one chosen in the UI if it still exists, else the document's
 * last scenario (the presets end with the most ambitious one, which is the story a room comes for).
 */
export function chosenScenario(doc: FivefoldDocument, scenarioId: string | null): Scenario | null {
  return doc.scenarios.find((s) => s.id === scenarioId) ?? doc.scenarios[doc.scenarios.length - 1] ?? null;
}

/** The quarter shown: the chosen one clamped to the scenario, else its last quarter. */
export function chosenQuarter(scenario: Scenario | null, quarter: number | null): number {
  if (!scenario) return 0;
  const last = scenario.adoption.length - 1;
  return quarter === null ? last : Math.max(0, Math.min(Math.floor(quarter), last));
}
