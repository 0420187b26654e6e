import type { TraceInput, TraceStep } from '../../sim';
import { formatDays, formatFixed } from '../../readout/format';

/**
 * A step's result as read aloud: FTE and shares with 2 decimals, people whole unless fractional, days
 * as the headline and the canvas write them (simulation.md §0: 2 decimals at most).
 * @example formatValue(28.7957, 'days') // "28.8"
 */
export function formatValue(v: number, unit?: TraceStep['unit']): string {
  if (!Number.isFinite(v)) return String(v);
  if (unit === 'people' || unit === 'handoffs') return formatFixed(v, Number.isInteger(v) ? 0 : 2);
  if (unit === 'days') return formatDays(v);
  return formatFixed(v, Number.isInteger(v) ? 0 : Math.abs(v) < 0.1 ? 3 : 2);
}

/** An input's value: numbers like results, text as it is, booleans as yes/no. */
export function formatInput(v: TraceInput['value']): string {
  if (typeof v === 'number') return formatValue(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return v;
}

export const UNIT_WORDS: Record<TraceStep['unit'], string> = {
  FTE: 'FTE',
  people: 'people',
  share: '',
  days: 'days',
  handoffs: 'handoffs',
};
