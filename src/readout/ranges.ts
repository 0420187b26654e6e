/**
 * Ranges into words (simulation.md §11): the headline's "(P10–P90: 7–10)", the sentence when the single
 * number lies outside the band, and the chance of a headcount. Pure, so the CLI and the report can say
 * the same.
 */
import { formatPercent, peopleWord } from './format';
import type { Percentiles } from '../sim/types';

/** "P10–P90: 7–10", or "P10–P90: 7" when both ends agree. */
export function bandText(p: Percentiles, show: (v: number) => string = String): string {
  const lo = show(p.p10);
  const hi = show(p.p90);
  return `P10–P90: ${lo === hi ? lo : `${lo}–${hi}`}`;
}

/**
 * One plain sentence when the point headcount lies outside P10–P90, else null.
 * @example outsideSentence(5, { p10: 7, p50: 9, p90: 10, mean: 8.9 }) // "The single answer, 5 people, sits below the 10th percentile: …"
 */
export function outsideSentence(point: number, p: Pick<Percentiles, 'p10' | 'p50' | 'p90'>): string | null {
  if (point < p.p10)
    return `The single answer, ${point} ${peopleWord(point)}, sits below the 10th percentile of the sampled worlds (${p.p10}): fewer than one world in ten gets there; the middle world needs ${p.p50}.`;
  if (point > p.p90)
    return `The single answer, ${point} ${peopleWord(point)}, sits above the 90th percentile of the sampled worlds (${p.p90}): nine worlds in ten need fewer; the middle world needs ${p.p50}.`;
  return null;
}

/** "chance of 5 or fewer by Q3: 3%" (a chance under 1% but above 0 reads "under 1%"). */
export function chanceText(headcount: number, quarterLabel: string, chance: number): string {
  const pct = chance > 0 && chance < 0.005 ? 'under 1%' : formatPercent(chance);
  return `chance of ${headcount} or fewer by ${quarterLabel}: ${pct}`;
}
