/**
 * Two results side by side (the compare view) as rows of figures with B − A for each. Numbers stay
 * numbers here so tests can check them against the engine; `formatCompareRow` turns a row into the
 * text the table shows (rounded as simulation.md §0 says). Pure.
 */
import { LAYER_IDS, type FivefoldDocument } from '../model/schema';
import type { Result } from '../sim/types';
import { type FigureFormat, formatFigure, pickFigures } from './figures';
import { PYRAMID_PARTS } from './layers';

/** How a row's numbers read (figures.ts). */
export type CompareFormat = FigureFormat;

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

const ABOVE_PYRAMID = ['people', ...LAYER_IDS.map((l) => `layer:${l}`), 'handoffs', 'lead', 'touch', 'wait', 'fidelity', 'cost', 'loops'];
const PYRAMID = PYRAMID_PARTS.map((p) => `pyramid:${p}`);

/**
 * The compare table's rows for results `a` and `b` of `doc`: people (and per layer), work handoffs,
 * lead time (touch, wait), fidelity, cost, learning loops, then the pyramid in FTE.
 * @example
 * const rows = compareRows(ott, simulate(ott, cautious, 3), simulate(ott, aiNative, 3));
 * rows[0] // { key: 'people', label: 'People', a: 18, b: 5, delta: -13, format: 'count', … }
 */
export function compareRows(doc: FivefoldDocument, a: Result, b: Result): CompareRow[] {
  const rows = (keys: string[]): CompareRow[] =>
    pickFigures(doc, keys).map((f) => {
      const [va, vb] = [f.value(a), f.value(b)].map((v) => (typeof v === 'number' ? v : null));
      return { key: f.key, label: f.label, heading: false, indent: f.indent, format: f.format, a: va, b: vb, delta: va === null || vb === null ? null : vb - va };
    });
  return [
    ...rows(ABOVE_PYRAMID),
    { key: 'pyramid', label: 'Pyramid (FTE)', heading: true, indent: false, format: 'fte', a: null, b: null, delta: null },
    ...rows(PYRAMID),
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
  const text = (v: number | null) => formatFigure(row.format, v, currency);
  return { a: text(row.a), b: text(row.b), delta: row.delta === null ? '' : signed(row.delta, text) };
}

/** A difference with its sign; one that reads as zero once rounded reads "0", not "+0". */
function signed(delta: number, format: (v: number) => string): string {
  const magnitude = format(Math.abs(delta));
  if (magnitude === format(0)) return '0';
  return `${delta > 0 ? '+' : '−'}${magnitude}`;
}
