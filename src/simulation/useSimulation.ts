import { useMemo } from 'react';
import { baseline, explain, project, type Result } from '../sim';
import type { Scenario } from '../model';
import { useDoc, useUi } from '../store/context';
import { chosenQuarter, chosenScenario } from './chosen';

/** What every simulation view reads: derived from (document, scenario, quarter), never stored. */
export interface SimulationView {
  scenario: Scenario | null;
  quarter: number;
  baseline: Result;
  /** The chosen scenario at the chosen quarter, with its explanation trace. */
  result: Result | null;
  /** The chosen scenario at every quarter from 0 to its last. */
  projection: Result[];
  /** True while a newer answer is being computed (large models compute off the main thread). */
  pending: boolean;
}

/**
 * The simulation of the open document for the chosen scenario and quarter.
 * This first version computes on the main thread, memoised on the document; large models move to a worker.
 */
export function useSimulation(): SimulationView {
  const doc = useDoc((s) => s.doc);
  const scenarioId = useUi((s) => s.scenarioId);
  const quarterChoice = useUi((s) => s.quarter);
  const scenario = chosenScenario(doc, scenarioId);
  const quarter = chosenQuarter(scenario, quarterChoice);
  const base = useMemo(() => baseline(doc), [doc]);
  const projection = useMemo(() => (scenario ? project(doc, scenario) : []), [doc, scenario]);
  const result = useMemo(() => (scenario ? explain(doc, scenario, quarter) : null), [doc, scenario, quarter]);
  return { scenario, quarter, baseline: base, result, projection, pending: false };
}
