import { memo, Suspense, useMemo, useState, type ReactNode } from 'react';
import type { FivefoldDocument } from '../../model';
import type { RangeSummary, Result } from '../../sim';
import { formatDays, formatFte, formatMoney } from '../../readout';
import { InitiativeCheck, WarningList } from './InitiativeCheck';
import { LayerChart, PyramidChart, QuarterChart } from './lazyCharts';
import { AFTER_COLOUR, BEFORE_COLOUR, PYRAMID_COLOURS } from './rows';
import { layerRows, pyramidRows, quarterLabel, quarterRows } from '../../readout/rows';
import type { QuarterMetric } from './charts';

export interface DashboardProps {
  doc: FivefoldDocument;
  before: Result;
  after: Result;
  projection: Result[];
  /** Percentiles per quarter over the sampled worlds, when the scenario has ranges. */
  ranges?: readonly RangeSummary[] | null;
}

const METRICS: Array<{ id: QuarterMetric; label: string }> = [
  { id: 'headcount', label: 'People' },
  { id: 'leadTimeDays', label: 'Lead time' },
  { id: 'costTotal', label: 'Cost' },
];

/**
 * The Results tab: people per layer, the pyramid, the figures quarter by quarter, the initiative
 * check and the warnings. Each chart has a table with the same numbers for screen readers.
 */
export const Dashboard = memo(function Dashboard({ doc, before, after, projection, ranges = null }: DashboardProps) {
  const layers = useMemo(() => layerRows(doc, before, after), [doc, before, after]);
  const pyramid = useMemo(() => pyramidRows(before, after), [before, after]);
  const quarters = useMemo(() => quarterRows(before, projection, ranges), [before, projection, ranges]);
  const [metric, setMetric] = useState<QuarterMetric>('headcount');
  const money = (v: number) => formatMoney(v, doc.currency);

  return (
    <div className="dashboard">
      <Card title="People per layer" legend={<Legend />}>
        <ChartBox>
          <LayerChart rows={layers} />
        </ChartBox>
        <table className="visually-hidden" data-testid="layer-table">
          <caption>People per layer, before and after</caption>
          <thead>
            <tr><th scope="col">Layer</th><th scope="col">Before</th><th scope="col">After</th></tr>
          </thead>
          <tbody>
            {layers.map((r) => (
              <tr key={r.layer}><th scope="row">{r.name}</th><td>{r.before}</td><td>{r.after}</td></tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card title="Pyramid (FTE)">
        <ChartBox>
          <PyramidChart rows={pyramid} />
        </ChartBox>
        <table className="pyramid-legend" data-testid="pyramid-table">
          <caption className="visually-hidden">Career pyramid in FTE, before and after</caption>
          <thead>
            <tr><th scope="col"><span className="visually-hidden">Part</span></th><th scope="col">Before</th><th scope="col">After</th></tr>
          </thead>
          <tbody>
            {pyramid.map((r) => (
              <tr key={r.part}>
                <th scope="row"><span className="swatch" style={{ background: PYRAMID_COLOURS[r.part] }} /> {r.label}</th>
                <td>{formatFte(r.before)}</td>
                <td className="after">{formatFte(r.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card
        title="By quarter"
        legend={
          <fieldset className="segmented" aria-label="Figure shown by quarter">
            {METRICS.map((m) => (
              <button key={m.id} type="button" aria-pressed={metric === m.id} onClick={() => setMetric(m.id)}>
                {m.label}
              </button>
            ))}
          </fieldset>
        }
      >
        <ChartBox>
          <QuarterChart rows={quarters} metric={metric} currency={doc.currency} shownLabel={quarterLabel(after.quarter)} />
        </ChartBox>
        <table className="visually-hidden" data-testid="quarter-table">
          <caption>People, lead time and cost, quarter by quarter</caption>
          <thead>
            <tr><th scope="col">Quarter</th><th scope="col">People</th><th scope="col">Lead time (days)</th><th scope="col">Cost ({doc.currency})</th></tr>
          </thead>
          <tbody>
            {quarters.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th><td>{r.headcount}</td><td>{formatDays(r.leadTimeDays)}</td><td>{money(r.costTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card title="Initiative check" wide>
        <InitiativeCheck doc={doc} before={before} after={after} />
        <h4 className="card-subtitle">Warnings</h4>
        <WarningList doc={doc} warnings={after.warnings} />
      </Card>
    </div>
  );
});

/**
 * A named region of the dashboard. A wide card scrolls its text inside the dock, so it takes keyboard
 * focus: arrow keys then scroll it for someone who does not use a mouse.
 */
function Card({ title, legend, wide, children }: { title: string; legend?: ReactNode; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? 'card card-wide' : 'card'} aria-label={title} tabIndex={wide ? 0 : undefined}>
      <header className="card-header">
        <h3>{title}</h3>
        {legend}
      </header>
      {children}
    </section>
  );
}

/** The chart is a picture of the table next to it: hidden from screen readers, which read the table. */
function ChartBox({ children }: { children: ReactNode }) {
  return (
    <div className="chart-box" aria-hidden="true">
      <Suspense fallback={<div className="chart-loading">Loading chart…</div>}>{children}</Suspense>
    </div>
  );
}

function Legend() {
  return (
    <span className="legend">
      <span className="swatch" style={{ background: BEFORE_COLOUR }} /> Before <span className="swatch swatch-after" style={{ background: AFTER_COLOUR }} /> After
    </span>
  );
}
