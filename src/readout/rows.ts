/**
 * The dashboard's data as rows: one shape feeds both a chart and its accessible table, so what the
 * chart draws and what a screen reader (or a test) reads are the same numbers. Pure.
 */
import { LAYER_IDS, type FivefoldDocument, type LayerId } from '../model/schema';
import type { Percentiles, RangeSummary, Result } from '../sim/types';
import { headcountByLayer, layerName, PYRAMID_LABELS, PYRAMID_PARTS, type PyramidPart } from './layers';

export interface LayerRow {
  layer: LayerId;
  name: string;
  before: number;
  after: number;
}

/** @example layerRows(ott, base, q3)[2] // { layer: 'build', name: 'Build & Data', before: 6, after: 1 } */
export function layerRows(doc: FivefoldDocument, before: Result, after: Result): LayerRow[] {
  const b = headcountByLayer(doc, before);
  const a = headcountByLayer(doc, after);
  return LAYER_IDS.map((layer) => ({ layer, name: layerName(doc, layer), before: b[layer], after: a[layer] }));
}

export interface PyramidRow {
  part: PyramidPart;
  label: string;
  before: number;
  after: number;
}

/** @example pyramidRows(base, q3)[0] // { part: 'execution', label: 'Execution', before: 8.35, after: 1.08 } (unrounded) */
export function pyramidRows(before: Result, after: Result): PyramidRow[] {
  return PYRAMID_PARTS.map((part) => ({ part, label: PYRAMID_LABELS[part], before: before.pyramid[part], after: after.pyramid[part] }));
}

export interface QuarterRow {
  /** "Before" for the baseline, then "Q0", "Q1", … */
  label: string;
  quarter: number | null;
  headcount: number;
  leadTimeDays: number;
  costTotal: number;
  /** P10–P90 and P50 per figure over the sampled worlds, when the scenario has ranges (not on the baseline). */
  band?: Record<'headcount' | 'leadTimeDays' | 'costTotal', { range: [number, number]; p50: number }>;
}

/**
 * The baseline, then the scenario quarter by quarter; with `ranges` (one summary per quarter, §11) each
 * quarter carries its P10–P90 band and P50.
 */
export function quarterRows(before: Result, projection: Result[], ranges: readonly RangeSummary[] | null = null): QuarterRow[] {
  const row = (r: Result, label: string, quarter: number | null): QuarterRow => ({
    label,
    quarter,
    headcount: r.headcount,
    leadTimeDays: r.leadTimeDays,
    costTotal: r.cost.total,
  });
  const band = (u: RangeSummary): QuarterRow['band'] => {
    const of = (p: Percentiles) => ({ range: [p.p10, p.p90] as [number, number], p50: p.p50 });
    return { headcount: of(u.headcount), leadTimeDays: of(u.leadTimeDays), costTotal: of(u.cost) };
  };
  return [
    row(before, 'Before', null),
    ...projection.map((r) => {
      const u = ranges?.[r.quarter];
      return u ? { ...row(r, quarterLabel(r.quarter), r.quarter), band: band(u) } : row(r, quarterLabel(r.quarter), r.quarter);
    }),
  ];
}

/** @example quarterLabel(3) // "Q3" */
export const quarterLabel = (quarter: number): string => `Q${quarter}`;
