/**
 * Every number Fivefold shows, in one place: the app, the command line and the report format through
 * these functions, so a figure reads the same wherever it appears. Rounding follows simulation.md §0:
 * days to 2 decimals, money to whole units, FTE to 2, fidelity and flow efficiency to 3.
 * A fixed locale, so the same document reads the same on every machine and in every test. Pure.
 */
import type { Parameter } from '../model/parameters';

const LOCALE = 'en-US';

const cache = new Map<string, (v: number) => string>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): { format: (v: number) => string } {
  let format = cache.get(key);
  if (!format) {
    const f = new Intl.NumberFormat(LOCALE, options);
    // Negative zero reads "0", as String and toFixed write it (Intl would write "-0").
    format = (v: number) => f.format(Object.is(v, -0) ? 0 : v);
    cache.set(key, format);
  }
  return { format };
}

/**
 * A number with at most `digits` decimals and, unless `grouping` is false, "," between thousands.
 * @example formatNumber(1234.5678) // "1,234.57"; formatNumber(0.76000001, 3) // "0.76"
 */
export const formatNumber = (v: number, digits = 2, grouping = true): string =>
  numberFormat(`n${digits}${grouping}`, { maximumFractionDigits: digits, useGrouping: grouping }).format(v);

/**
 * Exactly `digits` decimals and no grouping, for aligned columns (the CLI's tables). It rounds the
 * exact binary value as `toFixed` does (0.015 → "0.01"), where Intl rounds the shortest decimal
 * (0.015 → "0.02"): the tables have always read the former.
 * @example formatFixed(72.5, 2) // "72.50"
 */
export const formatFixed = (v: number, digits: number): string => (Object.is(v, -0) ? 0 : v).toFixed(digits);

/** Days, 2 decimals at most: `formatDays(28.7957)` → "28.8". */
export const formatDays = (days: number): string => formatNumber(days, 2);
/** FTE, 2 decimals at most: `formatFte(1.0762)` → "1.08". */
export const formatFte = (fte: number): string => formatNumber(fte, 2);
/** Fidelity or flow efficiency, 3 decimals at most: `formatShare3(0.72675)` → "0.727". */
export const formatShare3 = (share: number): string => formatNumber(share, 3);

/**
 * A size in bytes (or characters of text), in the unit a person reads: B, KB, MB.
 * @example formatBytes(512) // "512 B"; formatBytes(20_480) // "20 KB"; formatBytes(1_572_864) // "1.5 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

const whenFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
/**
 * A moment in the reader's own time zone, to the minute.
 * @example formatWhen(Date.UTC(2026, 11, 4, 9, 5)) // "Dec 4, 2026, 9:05 AM" in London
 */
export const formatWhen = (epochMs: number): string => whenFormat.format(epochMs);

/**
 * A 0–1 share as a percentage, whole by default.
 * @example formatPercent(0.95) // "95%"; formatPercent(0.7654, 1) // "76.5%"
 */
export function formatPercent(share: number, digits = 0): string {
  const scale = 10 ** digits;
  return `${formatNumber(Math.round(share * 100 * scale) / scale, digits)}%`;
}

/**
 * A change as a signed whole percentage; one that rounds to nothing reads "±0%".
 * @example formatSignedPercent(-0.75) // "−75%"
 */
export function formatSignedPercent(share: number): string {
  const p = Math.round(share * 100);
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${formatNumber(Math.abs(p), 0)}%`;
}

/**
 * Money in whole units of the document's currency.
 * @example formatMoney(1116259.46, 'USD') // "$1,116,259"
 */
export const formatMoney = (amount: number, currency: string): string =>
  numberFormat(`m${currency}`, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);

/**
 * Money in short form for headlines and cards.
 * @example formatMoneyShort(3540000, 'USD') // "$3.54M"
 */
export const formatMoneyShort = (amount: number, currency: string): string =>
  numberFormat(`ms${currency}`, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }).format(amount);

/**
 * A large number in short form without a currency, for tight places.
 * @example formatCompact(250000) // "250K"
 */
export const formatCompact = (v: number): string => numberFormat('c', { notation: 'compact', maximumFractionDigits: 0 }).format(v);

/**
 * "person" for one, "people" otherwise: every count of people the app shows or reads out.
 * @example `${n} ${peopleWord(n)}` // '1 person', '3 people'
 */
export function peopleWord(n: number): 'person' | 'people' {
  return n === 1 ? 'person' : 'people';
}

/**
 * A number of people with its word, fractions to 2 decimals.
 * @example formatPeople(1) // "1 person"; formatPeople(20) // "20 people"
 */
export const formatPeople = (n: number): string => `${formatNumber(n, 2)} ${peopleWord(n)}`;

/**
 * The noun for a count: singular for exactly one, else the plural (a plain "s" unless given).
 * @example plural(1, 'day') // "day"; plural(2, 'day') // "days"
 */
export const plural = (n: number, noun: string, nouns = `${noun}s`): string => (n === 1 ? noun : nouns);

/**
 * A count with its noun, which takes a plain "s" for any count but one (team, handoff, warning).
 * @example counted(1, 'team') // '1 team'; counted(3, 'handoff') // '3 handoffs'
 */
export function counted(n: number, noun: string, nouns?: string): string {
  return `${n} ${plural(n, noun, nouns)}`;
}

/**
 * A parameter's value as a slider or a table shows it, by the catalogue's unit: shares as
 * percentages, money in the currency, whole-number parameters whole, the rest with 2 decimals.
 * @example formatParamValue(0.95, param('scenario.sigmaFirst')) // "95%"; formatParamValue(0.75, param('scenario.absorbThreshold')) // "0.75"
 */
export function formatParamValue(v: number, p: Pick<Parameter, 'unit' | 'bounds'>, currency = 'USD'): string {
  if (p.unit === 'share') return formatPercent(v);
  if (p.unit === 'money') return formatMoney(v, currency);
  return p.bounds?.integer ? formatNumber(v, 0) : formatFixed(v, 2);
}
