/**
 * The dashboard's charts, drawn with recharts: declarative React, SVG that stays crisp on a projector,
 * no inline scripts (it works under the page's CSP). This module is loaded lazily (see lazyCharts.ts),
 * so recharts stays out of the first-visit bundle. Every label is formatted with the same functions as
 * the tables beside the charts, so both show the engine's numbers rounded the same way.
 */
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDays, formatFte, formatMoneyShort } from '../../readout';
import { AFTER_COLOUR, BAND_COLOUR, BAND_LINE_COLOUR, BEFORE_COLOUR, PYRAMID_COLOURS } from './rows';
import type { LayerRow, PyramidRow, QuarterRow } from '../../readout/rows';

const AXIS = { fontSize: 14, fill: '#334155' };
// Charts redraw on every quarter of a scrub: animation would lag behind the slider.
const STILL = { isAnimationActive: false } as const;
// Each chart is a picture of the table beside it and hidden from screen readers (Dashboard.tsx), so
// it takes no keyboard focus either: recharts' keyboard layer would be a tab stop that reads nothing.
const PICTURE = { accessibilityLayer: false } as const;

/** People per layer, before and after, one pair of bars per layer. */
export function LayerChart({ rows }: { rows: LayerRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...PICTURE} data={rows} layout="vertical" margin={{ top: 0, right: 28, bottom: 0, left: 4 }} barGap={1} barCategoryGap="18%">
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tick={AXIS} hide />
        <YAxis type="category" dataKey="name" width={118} tick={AXIS} interval={0} />
        <Bar dataKey="before" name="Before" fill={BEFORE_COLOUR} minPointSize={2} {...STILL}>
          <LabelList dataKey="before" position="right" style={{ fontSize: 13, fill: '#475569' }} />
        </Bar>
        {/* A layer folded to 0 still shows its 0: that is the story. */}
        <Bar dataKey="after" name="After" fill={AFTER_COLOUR} minPointSize={2} {...STILL}>
          <LabelList dataKey="after" position="right" style={{ fontSize: 14, fontWeight: 700, fill: '#0f172a' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * The pyramid as two stacked bars, Before and After, each as shares of its own total (the shift in
 * shares is the story; the totals are in the headline), labelled in FTE.
 */
export function PyramidChart({ rows }: { rows: PyramidRow[] }) {
  const data = (['before', 'after'] as const).map((when) => ({
    name: when === 'before' ? 'Before' : 'After',
    ...Object.fromEntries(rows.map((r) => [r.part, r[when]])),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart {...PICTURE} data={data} layout="vertical" stackOffset="expand" margin={{ top: 0, right: 8, bottom: 0, left: 4 }} barCategoryGap="22%">
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="name" width={54} tick={AXIS} />
        {rows.map((r) => (
          <Bar key={r.part} dataKey={r.part} name={r.label} stackId="pyramid" fill={PYRAMID_COLOURS[r.part]} {...STILL}>
            <LabelList dataKey={r.part} content={FteLabel} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

interface SegmentLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

// A segment too narrow to hold its number leaves it to the table beside the chart.
function FteLabel({ x, y, width, height, value }: SegmentLabelProps) {
  const [left, top, w, h] = [x, y, width, height].map(Number);
  if (typeof value !== 'number' || !(w >= 32)) return null;
  return (
    <text x={left + w / 2} y={top + h / 2} textAnchor="middle" dominantBaseline="central" fontSize={13} fontWeight={700} fill="#ffffff">
      {formatFte(value)}
    </text>
  );
}

export type QuarterMetric = 'headcount' | 'leadTimeDays' | 'costTotal';

/**
 * One figure quarter by quarter, the baseline first and the shown quarter marked. With uncertainty
 * ranges, a shaded P10–P90 band and a dashed P50 line run behind the single answer, the way
 * Insight Maker draws many runs over time.
 */
export function QuarterChart({ rows, metric, currency, shownLabel }: { rows: QuarterRow[]; metric: QuarterMetric; currency: string; shownLabel: string }) {
  const format = (v: unknown) => (typeof v !== 'number' ? '' : metric === 'costTotal' ? formatMoneyShort(v, currency) : metric === 'leadTimeDays' ? formatDays(v) : String(v));
  const banded = rows.some((r) => r.band);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart {...PICTURE} data={rows} margin={{ top: 22, right: 30, bottom: 0, left: 30 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={AXIS} interval={0} />
        <YAxis hide domain={[0, 'auto']} />
        <ReferenceLine x={shownLabel} stroke="#f59e0b" strokeWidth={3} />
        <Tooltip formatter={(v) => (Array.isArray(v) ? v.map(format).join('–') : format(v))} />
        {banded ? (
          <Area dataKey={(r: QuarterRow) => r.band?.[metric].range} name="P10–P90" stroke="none" fill={BAND_COLOUR} fillOpacity={0.35} connectNulls {...STILL} />
        ) : null}
        {banded ? (
          <Line dataKey={(r: QuarterRow) => r.band?.[metric].p50} name="P50" stroke={BAND_LINE_COLOUR} strokeWidth={2} strokeDasharray="6 4" dot={false} connectNulls {...STILL} />
        ) : null}
        <Line dataKey={metric} name="Single answer" stroke={AFTER_COLOUR} strokeWidth={3} dot={{ r: 4 }} {...STILL}>
          <LabelList dataKey={metric} position="top" formatter={format} style={{ fontSize: 13, fontWeight: 600, fill: '#0f172a' }} />
        </Line>
      </ComposedChart>
    </ResponsiveContainer>
  );
}
