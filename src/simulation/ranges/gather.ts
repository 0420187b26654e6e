import type { RangeSummary } from '../../sim';
import { columnMeans } from '../../sim/columns';
import type { JobProgress } from './pool';

/**
 * The percentiles of the samples received so far, read from the job's sorted columns (no sorting here),
 * with means added in sample order. Once every sample is in, this is exactly `summarise` over the whole
 * run, so the final figures never depend on how chunks arrived. `rows` (sample order) once complete.
 * @example gatherReceived(progress, 1).summaries[3].headcount.p10
 */
export function gatherReceived(p: JobProgress, seed: number): { rows: Float64Array | null; count: number; summaries: RangeSummary[] | null } {
  const complete = p.done >= p.total;
  const count = p.columns.count;
  if (!count) return { rows: null, count, summaries: null };
  const means = columnMeans(p.rows, p.total, p.quarters, complete ? undefined : p.received);
  return { rows: complete ? p.rows : null, count, summaries: p.columns.summaries(means, seed) };
}
