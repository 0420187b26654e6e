/**
 * The uncertainty ranges of a scenario (simulation.md §11, format.md `scenarios[].uncertainty`): one
 * range at a time from the levers drawer's two-handle sliders, the presets' ranges, or none. Each is
 * one named undo step; a handle being dragged previews live.
 */
import type { Command } from './registry';
import type { Stores } from '../store/context';
import { param, type AutomatableKind, type Parameter, type Scenario, type Uncertainty } from '../model';
import { presetUncertainty } from '../model/presets';
import { DEFAULT_SEED, uncertaintyOf, type UncertainParam, type Uncertainty as SampledRanges } from '../sim/ranges';

declare module './registry' {
  interface CommandArgs {
    'scenario.setRange': SetRangeArgs;
    'scenario.presetRanges': { scenario: string };
    'scenario.clearRanges': { scenario: string };
  }
}

/** Samples a range set gets when its first range is drawn on a scenario without any. */
export const DEFAULT_SAMPLES = 1000;

/** Slider bounds per parameter; multipliers keep 1 inside their range (format.md). */
export const RANGE_BOUNDS: Record<'multiplier' | 'waitDays' | 'share', { min: number; max: number; step: number }> = {
  multiplier: { min: 0.5, max: 1.5, step: 0.01 },
  waitDays: { min: 0.25, max: 3, step: 0.05 },
  share: { min: 0, max: 1, step: 0.01 },
};

export const boundsOf = (param: UncertainParam) => (param === 'adoption' ? RANGE_BOUNDS.multiplier : param === 'waitDays' ? RANGE_BOUNDS.waitDays : RANGE_BOUNDS.share);

/** The range of one parameter in a scenario's uncertainty, if it has one. */
export function rangeOf(u: SampledRanges | undefined, param: UncertainParam): readonly [number, number] | undefined {
  if (!u) return undefined;
  if (param.startsWith('potential.')) return u.potential?.[param.slice('potential.'.length) as AutomatableKind];
  return u[param as 'adoption' | 'sigmaFirst' | 'sigmaControl' | 'waitDays'];
}

/**
 * A range the format allows: low ≤ high within the slider's bounds, and a multiplier's range holding 1.
 * @example clampRange('adoption', [1.2, 0.9]) // [0.9, 1.2] → then 1 inside: [0.9, 1.2]
 */
export function clampRange(param: UncertainParam, range: readonly [number, number]): [number, number] {
  const b = boundsOf(param);
  const fit = (v: number) => Math.min(b.max, Math.max(b.min, Number.isFinite(v) ? v : b.min));
  let [low, high] = [fit(Math.min(range[0], range[1])), fit(Math.max(range[0], range[1]))];
  if (param === 'adoption' || param === 'waitDays') {
    low = Math.min(low, 1);
    high = Math.max(high, 1);
  }
  return [low, high];
}

const findScenario = (stores: Stores, id: string) => stores.document.getState().doc.scenarios.find((s) => s.id === id);
const namesScenario = (stores: Stores, args: { scenario: string } | undefined) => !!args && !!findScenario(stores, args.scenario);

/** The catalogue's entry for an uncertain parameter, so the sliders and undo steps name it as every other view does. */
export const rangeParam = (p: UncertainParam): Parameter => param(`uncertainty.${p}`);

/** The range's name inside a sentence: the catalogue's short label, e.g. "first-line review range". */
export function rangeWords(p: UncertainParam): string {
  const short = rangeParam(p).short;
  return short[0].toLowerCase() + short.slice(1);
}

export interface SetRangeArgs {
  scenario: string;
  param: UncertainParam;
  range: readonly [number, number];
  preview?: boolean;
}

/**
 * `scenario.setRange`: one parameter's [low, high]; the first range of a scenario brings 1,000 samples, seed 1.
 * @example registry.run('scenario.setRange', stores, { scenario: 'ai-native', param: 'adoption', range: [0.8, 1.1] })
 */
export const setRange: Command<SetRangeArgs> = {
  id: 'scenario.setRange',
  label: 'Change an uncertainty range',
  group: 'Scenario',
  canRun: namesScenario,
  run(stores, { scenario, param, range, preview }) {
    const s = findScenario(stores, scenario)!;
    const r = clampRange(param, range);
    const recipe = (d: { scenarios: Scenario[] }) => {
      const t = d.scenarios.find((x) => x.id === scenario);
      if (!t) return;
      const u: Uncertainty = (t.uncertainty ??= { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED });
      if (param.startsWith('potential.')) (u.potential ??= {})[param.slice('potential.'.length) as AutomatableKind] = r;
      else u[param as 'adoption' | 'sigmaFirst' | 'sigmaControl' | 'waitDays'] = r;
    };
    const store = stores.document.getState();
    if (preview) store.preview(recipe);
    else store.commit(`Change the ${rangeWords(param)} of ${s.name}`, recipe);
  },
};

/** `scenario.presetRanges`: the ranges §11 gives every preset (potential from the cautious end to the cap, …). */
export const presetRanges: Command<{ scenario: string }> = {
  id: 'scenario.presetRanges',
  label: 'Use the preset uncertainty ranges',
  group: 'Scenario',
  canRun: namesScenario,
  run(stores, { scenario }) {
    const s = findScenario(stores, scenario)!;
    stores.document.getState().commit(`Use the preset ranges for ${s.name}`, (d) => {
      d.scenarios.find((x) => x.id === scenario)!.uncertainty = presetUncertainty();
    });
  },
};

/** `scenario.clearRanges` ("No ranges"): the scenario's single numbers only; nothing is sampled. */
export const clearRanges: Command<{ scenario: string }> = {
  id: 'scenario.clearRanges',
  label: 'No uncertainty ranges',
  group: 'Scenario',
  canRun: (stores, args) => namesScenario(stores, args) && !!uncertaintyOf(findScenario(stores, args.scenario)!),
  run(stores, { scenario }) {
    const s = findScenario(stores, scenario)!;
    stores.document.getState().commit(`Remove the ranges of ${s.name}`, (d) => {
      delete d.scenarios.find((x) => x.id === scenario)!.uncertainty;
    });
  },
};

export const RANGE_COMMANDS = [setRange, presetRanges, clearRanges];
