/**
 * The levers ranked over the sampled worlds (issue 14, point 6): Spearman's rank correlation between
 * each lever's drawn value and headcount at the chosen quarter. A second way to read sensitivity beside
 * the one-at-a-time tornado: it weighs every lever across its whole range at once, as the ranges say.
 */
import { useMemo } from 'react';
import { rankLevers } from '../../sim/rankCorrelation';
import type { UncertainParam } from '../../sim/ranges';
import { formatFixed, formatNumber } from '../../readout/format';
import { quarterLabel } from '../../readout/rows';
import { leverName } from './levers';

export interface SampleRankingProps {
  /** Every sample's drawn levers (`params`, draw order) and sampled figures, sample order. */
  values: Float64Array;
  params: readonly UncertainParam[];
  rows: Float64Array;
  count: number;
  quarters: number;
  quarter: number;
}

/** "waitDays" is a multiplier on every handoff, not a scenario lever of its own. */
const samplingLeverName = (param: UncertainParam): string => (param === 'waitDays' ? 'Waiting times (× every handoff)' : leverName(param));

/** |ρ| in words, for those who cannot see the bar. */
function strength(rho: number): string {
  const r = Math.abs(rho);
  return r >= 0.7 ? 'strong' : r >= 0.4 ? 'moderate' : r >= 0.1 ? 'weak' : 'none';
}

export function SampleRanking({ values, params, rows, count, quarters, quarter }: SampleRankingProps) {
  const q = Math.min(quarter, quarters - 1);
  const ranked = useMemo(() => rankLevers(values, params, rows, count, quarters, q), [values, params, rows, count, quarters, q]);
  return (
    <section className="sample-ranking" aria-label="Levers ranked by rank correlation over the sampled worlds">
      <p className="sensitivity-lead">
        Rank correlation with headcount at {quarterLabel(q)} over {formatNumber(count, 0)} sampled worlds (Spearman’s ρ). Near −1:
        the more of the lever, the fewer people; near 0: headcount hardly follows it.
      </p>
      <table className="figure-table sensitivity-table" data-testid="sample-ranking">
        <caption className="visually-hidden">Levers by rank correlation with headcount over the sampled worlds, strongest first</caption>
        <thead>
          <tr>
            <th scope="col">Lever</th>
            <th scope="col">ρ</th>
            <th scope="col">Strength</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ param, rho }) => (
            <tr key={param} data-lever={param}>
              <th scope="row">{samplingLeverName(param)}</th>
              <td>{formatFixed(rho, 2).replace('-', '−')}</td>
              <td className="rho-cell">
                <span aria-hidden="true" className={rho < 0 ? 'rho-bar negative' : 'rho-bar positive'} style={{ width: `${Math.round(Math.abs(rho) * 100)}%` }} />
                <span className="visually-hidden">{strength(rho)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
