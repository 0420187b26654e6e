import type { RangeSummary } from '../../sim';
import { SAMPLED_FIGURES, summarise } from '../../sim/sampling';
import type { JobProgress } from './pool';

const FIGURES = SAMPLED_FIGURES.length;

/**
 * The samples received so far, in sample order, and their percentiles. Once every sample is in, this
 * is exactly `summarise` over the whole run, so the final figures never depend on how chunks arrived.
 * @example gatherReceived(progress, 1).summaries[3].headcount.p10
 */
export function gatherReceived(p: JobProgress, seed: number): { rows: Float64Array; count: number; summaries: RangeSummary[] | null } {
  const width = p.quarters * FIGURES;
  let rows: Float64Array;
  let count = 0;
  if (p.done >= p.total) {
    rows = p.rows;
    count = p.total;
  } else {
    rows = new Float64Array(p.done * width);
    for (let s = 0; s < p.total; s++) {
      if (!p.received[s]) continue;
      rows.set(p.rows.subarray(s * width, (s + 1) * width), count * width);
      count++;
    }
  }
  return { rows, count, summaries: count ? summarise(rows, count, p.quarters, seed) : null };
}
