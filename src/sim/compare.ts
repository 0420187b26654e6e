/**
 * The two sides of the compare view: the baseline or any scenario at any quarter. The rows of figures
 * and their text live in the read-out (`readout/compare.ts`). Pure TypeScript.
 */
import type { FivefoldDocument, Scenario } from '../model/schema';
import { baseline, simulate } from './simulate';
import type { Result } from './types';

/** One side of a comparison: a scenario at a quarter, or the baseline when `scenario` is null. */
export interface CompareSide {
  scenario: Scenario | null;
  quarter: number;
}

/**
 * The result one side stands for.
 * @example resultOfSide(ott, { scenario: null, quarter: 0 }).headcount // 20 (the baseline)
 */
export function resultOfSide(doc: FivefoldDocument, side: CompareSide): Result {
  return side.scenario ? simulate(doc, side.scenario, side.quarter) : baseline(doc);
}
