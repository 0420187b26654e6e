/**
 * The presentation's story (format.md, version 2, `story`): the steps a facilitator walks a room
 * through, and the default story built from the model when the document has none. Pure TypeScript.
 */
import { LAYER_IDS, type FivefoldDocument, type LayerId } from './schema';
import { layerName } from './names';
import { chosenScenario } from './chosen';

/** Fields every step may carry (format.md): a title of its own, speaker notes, hidden. */
interface StepCommon {
  title?: string;
  notes?: string;
  hidden?: boolean;
}

export type StoryStep = StepCommon &
  (
    | { kind: 'title' }
    | { kind: 'layer'; layer: LayerId }
    | { kind: 'relay' }
    | { kind: 'quarter'; scenario: string; quarter: number }
    | { kind: 'headline'; scenario: string }
    | { kind: 'ranges'; scenario: string }
    | { kind: 'caveat'; scenario: string }
    | { kind: 'focus'; teams: string[] }
  );

export type StepKind = StoryStep['kind'];

/** Whether a scenario carries uncertainty ranges (format.md v2 `scenario.uncertainty`). */
export function hasRanges(doc: FivefoldDocument, scenarioId: string): boolean {
  const s = doc.scenarios.find((x) => x.id === scenarioId) as { uncertainty?: unknown } | undefined;
  return !!s?.uncertainty;
}

/**
 * The story told when the document has none: the title; each layer that has teams, in the order of
 * the five layers; the relay (when there are handoffs); the scenario quarter by quarter; the
 * headline; the ranges (only when the scenario has them); the honest caveat.
 * @example defaultStory(ott, 'ai-native').map((s) => s.kind)
 * // ['title', 'layer' ×5, 'relay', 'quarter' ×4, 'headline', 'caveat']
 */
export function defaultStory(doc: FivefoldDocument, scenarioId: string | null = null): StoryStep[] {
  const steps: StoryStep[] = [{ kind: 'title' }];
  const used = new Set(doc.teams.map((t) => t.layer));
  for (const layer of LAYER_IDS) if (used.has(layer)) steps.push({ kind: 'layer', layer });
  if (doc.handoffs.length) steps.push({ kind: 'relay' });
  const scenario = chosenScenario(doc, scenarioId);
  if (scenario) {
    if (doc.teams.length) scenario.adoption.forEach((_, quarter) => steps.push({ kind: 'quarter', scenario: scenario.id, quarter }));
    steps.push({ kind: 'headline', scenario: scenario.id });
    if (hasRanges(doc, scenario.id)) steps.push({ kind: 'ranges', scenario: scenario.id });
    steps.push({ kind: 'caveat', scenario: scenario.id });
  }
  return steps;
}

/** The document's own story, else the default one. */
export function storyOf(doc: FivefoldDocument, scenarioId: string | null = null): StoryStep[] {
  const own = (doc as { story?: StoryStep[] }).story;
  return own?.length ? own : defaultStory(doc, scenarioId);
}

/**
 * Whether a step can still be shown: a step naming a layer with no teams, a scenario or a team that
 * no longer exists (deleted after the story was written) is skipped rather than shown broken.
 */
export function stepIsShowable(doc: FivefoldDocument, step: StoryStep): boolean {
  switch (step.kind) {
    case 'layer':
      return doc.teams.some((t) => t.layer === step.layer);
    case 'quarter':
    case 'headline':
    case 'ranges':
    case 'caveat':
      return doc.scenarios.some((s) => s.id === step.scenario);
    case 'focus':
      return step.teams.some((id) => doc.teams.some((t) => t.id === id));
    default:
      return true;
  }
}

/** The steps the audience sees, in order, each with its index in the full story. */
export function shownSteps(doc: FivefoldDocument, story: readonly StoryStep[]): { step: StoryStep; index: number }[] {
  return story.flatMap((step, index) => (!step.hidden && stepIsShowable(doc, step) ? [{ step, index }] : []));
}

const KIND_TITLES: Record<StepKind, string> = {
  title: 'Title',
  layer: 'Layer',
  relay: 'The relay',
  quarter: 'Quarter',
  headline: 'The headline',
  ranges: 'How sure we are',
  caveat: 'Time to learn',
  focus: 'In focus',
};

/**
 * The title a step shows: its own, else one said from what it shows.
 * @example stepTitle(ott, { kind: 'quarter', scenario: 'ai-native', quarter: 2 }) // 'AI-native, quarter 2'
 */
export function stepTitle(doc: FivefoldDocument, step: StoryStep): string {
  if (step.title) return step.title;
  const scenarioName = (id: string) => doc.scenarios.find((s) => s.id === id)?.name ?? id;
  switch (step.kind) {
    case 'title':
      return doc.title;
    case 'layer':
      return layerName(doc, step.layer);
    case 'quarter':
      return `${scenarioName(step.scenario)}, quarter ${step.quarter}`;
    case 'headline':
      return `The headline: ${scenarioName(step.scenario)}`;
    case 'focus':
      return `In focus: ${step.teams.length === 1 ? (doc.teams.find((t) => t.id === step.teams[0])?.name ?? step.teams[0]) : `${step.teams.length} teams`}`;
    default:
      return KIND_TITLES[step.kind];
  }
}

/**
 * Keeps a document's own story true to its teams and scenarios after an edit (rules.ts refuses a
 * story naming what does not exist): a renamed id is followed, a deleted team leaves its focus
 * steps (a focus step left with none goes), a step naming a deleted scenario goes. Works on an
 * immer draft or a plain document; a document without a story is left alone.
 * @example followStory(d, { teams: { renamed: new Map([['qa', 'quality']]) } })
 */
export function followStory(
  doc: { story?: StoryStep[] },
  change: { teams?: { renamed?: ReadonlyMap<string, string>; gone?: ReadonlySet<string> }; scenarios?: { renamed?: ReadonlyMap<string, string>; gone?: ReadonlySet<string> } },
): void {
  if (!doc.story) return;
  const { teams, scenarios } = change;
  const kept: StoryStep[] = [];
  for (const step of doc.story) {
    if (step.kind === 'focus' && teams) {
      const ids = step.teams.filter((id) => !teams.gone?.has(id)).map((id) => teams.renamed?.get(id) ?? id);
      if (!ids.length) continue;
      if (ids.length !== step.teams.length || ids.some((id, i) => id !== step.teams[i])) step.teams = ids;
    }
    if ('scenario' in step && scenarios) {
      if (scenarios.gone?.has(step.scenario)) continue;
      const to = scenarios.renamed?.get(step.scenario);
      if (to) step.scenario = to;
    }
    kept.push(step);
  }
  if (kept.length !== doc.story.length) doc.story = kept.length ? kept : undefined;
  if (!doc.story) delete doc.story;
}
