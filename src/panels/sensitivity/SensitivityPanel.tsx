import { lazy, Suspense, useState } from 'react';
import type { FivefoldDocument, Scenario } from '../../model';
import { formatDays } from '../../readout';
import { useSensitivity } from '../../simulation/useLaneView';
import type { RangesView } from '../../simulation/ranges/useRanges';
import { leverName, leverValue, movingLevers } from './levers';
import { SampleRanking } from './SampleRanking';
import './sensitivity.css';

const TornadoChart = lazy(() => import('./TornadoChart'));

export interface SensitivityPanelProps {
  doc: FivefoldDocument;
  scenario: Scenario;
  quarter: number;
  /** The scenario's sampled worlds, when it has ranges: the levers can then be ranked over them too. */
  ranges?: RangesView | null;
}

/**
 * simulation.md §10: which levers move headcount most, one at a time, as a tornado and as a table.
 * Each lever is two full simulations, so on a large model they run in a Web Worker (useSensitivity).
 */
export function SensitivityPanel({ doc, scenario, quarter, ranges }: SensitivityPanelProps) {
  const { answer: data } = useSensitivity(doc, { scenario, quarter });
  const [overSamples, setOverSamples] = useState(false);
  const sampled = ranges && ranges.scenarioId === scenario.id && ranges.values && ranges.rows && ranges.params.length ? ranges : null;
  const mode = sampled ? (
    <fieldset className="sensitivity-mode">
      <legend className="visually-hidden">Rank the levers</legend>
      <label>
        <input type="radio" name="sensitivity-mode" checked={!overSamples} onChange={() => setOverSamples(false)} /> One lever at a time
      </label>
      <label>
        <input type="radio" name="sensitivity-mode" checked={overSamples} onChange={() => setOverSamples(true)} /> By rank correlation over the sampled worlds
      </label>
    </fieldset>
  ) : null;
  if (sampled && overSamples) {
    return (
      <div className="sensitivity">
        {mode}
        <SampleRanking values={sampled.values!} params={sampled.params} rows={sampled.rows!} count={sampled.count} quarters={sampled.quarters} quarter={quarter} />
      </div>
    );
  }

  if (!data) {
    return (
      <div className="sensitivity" aria-busy="true">
        <p role="status">Moving each lever down and up, two full simulations each, in the background…</p>
      </div>
    );
  }
  const moving = movingLevers(data.levers);
  const still = data.levers.length - moving.length;
  return (
    <div className="sensitivity">
      {mode}
      <div className="tornado" aria-hidden="true" style={{ height: `${Math.max(120, 44 + moving.length * 40)}px` }}>
        <Suspense fallback={<div className="chart-loading">Loading chart…</div>}>
          {moving.length > 0 ? <TornadoChart data={data} /> : null}
        </Suspense>
      </div>
      {/* Scrolls sideways when the dock is narrow, so it takes keyboard focus to be scrolled. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled (WCAG 2.1.1) */}
      <section className="sensitivity-side" aria-label="What moves headcount" tabIndex={0}>
        <p className="sensitivity-lead">
          {scenario.name}, Q{quarter}: <strong>{data.base.headcount}</strong> people now. Each lever moved alone to 0.8× and
          1.2× (±1 for whole numbers), within its allowed range.
          {moving.length === 0 ? ' No single lever changes headcount here.' : ''}
          {still > 0 && moving.length > 0 ? ` ${still} other levers do not change headcount at this quarter.` : ''}
        </p>
        <table className="figure-table sensitivity-table" data-testid="sensitivity-table">
          <caption className="visually-hidden">Sensitivity of headcount to each lever, largest swing first</caption>
          <thead>
            <tr>
              <th scope="col">Lever</th>
              <th scope="col">Now</th>
              <th scope="col">Lower → people</th>
              <th scope="col">Higher → people</th>
              <th scope="col">Swing</th>
              <th scope="col">Lead time (days)</th>
            </tr>
          </thead>
          <tbody>
            {data.levers.map((l) => (
              <tr key={l.lever} data-lever={l.lever} className={l.swing > 0 ? 'moves' : 'still'}>
                <th scope="row">{leverName(l.lever)}</th>
                <td>{leverValue(l.value)}</td>
                <td>{leverValue(l.low.value)} → {l.low.headcount}</td>
                <td>{leverValue(l.high.value)} → {l.high.headcount}</td>
                <td>{l.swing}</td>
                <td>{formatDays(l.low.leadTimeDays)} – {formatDays(l.high.leadTimeDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
