/**
 * Scenario commands: the levers of the scenario panel, presets, and adding, duplicating, renaming and
 * deleting scenarios. Every document change is one named undo step; a slider drag previews live
 * (`preview: true`, no undo step) and its release commits once.
 */
import { followStory } from '../model/story';
import type { Command } from './registry';
import type { Stores } from '../store/context';
import { clampParam, param, presetScenarios, type AutomatableKind, type FivefoldDocument, type Scenario } from '../model';
import { chosenScenario } from '../simulation/chosen';
import { uniqueId } from './ids';

declare module './registry' {
  interface CommandArgs {
    'scenario.setLever': SetLeverArgs;
    'scenario.applyPreset': { scenario: string; preset: PresetId };
    'scenario.add': { name?: string } | undefined;
    'scenario.duplicate': { scenario: string };
    'scenario.rename': { scenario: string; name: string };
    'scenario.delete': { scenario: string };
    'scenario.choose': { scenario: string };
  }
}

/** A lever of the scenario panel. Adoption is per quarter; potential per kind of work. */
export type Lever =
  | { lever: 'adoption'; quarter: number }
  | { lever: 'potential'; kind: AutomatableKind }
  | { lever: 'sigmaFirst' | 'sigmaControl' | 'absorbThreshold' | 'maxDomains' | 'minHumans' };

export type LeverName = Lever['lever'];

/** The catalogue's id of the parameter a lever moves: "scenario.potential.create". */
export function leverParam(l: Lever): string {
  return l.lever === 'potential' ? `scenario.potential.${l.kind}` : `scenario.${l.lever}`;
}

/** How far a slider's track reaches (within the catalogue's bounds, which a set value is clamped to). */
const SLIDER: Record<LeverName, { max: number; step: number }> = {
  adoption: { max: 1, step: 0.01 },
  potential: { max: 1, step: 0.01 },
  sigmaFirst: { max: 1, step: 0.01 },
  sigmaControl: { max: 1, step: 0.01 },
  absorbThreshold: { max: 3, step: 0.05 },
  maxDomains: { max: 6, step: 1 },
  minHumans: { max: 5, step: 1 },
};

/**
 * A lever's slider: from the parameter's lower bound to the end of its usual track, stretched to
 * the scenario's value when that lies beyond (the inspector accepts any value the format allows).
 * @example sliderRange(s, { lever: 'minHumans' }) // { min: 1, max: 5, step: 1 }
 */
export function sliderRange(s: Scenario, l: Lever): { min: number; max: number; step: number } {
  const track = SLIDER[l.lever];
  const bounds = param(leverParam(l)).bounds!;
  const min = bounds.minOpen ? track.step : bounds.min;
  if (l.lever === 'potential') return { min, max: s.cap[l.kind], step: track.step };
  return { min, max: Math.max(track.max, leverValue(s, l)), step: track.step };
}

/** Plain words for a lever, used in undo labels and slider names: "adoption in quarter 2". */
export function leverWords(l: Lever): string {
  if (l.lever === 'adoption') return `adoption in quarter ${l.quarter}`;
  const short = param(leverParam(l)).short;
  return short[0].toLowerCase() + short.slice(1);
}

/** The lever's value in a scenario. */
export function leverValue(s: Scenario, l: Lever): number {
  if (l.lever === 'adoption') return s.adoption[Math.min(l.quarter, s.adoption.length - 1)];
  if (l.lever === 'potential') return s.potential[l.kind];
  return s[l.lever];
}

/** The JSON path the lever edits, e.g. `scenarios[2].potential.create` (focus requests use it). */
export function leverPath(index: number, l: Lever): string {
  if (l.lever === 'adoption') return `scenarios[${index}].adoption[${l.quarter}]`;
  if (l.lever === 'potential') return `scenarios[${index}].potential.${l.kind}`;
  return `scenarios[${index}].${l.lever}`;
}

/** The value a lever may take: within the catalogue's bounds, a potential never above its cap, integers whole. */
export function clampLever(s: Scenario, l: Lever, value: number): number {
  return clampParam(leverParam(l), value, l.lever === 'potential' ? { max: s.cap[l.kind] } : {});
}

export interface SetLeverArgs {
  scenario: string;
  lever: Lever;
  value: number;
  /** True while a slider is dragged: the change shows live but makes no undo step. */
  preview?: boolean;
}

const findScenario = (stores: Stores, id: string) => stores.document.getState().doc.scenarios.find((s) => s.id === id);

/** `canRun` of the commands about one existing scenario. */
const namesScenario = (stores: Stores, args: { scenario: string } | undefined) => !!args && !!findScenario(stores, args.scenario);

/**
 * `scenario.setLever`: one lever of one scenario, clamped to what the format allows.
 * @example registry.run('scenario.setLever', stores, { scenario: 'ai-native', lever: { lever: 'adoption', quarter: 3 }, value: 0.5 })
 */
export const setLever: Command<SetLeverArgs> = {
  id: 'scenario.setLever',
  label: 'Change a scenario lever',
  group: 'Scenario',
  canRun: (stores, args) => {
    const s = args && findScenario(stores, args.scenario);
    return !!s && (args.lever.lever !== 'adoption' || (args.lever.quarter >= 0 && args.lever.quarter < s.adoption.length));
  },
  run(stores, { scenario, lever, value, preview }) {
    const s = findScenario(stores, scenario)!;
    const v = clampLever(s, lever, value);
    const recipe = (d: { scenarios: Scenario[] }) => {
      const t = d.scenarios.find((x) => x.id === scenario);
      if (!t) return;
      if (lever.lever === 'adoption') t.adoption[lever.quarter] = v;
      else if (lever.lever === 'potential') t.potential[lever.kind] = v;
      else t[lever.lever] = v;
    };
    const store = stores.document.getState();
    if (preview) store.preview(recipe);
    else store.commit(`Change ${leverWords(lever)} of ${s.name}`, recipe);
  },
};

export type PresetId = 'cautious' | 'evidence-top' | 'ai-native';

/** The presets of simulation.md §8, by id, with their names. */
export const PRESETS: { id: PresetId; name: string }[] = presetScenarios().map((p) => ({ id: p.id as PresetId, name: p.name }));

/**
 * `scenario.applyPreset`: resets every value of a scenario to a preset's, keeping its id and name.
 * @example registry.run('scenario.applyPreset', stores, { scenario: 'mine', preset: 'cautious' })
 */
export const applyPreset: Command<{ scenario: string; preset: PresetId }> = {
  id: 'scenario.applyPreset',
  label: 'Reset scenario to a preset',
  group: 'Scenario',
  canRun: (stores, args) => namesScenario(stores, args) && PRESETS.some((p) => p.id === args.preset),
  run(stores, { scenario, preset }) {
    const s = findScenario(stores, scenario)!;
    const p = presetScenarios().find((x) => x.id === preset)!;
    stores.document.getState().commit(`Reset ${s.name} to ${p.name}`, (d) => {
      const i = d.scenarios.findIndex((x) => x.id === scenario);
      d.scenarios[i] = { ...p, id: s.id, name: s.name };
    });
  },
};

/** Ids of the document's scenarios plus "baseline", which no scenario may take (format.md). */
function takenIds(stores: Stores): Set<string> {
  return new Set(['baseline', ...stores.document.getState().doc.scenarios.map((s) => s.id)]);
}

/**
 * `scenario.add`: a new scenario with the "Top of measured evidence" values (the defaults), chosen.
 * @example registry.run('scenario.add', stores, { name: 'Board ask' })
 */
export const addScenario: Command<{ name?: string } | undefined> = {
  id: 'scenario.add',
  label: 'Add scenario',
  group: 'Scenario',
  run(stores, args) {
    const name = args?.name?.trim() || 'New scenario';
    const id = uniqueId(name, takenIds(stores));
    const base = presetScenarios().find((p) => p.id === 'evidence-top')!;
    stores.document.getState().commit(`Add scenario ${name}`, (d) => {
      d.scenarios.push({ ...base, id, name });
    });
    stores.ui.getState().setScenario(id);
  },
};

/** `scenario.duplicate`: a copy right after the original, with a new id, chosen. */
export const duplicateScenario: Command<{ scenario: string }> = {
  id: 'scenario.duplicate',
  label: 'Duplicate scenario',
  group: 'Scenario',
  canRun: namesScenario,
  run(stores, { scenario }) {
    const s = findScenario(stores, scenario)!;
    const id = uniqueId(`${s.id}-copy`, takenIds(stores));
    const name = `${s.name} (copy)`.slice(0, 120);
    stores.document.getState().commit(`Duplicate scenario ${s.name}`, (d) => {
      const i = d.scenarios.findIndex((x) => x.id === scenario);
      d.scenarios.splice(i + 1, 0, { ...structuredClone(s), id, name });
    });
    stores.ui.getState().setScenario(id);
  },
};

/** `scenario.rename`: a new display name (1–120 characters); the id stays, so links keep working. */
export const renameScenario: Command<{ scenario: string; name: string }> = {
  id: 'scenario.rename',
  label: 'Rename scenario',
  group: 'Scenario',
  canRun: (stores, args) => namesScenario(stores, args) && args.name.trim().length >= 1 && args.name.trim().length <= 120,
  run(stores, { scenario, name }) {
    const s = findScenario(stores, scenario)!;
    stores.document.getState().commit(`Rename scenario ${s.name} to ${name.trim()}`, (d) => {
      d.scenarios.find((x) => x.id === scenario)!.name = name.trim();
    });
  },
};

/** `scenario.delete`: never the last one; the chosen scenario moves to a neighbour. */
export const deleteScenario: Command<{ scenario: string }> = {
  id: 'scenario.delete',
  label: 'Delete scenario',
  group: 'Scenario',
  canRun: (stores, args) => namesScenario(stores, args) && stores.document.getState().doc.scenarios.length > 1,
  run(stores, { scenario }) {
    const { scenarios } = stores.document.getState().doc;
    const i = scenarios.findIndex((x) => x.id === scenario);
    const neighbour = scenarios[i + 1] ?? scenarios[i - 1];
    stores.document.getState().commit(`Delete scenario ${scenarios[i].name}`, (d) => {
      d.scenarios.splice(i, 1);
      followStory(d, { scenarios: { gone: new Set([scenario]) } });
    });
    const ui = stores.ui.getState();
    if (chosenScenario({ scenarios } as FivefoldDocument, ui.scenarioId)?.id === scenario) ui.setScenario(neighbour.id);
  },
};

/** `scenario.choose`: which scenario the views show (UI state, not an undo step). */
export const chooseScenario: Command<{ scenario: string }> = {
  id: 'scenario.choose',
  label: 'Choose scenario',
  group: 'Scenario',
  canRun: namesScenario,
  run(stores, { scenario }) {
    stores.ui.getState().setScenario(scenario);
  },
};

/** Every scenario command, for `EDITOR_COMMANDS`. */
export const SCENARIO_COMMANDS = [setLever, applyPreset, addScenario, duplicateScenario, renameScenario, deleteScenario, chooseScenario];
