/**
 * The levers drawer's uncertainty ranges (simulation.md §11): a two-handle slider per uncertain lever
 * around its value, the presets' ranges, and "No ranges". Loaded with the drawer's first use of ranges
 * (React.lazy), so the first screen does not carry it.
 */
import { useId } from 'react';
import { paramPath, type AutomatableKind, type Scenario } from '../../model';
import { useCommand } from '../../ui/registry';
import { boundsOf, clampRange, rangeOf, rangeParam } from '../../commands/rangeCommands';
import { UNCERTAIN_PARAMS, uncertaintyOf, type UncertainParam } from '../../sim/ranges';
import { formatFixed, formatNumber, formatPercent } from '../../readout/format';

const isMultiplier = (p: UncertainParam) => p === 'adoption' || p === 'waitDays';
const show = (p: UncertainParam, v: number) => (isMultiplier(p) ? `×${formatFixed(v, 2)}` : formatPercent(v));

/** The lever's own value: the mode of its triangle (1 for a multiplier). */
function pointOf(s: Scenario, p: UncertainParam): number {
  if (isMultiplier(p)) return 1;
  if (p === 'sigmaFirst' || p === 'sigmaControl') return s[p];
  return s.potential[p.slice('potential.'.length) as AutomatableKind];
}

/** `index`: the scenario's place in the document, for each handle's JSON path. */
export default function RangesFieldset({ scenario, index }: { scenario: Scenario; index: number }) {
  const { run } = useCommand();
  const u = uncertaintyOf(scenario);
  return (
    <fieldset className="ff-ranges">
      <legend>Uncertainty ranges</legend>
      <p className="ff-ranges-note">
        {u
          ? `${formatNumber(u.samples, 0)} sampled worlds, seed ${u.seed ?? 1}: results show P10–P90.`
          : 'No ranges: results are single numbers. Ranges say how sure they are.'}
      </p>
      <div className="ff-row">
        <button type="button" onClick={() => run('scenario.presetRanges', { scenario: scenario.id })}>
          Preset ranges
        </button>
        <button type="button" disabled={!u} onClick={() => run('scenario.clearRanges', { scenario: scenario.id })}>
          No ranges
        </button>
      </div>
      {u ? UNCERTAIN_PARAMS.map((p) => <RangeSlider key={p} scenario={scenario} index={index} param={p} range={rangeOf(u, p)} />) : null}
    </fieldset>
  );
}

/**
 * Two range inputs over one track, low and high, each a real slider for keyboard and screen reader;
 * dragging previews live, releasing commits one undo step. A lever without a range shows "fixed" and
 * takes one from its first move.
 */
function RangeSlider({ scenario, index, param, range }: { scenario: Scenario; index: number; param: UncertainParam; range: readonly [number, number] | undefined }) {
  const { run, stores } = useCommand();
  const id = useId();
  const b = boundsOf(param);
  const point = pointOf(scenario, param);
  const [low, high] = range ?? [point, point];
  const { id: paramId, short: name } = rangeParam(param);
  const pct = (v: number) => `${((v - b.min) / (b.max - b.min)) * 100}%`;

  const set = (next: [number, number], preview: boolean) => run('scenario.setRange', { scenario: scenario.id, param, range: clampRange(param, next), preview });
  const commit = () => {
    if (!stores.document.getState().gestureBase) return;
    const now = stores.document.getState().doc.scenarios.find((s) => s.id === scenario.id);
    const r = now && rangeOf(uncertaintyOf(now), param);
    if (r) set([r[0], r[1]], false);
  };
  const handle = (which: 'low' | 'high') => (
    <input
      type="range"
      className={`ff-range-${which}`}
      data-path={paramPath(paramId, index)}
      aria-label={`${name}, ${which} end`}
      aria-valuetext={show(param, which === 'low' ? low : high)}
      min={b.min}
      max={b.max}
      step={b.step}
      value={which === 'low' ? low : high}
      onChange={(e) => {
        const v = Number(e.target.value);
        set(which === 'low' ? [Math.min(v, high), high] : [low, Math.max(v, low)], true);
      }}
      onPointerUp={commit}
      onKeyUp={(e) => {
        if (e.key === 'Escape') stores.document.getState().cancelGesture();
        else commit();
      }}
      onBlur={commit}
    />
  );
  return (
    <fieldset className="ff-range" aria-labelledby={id} data-param={param}>
      <span id={id} className="ff-range-name">
        {name}
      </span>
      <div className="ff-range-track" style={{ ['--lo' as string]: pct(low), ['--hi' as string]: pct(high), ['--at' as string]: pct(point) }}>
        {handle('low')}
        {handle('high')}
      </div>
      <output>{range ? `${show(param, low)}–${show(param, high)}` : `fixed at ${show(param, point)}`}</output>
    </fieldset>
  );
}
