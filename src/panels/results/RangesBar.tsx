/**
 * Below the headline while a scenario has uncertainty ranges: the sampling's progress, then the
 * sentence when the single answer lies outside P10–P90; and the chance of reaching a chosen headcount.
 */
import { useId, useState } from 'react';
import type { RangesView } from '../../simulation/ranges/useRanges';
import { chanceText, outsideSentence } from '../../readout/ranges';
import { quarterLabel } from '../../readout/rows';
import { formatNumber } from '../../readout/format';

export function RangesBar({ ranges, quarter, point }: { ranges: RangesView; quarter: number; point: number | null }) {
  const id = useId();
  const [target, setTarget] = useState<number | null>(null);
  if (ranges.state === 'none') return null;
  const summary = ranges.summaries?.[quarter];
  const H = target ?? point ?? 0;
  // The sentence waits for the last sample: said from partial percentiles it could flip, and the
  // progress takes its place meanwhile, so the bar keeps its rows (results.css .ranges-bar).
  const sentence = ranges.state === 'done' && summary && point !== null ? outsideSentence(point, summary.headcount) : null;
  const chance = ranges.columns && ranges.count ? ranges.columns.atMost(quarter, H) : null;
  return (
    <div className="ranges-bar" data-testid="ranges-bar" data-state={ranges.state} data-done={ranges.done} data-total={ranges.total} data-workers={ranges.workers}>
      {ranges.state === 'sampling' ? (
        <label className="ranges-progress">
          Sampling {formatNumber(ranges.done, 0)} of {formatNumber(ranges.total, 0)} worlds
          <progress max={ranges.total} value={ranges.done} />
        </label>
      ) : null}
      {ranges.state === 'failed' ? <span role="alert">The ranges could not be sampled: {ranges.error}</span> : null}
      {sentence ? (
        <span className="ranges-outside" data-testid="ranges-outside">
          {sentence}
        </span>
      ) : null}
      {chance !== null ? (
        <span className="ranges-chance" data-testid="ranges-chance">
          <label htmlFor={id}>Headcount</label>
          <input id={id} type="number" min={0} step={1} value={H} onChange={(e) => setTarget(Math.max(0, Math.round(Number(e.target.value) || 0)))} />
          <output htmlFor={id}>{chanceText(H, quarterLabel(quarter), chance)}</output>
        </span>
      ) : null}
    </div>
  );
}
