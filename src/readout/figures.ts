/**
 * Every figure of a result that a table shows, defined once: its name for people (the compare view,
 * the report), its name on the command line (whose labels scripts may read), how it reads, and how it
 * is taken from a result. The CLI's `simulate` table, the report's quarter table and the compare view
 * pick the rows they show from here. Pure.
 */
import { LAYER_IDS, type FivefoldDocument } from '../model/schema';
import type { Result } from '../sim/types';
import { formatDays, formatFixed, formatFte, formatMoney, formatNumber, formatPercent, formatShare3 } from './format';
import { headcountByLayer, layerName, PYRAMID_LABELS, PYRAMID_PARTS } from './layers';

/** How a figure's number reads: whole people, days, a 0–1 share, a 0–1 fraction, money, FTE, or words. */
export type FigureFormat = 'count' | 'days' | 'share' | 'fraction' | 'money' | 'fte' | 'text';

export interface Figure {
  key: string;
  /** The name people read, e.g. "Lead time (days)". */
  label: string;
  /** The name in the CLI's table, e.g. "lead time (days)"; `perCurrency` adds " (USD)". */
  cli: string;
  perCurrency?: boolean;
  format: FigureFormat;
  /** Shown under the figure above it (layers under People, touch and wait under lead time). */
  indent: boolean;
  /** null where the figure does not exist (learning loops when the lead time and lag add to 0). */
  value(result: Result): number | string | null;
}

const figure = (key: string, label: string, cli: string, format: FigureFormat, value: Figure['value'], more: Partial<Figure> = {}): Figure => ({
  key,
  label,
  cli,
  format,
  indent: false,
  value,
  ...more,
});

/**
 * The figures of `doc`'s results, in the order tables show them (layers under their own names).
 * @example figuresOf(ott).find((f) => f.key === 'lead')!.value(q3) // 28.7957…
 */
export function figuresOf(doc: FivefoldDocument): Figure[] {
  const layers = new WeakMap<Result, ReturnType<typeof headcountByLayer>>();
  const layersOf = (r: Result) => layers.get(r) ?? layers.set(r, headcountByLayer(doc, r)).get(r)!;
  return [
    figure('adoption', 'Adoption', 'adoption', 'fraction', (r) => r.adoption),
    figure('people', 'People', 'headcount', 'count', (r) => r.headcount),
    ...LAYER_IDS.map((l) => figure(`layer:${l}`, layerName(doc, l), `  ${layerName(doc, l)}`, 'count', (r) => layersOf(r)[l], { indent: true })),
    figure('handoffs', 'Work handoffs', 'work handoffs', 'count', (r) => r.handoffs),
    figure('lead', 'Lead time (days)', 'lead time (days)', 'days', (r) => r.leadTimeDays),
    figure('touch', 'Touch (days)', '  touch (days)', 'days', (r) => r.touchDays, { indent: true }),
    figure('wait', 'Wait (days)', '  wait (days)', 'days', (r) => r.waitDays, { indent: true }),
    figure('flow', 'Flow efficiency', 'flow efficiency', 'share', (r) => r.flowEfficiency),
    figure('fidelity', 'Fidelity', 'fidelity', 'share', (r) => r.fidelity),
    figure('cost:human', 'Cost of people', 'cost, people', 'money', (r) => r.cost.human, { perCurrency: true, indent: true }),
    figure('cost:ai', 'Cost of AI', 'cost, AI', 'money', (r) => r.cost.ai, { perCurrency: true, indent: true }),
    figure('cost', 'Cost', 'cost, total', 'money', (r) => r.cost.total, { perCurrency: true }),
    figure('automated', 'Automated (FTE)', 'automated (FTE)', 'fte', (r) => r.automatedFte),
    ...PYRAMID_PARTS.map((p, i) =>
      figure(`pyramid:${p}`, PYRAMID_LABELS[p], i === 0 ? `pyramid (FTE): ${p}` : `  ${p}`, 'fte', (r) => r.pyramid[p], { indent: true }),
    ),
    figure('loops', 'Learning loops', 'learning loops', 'days', (r) => r.learningLoops),
    figure('search', 'Search', 'search', 'text', (r) => r.search),
  ];
}

/** The figures with these keys, in the order given. */
export function pickFigures(doc: FivefoldDocument, keys: readonly string[]): Figure[] {
  const all = new Map(figuresOf(doc).map((f) => [f.key, f]));
  return keys.map((k) => {
    const f = all.get(k);
    if (!f) throw new Error(`no figure "${k}"`);
    return f;
  });
}

/**
 * A figure's value as people read it: rounded as simulation.md §0 says, money in the document's
 * currency, a fraction as a percentage, "—" where there is none.
 * @example formatFigure('money', 1116259.46, 'USD') // "$1,116,259"
 */
export function formatFigure(format: FigureFormat, v: number | string | null, currency: string): string {
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  switch (format) {
    case 'days':
      return formatDays(v);
    case 'share':
      return formatShare3(v);
    case 'fraction':
      return formatPercent(v);
    case 'money':
      return formatMoney(v, currency);
    case 'fte':
      return formatFte(v);
    default:
      return String(v);
  }
}

/**
 * A figure's value in the CLI's aligned columns: fixed decimals (2 for days, FTE and fractions, 3 for
 * shares), whole money with thousands separators and the currency in the label.
 * @example formatCliFigure('days', 72.5) // "72.50"
 */
export function formatCliFigure(format: FigureFormat, v: number | string | null): string {
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  switch (format) {
    case 'days':
    case 'fte':
    case 'fraction':
      return formatFixed(v, 2);
    case 'share':
      return formatFixed(v, 3);
    case 'money':
      return formatNumber(v, 0);
    default:
      return String(v);
  }
}

/** A figure's CLI label, with the currency where it counts money. */
export const cliLabel = (f: Figure, currency: string): string => (f.perCurrency ? `${f.cli} (${currency})` : f.cli);
