/**
 * The headline before → after: people, work handoffs, lead time and cost, rounded for reading
 * (simulation.md §0) with their words. Pure.
 */
import type { Result } from '../sim/types';
import { formatDays, formatMoney, formatMoneyShort, peopleWord, plural } from './format';

export interface Change {
  before: number;
  after: number;
}

export interface HeadlineFigures {
  people: Change;
  handoffs: Change;
  leadTimeDays: Change;
  costTotal: Change;
}

/**
 * The four figures of the headline, unrounded.
 * @example headlineFigures(baseline(ott), simulate(ott, aiNative, 3)).people // { before: 20, after: 5 }
 */
export function headlineFigures(before: Result, after: Result): HeadlineFigures {
  return {
    people: { before: before.headcount, after: after.headcount },
    handoffs: { before: before.handoffs, after: after.handoffs },
    leadTimeDays: { before: before.leadTimeDays, after: after.leadTimeDays },
    costTotal: { before: before.cost.total, after: after.cost.total },
  };
}

export type HeadlineKey = 'people' | 'handoffs' | 'leadTime' | 'cost';

/** One part of the headline, rounded for reading: `${before} → ${after}${unit}`. */
export interface HeadlinePart {
  key: HeadlineKey;
  before: string;
  after: string;
  /** What follows the after figure, with its leading space ("" for money, which carries its symbol). */
  unit: string;
  /** The same change unabbreviated, for a tooltip: money in whole units (short form is "$3.54M"). */
  full?: string;
}

/**
 * The headline's four parts, rounded; the app renders them one by one, `formatHeadline` joins them.
 * @example headlineParts(headlineFigures(base, aiNativeQ3), 'USD')[0] // { key: 'people', before: '20', after: '5', unit: ' people' }
 */
export function headlineParts(figures: HeadlineFigures, currency: string): HeadlinePart[] {
  const { people, handoffs, leadTimeDays, costTotal } = figures;
  return [
    { key: 'people', before: String(people.before), after: String(people.after), unit: ` ${peopleWord(people.after)}` },
    { key: 'handoffs', before: String(handoffs.before), after: String(handoffs.after), unit: ` ${plural(handoffs.after, 'handoff')}` },
    { key: 'leadTime', before: formatDays(leadTimeDays.before), after: formatDays(leadTimeDays.after), unit: ' days' },
    {
      key: 'cost',
      before: formatMoneyShort(costTotal.before, currency),
      after: formatMoneyShort(costTotal.after, currency),
      unit: '',
      full: `${formatMoney(costTotal.before, currency)} → ${formatMoney(costTotal.after, currency)}`,
    },
  ];
}

/** One headline part as text: `"20 → 5 people"`. */
export const headlinePartText = (part: HeadlinePart): string => `${part.before} → ${part.after}${part.unit}`;

/** Between two parts of the headline. */
export const HEADLINE_SEPARATOR = ' · ';

/**
 * The headline in one line.
 * @example formatHeadline(headlineFigures(base, aiNativeQ3), 'USD')
 * // "20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M"
 */
export function formatHeadline(figures: HeadlineFigures, currency: string): string {
  return headlineParts(figures, currency).map(headlinePartText).join(HEADLINE_SEPARATOR);
}

