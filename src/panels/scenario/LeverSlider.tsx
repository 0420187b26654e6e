import { useId } from 'react';
import type { Scenario } from '../../model';
import { clampLever, leverParam, leverPath, leverValue, leverWords, sliderRange, type Lever } from '../../commands/scenarioCommands';
import { param } from '../../model';
import { formatParamValue, formatPercent } from '../../readout/format';
import { useCommand } from '../../ui/registry';

export interface LeverSliderProps {
  scenario: Scenario;
  /** The scenario's index in the document (for the control's JSON path). */
  index: number;
  lever: Lever;
}

/**
 * One lever as a real range input: dragging (or an arrow key) previews the change live; releasing the
 * pointer (or the key) commits it as one undo step. Escape while dragging puts the old value back.
 */
export function LeverSlider({ scenario, index, lever }: LeverSliderProps) {
  const { run, stores } = useCommand();
  const id = useId();
  const { min, max, step } = sliderRange(scenario, lever);
  const value = leverValue(scenario, lever);
  const words = leverWords(lever);
  const shown = formatParamValue(value, param(leverParam(lever)));
  const name = words[0].toUpperCase() + words.slice(1);

  const preview = (v: number) => run('scenario.setLever', { scenario: scenario.id, lever, value: v, preview: true });
  const commit = () => {
    const now = stores.document.getState().doc.scenarios.find((s) => s.id === scenario.id);
    if (!stores.document.getState().gestureBase || !now) return;
    run('scenario.setLever', { scenario: scenario.id, lever, value: clampLever(now, lever, leverValue(now, lever)) });
  };

  return (
    <div className="ff-lever">
      <label htmlFor={id}>{name}</label>
      <input
        id={id}
        type="range"
        data-path={leverPath(index, lever)}
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={lever.lever === 'potential' ? `${shown}, cap ${formatPercent(max)}` : shown}
        onChange={(e) => preview(Number(e.target.value))}
        onPointerUp={commit}
        onKeyUp={(e) => {
          if (e.key === 'Escape') stores.document.getState().cancelGesture();
          else commit();
        }}
        onBlur={commit}
      />
      <output htmlFor={id}>
        {shown}
        {lever.lever === 'potential' ? <span className="ff-lever-cap"> / cap {formatPercent(max)}</span> : null}
      </output>
    </div>
  );
}
