import type { TraceInput, TraceStep } from '../../sim';

/** A step's result as read aloud: FTE and shares with 2 decimals, people whole unless fractional. */
export function formatValue(v: number, unit?: TraceStep['unit']): string {
  if (!Number.isFinite(v)) return String(v);
  if (unit === 'people' || unit === 'handoffs') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (unit === 'days') return v.toFixed(1);
  return Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 0.1 ? 3 : 2);
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
