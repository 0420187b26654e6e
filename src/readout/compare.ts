/**
 * Two results side by side (the compare view) as rows of figures with B − A for each. Numbers stay
 * numbers here so tests can check them against the engine; `formatCompareRow` turns a row into the
 * text the table shows (rounded as simulation.md §0 says). Pure.
 */
import { LAYER_IDS, type FivefoldDocument } from '../model/schema';
import type { Result } from '../sim/types';
import { formatDays, formatFte, formatMoney, formatShare3 } from './format';
import { headcountByLayer, layerName, PYRAMID_LABELS, PYRAMID_PARTS } from './layers';

/** How a row's numbers read: whole people, days, a 0–1 share, money, or FTE. */
export type CompareFormat = 'count' | 'days' | 'share' | 'money' | 'fte';

export interface CompareRow {
  /** Unique among rows: a layer and a pyramid part may share a label ("Execution"). */
  key: string;
  label: string;
  /** A heading row (the pyramid's) carries no figures. */
  heading: boolean;
  /** Shown under the row above it (layers under People, touch and wait under lead time, pyramid parts). */
  indent: boolean;
  format: CompareFormat;
  /** null where the figure does not exist (learning loops when the lead time and lag add to 0). */
  a: number | null;
  b: number | null;
  /** B − A, or null when either side has no figure. */
  delta: number | null;
}

/**
 * The compare table's rows for results `a` and `b` of `doc`: people (and per layer), work handoffs,
 * lead time (touch, wait), fidelity, cost, learning loops, then the pyramid in FTE.
 * @example
 * const rows = compareRows(ott, simulate(ott, cautious, 3), simulate(ott, aiNative, 3));
 * rows[0] // { key: 'people', label: 'People', a: 18, b: 5, delta: -13, format: 'count', … }
 */
export function compareRows(doc: FivefoldDocument, a: Result, b: Result): CompareRow[] {
  const row = (key: string, label: string, format: CompareFormat, va: number | null, vb: number | null, indent = false): CompareRow => ({
    key,
    label,
    heading: false,
    indent,
    format,
    a: va,
    b: vb,
    delta: va === null || vb === null ? null : vb - va,
  });
  const layersA = headcountByLayer(doc, a);
  const layersB = headcountByLayer(doc, b);
  return [
    row('people', 'People', 'count', a.headcount, b.headcount),
    ...LAYER_IDS.map((l) => row(`layer:${l}`, layerName(doc, l), 'count', layersA[l], layersB[l], true)),
    row('handoffs', 'Work handoffs', 'count', a.handoffs, b.handoffs),
    row('lead', 'Lead time (days)', 'days', a.leadTimeDays, b.leadTimeDays),
    row('touch', 'Touch (days)', 'days', a.touchDays, b.touchDays, true),
    row('wait', 'Wait (days)', 'days', a.waitDays, b.waitDays, true),
    row('fidelity', 'Fidelity', 'share', a.fidelity, b.fidelity),
    row('cost', 'Cost', 'money', a.cost.total, b.cost.total),
    row('loops', 'Learning loops', 'days', a.learningLoops, b.learningLoops),
    { key: 'pyramid', label: 'Pyramid (FTE)', heading: true, indent: false, format: 'fte', a: null, b: null, delta: null },
    ...PYRAMID_PARTS.map((p) => row(`pyramid:${p}`, PYRAMID_LABELS[p], 'fte', a.pyramid[p], b.pyramid[p], true)),
  ];
}

/** A row's three cells as text. */
export interface CompareCells {
  a: string;
  b: string;
  delta: string;
}

/**
 * The text of a row's cells: each figure rounded for reading, "—" where there is none, and B − A
 * signed ("+2", "−13", or "0" when the difference rounds away). Heading rows have empty cells.
 * @example formatCompareRow({ …, format: 'count', a: 18, b: 5, delta: -13 }, 'USD') // { a: '18', b: '5', delta: '−13' }
 */
export function formatCompareRow(row: CompareRow, currency: string): CompareCells {
  if (row.heading) return { a: '', b: '', delta: '' };
  const format = FORMATTERS[row.format];
  const text = (v: number | null) => (v === null ? '—' : format(v, currency));
  return { a: text(row.a), b: text(row.b), delta: row.delta === null ? '' : signed(row.delta, (v) => format(v, currency)) };
}

const FORMATTERS: Record<CompareFormat, (v: number, currency: string) => string> = {
  count: (v) => String(v),
  days: (v) => formatDays(v),
  share: (v) => formatShare3(v),
  money: (v, currency) => formatMoney(v, currency),
  fte: (v) => formatFte(v),
};

/** A difference with its sign; one that reads as zero once rounded reads "0", not "+0". */
function signed(delta: number, format: (v: number) => string): string {
  const magnitude = format(Math.abs(delta));
  if (magnitude === format(0)) return '0';
  return `${delta > 0 ? '+' : '−'}${magnitude}`;
}
