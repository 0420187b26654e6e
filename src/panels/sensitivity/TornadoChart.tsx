/**
 * The tornado: one row per lever that moves headcount, largest swing on top. Each row has two bars
 * from the base headcount, one to the low end (lever × 0.8 or −1) and one to the high end, each
 * labelled "lever value → people". Loaded lazily with recharts. A picture of the table beside it,
 * hidden from screen readers (SensitivityPanel.tsx), so without recharts' keyboard layer: no tab stop.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Sensitivity } from '../../sim';
import { leverName, leverValue, movingLevers } from './levers';

const LOW = '#60a5fa';
const HIGH = '#b45309';
// Labels in the text's slate, not recharts' grey #808080 (3.9:1 on white).
const AXIS = { fontSize: 14, fill: '#334155' };

export default function TornadoChart({ data }: { data: Sensitivity }) {
  const base = data.base.headcount;
  const rows = movingLevers(data.levers).map((l) => ({
    name: leverName(l.lever),
    low: [Math.min(base, l.low.headcount), Math.max(base, l.low.headcount)],
    high: [Math.min(base, l.high.headcount), Math.max(base, l.high.headcount)],
    lowLabel: `${leverValue(l.low.value)} → ${l.low.headcount}`,
    highLabel: `${leverValue(l.high.value)} → ${l.high.headcount}`,
  }));
  const ends = data.levers.flatMap((l) => [l.low.headcount, l.high.headcount]);
  const domain = [Math.max(0, Math.min(base, ...ends) - 1), Math.max(base, ...ends) + 2];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 4, right: 96, bottom: 0, left: 4 }} barGap={2} barCategoryGap="16%">
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" domain={domain} allowDecimals={false} tick={AXIS} label={{ value: 'people', position: 'insideBottomRight', offset: -2, fontSize: 13, fill: AXIS.fill }} />
        <YAxis type="category" dataKey="name" width={170} tick={AXIS} interval={0} />
        <ReferenceLine x={base} stroke="#0f172a" strokeWidth={2} label={{ value: `now ${base}`, position: 'top', fontSize: 13, fill: AXIS.fill }} />
        {/* Names in the text colour, the swatch carries the series colour: the pale blue as text was 2.5:1. */}
        <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: 13 }} formatter={(value) => <span style={{ color: '#0f172a' }}>{value}</span>} />
        <Bar dataKey="low" name="Lever lower" fill={LOW} isAnimationActive={false} minPointSize={2}>
          <LabelList dataKey="lowLabel" position="right" style={{ fontSize: 13, fill: '#0f172a' }} />
        </Bar>
        <Bar dataKey="high" name="Lever higher" fill={HIGH} isAnimationActive={false} minPointSize={2}>
          <LabelList dataKey="highLabel" position="right" style={{ fontSize: 13, fill: '#0f172a' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
