/**
 * The simulation a view needs — baseline, the chosen scenario's projection and the chosen quarter with
 * its trace — computed with small caches so scrubbing quarters never recomputes the baseline or the
 * projection. The same code runs on the main thread (small models) and in the worker (large ones).
 */
import { baseline, explain, project, simulate, type Result, type Trace } from '../sim';
import type { FivefoldDocument, Scenario } from '../model';

/** What every simulation view reads. */
export interface SimulationAnswer {
  baseline: Result;
  /** The scenario at every quarter from 0 to its last. */
  projection: Result[];
  /** The scenario at the chosen quarter, with its explanation trace. */
  result: Result | null;
}

/** Models with more than this many non-Control teams are simulated in a worker (simulation.md §5's exhaustive limit). */
export const WORKER_THRESHOLD = 12;

/** Whether a model is large enough to leave the main thread. */
export function isLarge(doc: FivefoldDocument): boolean {
  let movable = 0;
  for (const t of doc.teams) if (t.layer !== 'control' && ++movable > WORKER_THRESHOLD) return true;
  return false;
}

/**
 * Remembers the last baseline (per document), projection (per document and scenario) and result (per
 * document, scenario and quarter). Scenarios compare by value, so an equal copy from the worker hits.
 * @example const c = new SimulationCache(); c.answer(doc, aiNative, 3).result!.headcount // 5
 */
export class SimulationCache {
  private doc: FivefoldDocument | null = null;
  private base: Result | null = null;
  private projectionKey = '';
  private projection: Result[] = [];
  private resultKey = '';
  private result: Result | null = null;

  /**
   * @param traceFor whose explanation to include: 'all' teams (the main thread: cheap on small models),
   *   one team id with its group (the worker: a full trace of 1,200 teams is ~10 MB to copy back), or
   *   null for none.
   */
  answer(doc: FivefoldDocument, scenario: Scenario | null, quarter: number, traceFor: string | null | 'all' = 'all'): SimulationAnswer {
    if (doc !== this.doc) {
      this.doc = doc;
      this.base = baseline(doc);
      this.projectionKey = this.resultKey = '';
    }
    const scenarioKey = scenario ? JSON.stringify(scenario) : '';
    if (scenarioKey !== this.projectionKey) {
      this.projectionKey = scenarioKey;
      this.projection = scenario ? project(doc, scenario) : [];
    }
    const resultKey = `${quarter}|${traceFor}|${scenarioKey}`;
    if (resultKey !== this.resultKey) {
      this.resultKey = resultKey;
      if (!scenario) this.result = null;
      else if (traceFor === null) this.result = simulate(doc, scenario, quarter);
      else if (traceFor === 'all') this.result = explain(doc, scenario, quarter);
      else this.result = onlyTeam(explain(doc, scenario, quarter), traceFor);
    }
    return { baseline: this.base!, projection: this.projection, result: this.result };
  }
}

/** A result whose trace keeps one team and the group it sits in (and the scenario's own steps). */
export function onlyTeam(result: Result, team: string): Result {
  const trace = result.trace;
  if (!trace) return result;
  const teams = trace.teams.filter((t) => t.team === team);
  const groups = trace.groups.filter((g) => g.owner === teams[0]?.group);
  const pruned: Trace = { ...trace, teams, groups };
  return { ...result, trace: pruned };
}
