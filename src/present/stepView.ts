/**
 * What each story step shows, as plain data: the words and figures of a slide, computed from the
 * document and the engine. The audience window draws it (Slide.tsx); tests read it. Pure TypeScript.
 *
 * Steps are framed so that nothing on a slide is small: a layer or a focus shows at most
 * `CARD_CAPACITY` team cards (the rest summed up in one card), the relay at most `RELAY_ROWS`
 * handoffs (the middle summed up), a quarter shows the five layers and the largest merges.
 */
import { LAYER_IDS, type FivefoldDocument, type Handoff, type LayerId, type Team } from '../model/schema';
import { layerName, teamName } from '../model/names';
import { layerInfo } from '../model/catalogue';
import { peopleWord, counted, formatPercent } from '../readout/format';
import { baseline as simulateBaseline, simulate, type Result } from '../sim';
import { criticalPathHandoffs } from '../sim/criticalPath';
import { formatDays, headcountByLayer, headlineFigures, headlineParts, initiativeCheck, outsideSentence, type HeadlinePart } from '../readout';
import { hasRanges, stepTitle, type StoryStep } from '../model/story';

/** Team cards a slide shows at most (three rows of three at 1280×720 with 18 px text). */
export const CARD_CAPACITY = 9;
/** Handoff rows the relay shows at most. */
export const RELAY_ROWS = 7;
/** Merges a quarter lists at most. */
export const MERGE_ROWS = 3;

export interface TeamCard {
  id: string;
  name: string;
  layer: string;
  /** "3 people", or "3 → 1 people" on a focus step with a scenario. */
  people: string;
  roles: string;
}

/** Teams beyond a slide's capacity, summed up in one card. */
export interface MoreCard {
  teams: number;
  people: number;
}

export interface LayerChip {
  layer: LayerId;
  name: string;
  /** "3 teams · 9 people" */
  detail: string;
  state: 'shown' | 'current' | 'later';
}

export interface RelayRow {
  from: string;
  to: string;
  artifact: string;
  /** "waits 10 days" */
  wait: string;
  /** "85% usable" */
  usable: string;
}

export interface Figure {
  label: string;
  value: string;
  /** A number that animates from the previous step's value, when the slide has one. */
  to?: number;
  from?: number;
}

export interface LayerBar {
  layer: LayerId;
  name: string;
  before: number;
  now: number;
}

export type StepView = { title: string } & (
  | { kind: 'title'; problem: string; goal: string; window: string; summary: string }
  | { kind: 'layer'; purpose: string; cards: TeamCard[]; more: MoreCard | null; chips: LayerChip[] }
  | { kind: 'relay'; figures: Figure[]; rows: (RelayRow | { skipped: number })[]; sentence: string }
  | { kind: 'quarter'; scenario: string; quarter: number; adoption: string; figures: Figure[]; bars: LayerBar[]; merges: string[]; moreMerges: number }
  | { kind: 'headline'; scenario: string; parts: HeadlinePart[]; when: string }
  | { kind: 'ranges'; scenario: string; rows: { label: string; point: string; range: string }[]; sentence: string }
  | { kind: 'caveat'; scenario: string; loops: string; sentence: string; waiting: string }
  | { kind: 'focus'; cards: TeamCard[]; more: MoreCard | null; rows: RelayRow[] }
);

/** Percentiles of one figure (simulation.md §11). */
export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

/** The uncertainty a Result carries once a scenario with ranges was sampled (simulation.md §11). */
export interface RangeFigures {
  headcount: Percentiles;
  leadTimeDays: Percentiles;
  handoffs?: Percentiles;
}

export interface StepContext {
  /** The ranges of a scenario at a quarter, when the engine has sampled them; null otherwise. */
  ranges?(scenario: string, quarter: number): RangeFigures | null;
  /** "300 of 1000" while samples are still coming in; null when sampling is over or never began. */
  sampling?: string | null;
}

/**
 * Results per (scenario, quarter) for one document, computed once: a slide and the next share them.
 */
export class StoryResults {
  private readonly cache = new Map<string, Result>();
  constructor(readonly doc: FivefoldDocument) {}

  baseline(): Result {
    return this.memo('', () => simulateBaseline(this.doc));
  }

  at(scenarioId: string, quarter: number): Result | null {
    const scenario = this.doc.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) return null;
    const q = Math.max(0, Math.min(Math.floor(quarter), scenario.adoption.length - 1));
    return this.memo(`${scenarioId}\u0000${q}`, () => simulate(this.doc, scenario, q));
  }

  /** The scenario's last quarter, where its headline is read. */
  last(scenarioId: string): Result | null {
    const scenario = this.doc.scenarios.find((s) => s.id === scenarioId);
    return scenario ? this.at(scenarioId, scenario.adoption.length - 1) : null;
  }

  private memo(key: string, compute: () => Result): Result {
    let hit = this.cache.get(key);
    if (!hit) this.cache.set(key, (hit = compute()));
    return hit;
  }
}

const people = (n: number) => `${n} ${peopleWord(n)}`;

/** Cards beyond which a card drops its role line, so three rows of cards fit under the heading. */
const ROLES_UP_TO = 6;

function teamCard(doc: FivefoldDocument, team: Team, after?: Map<string, number>, roles = true): TeamCard {
  const now = after?.get(team.id);
  return {
    id: team.id,
    name: team.name,
    layer: layerName(doc, team.layer),
    people: now === undefined ? people(team.headcount) : `${team.headcount} → ${now} ${peopleWord(now)}`,
    roles: roles ? (team.roles ?? []).slice(0, 2).join(', ') : '',
  };
}

/** The largest teams first (then in document order), the rest summed up when they do not fit. */
function framedCards(doc: FivefoldDocument, teams: Team[], after?: Map<string, number>): { cards: TeamCard[]; more: MoreCard | null } {
  const roles = teams.length <= ROLES_UP_TO;
  if (teams.length <= CARD_CAPACITY) return { cards: teams.map((t) => teamCard(doc, t, after, roles)), more: null };
  const order = teams.map((t, i) => ({ t, i })).sort((a, b) => b.t.headcount - a.t.headcount || a.i - b.i);
  const shown = order.slice(0, CARD_CAPACITY - 1).sort((a, b) => a.i - b.i).map(({ t }) => t);
  const rest = order.slice(CARD_CAPACITY - 1).map(({ t }) => t);
  return {
    cards: shown.map((t) => teamCard(doc, t, after, roles)),
    more: { teams: rest.length, people: rest.reduce((n, t) => n + t.headcount, 0) },
  };
}

function layerChips(doc: FivefoldDocument, current: LayerId): LayerChip[] {
  const used = LAYER_IDS.filter((l) => doc.teams.some((t) => t.layer === l));
  const at = used.indexOf(current);
  return used.map((layer, i) => {
    const teams = doc.teams.filter((t) => t.layer === layer);
    return {
      layer,
      name: layerName(doc, layer),
      detail: `${counted(teams.length, 'team')} · ${people(teams.reduce((n, t) => n + t.headcount, 0))}`,
      state: i < at ? 'shown' : i === at ? 'current' : 'later',
    };
  });
}

/** Each team's headcount in a result: a merged group's people count at its owner, members at 0. */
function headcountPerTeam(result: Result): Map<string, number> {
  const map = new Map<string, number>();
  for (const g of result.groups) for (const m of g.members) map.set(m, m === g.owner ? g.headcount : 0);
  return map;
}

/** One handoff as a slide reads it: who hands what to whom, how long it waits, how much is usable. */
function handoffRow(doc: FivefoldDocument, h: Handoff): RelayRow {
  return {
    from: teamName(doc, h.from),
    to: teamName(doc, h.to),
    artifact: h.artifact,
    wait: `waits ${formatDays(h.waitDays)} ${h.waitDays === 1 ? 'day' : 'days'}`,
    usable: `${formatPercent(h.ca)} usable`,
  };
}

function relayRows(doc: FivefoldDocument, result: Result): RelayRow[] {
  return criticalPathHandoffs(doc, result).map((h) => handoffRow(doc, h));
}

/** The first and last rows of a long path, the middle summed up. */
function framedRows<T>(rows: T[]): (T | { skipped: number })[] {
  if (rows.length <= RELAY_ROWS) return rows;
  const head = Math.ceil((RELAY_ROWS - 1) / 2);
  const tail = RELAY_ROWS - 1 - head;
  return [...rows.slice(0, head), { skipped: rows.length - head - tail }, ...rows.slice(rows.length - tail)];
}

function scenarioName(doc: FivefoldDocument, id: string): string {
  return doc.scenarios.find((s) => s.id === id)?.name ?? id;
}

/**
 * The content of one step.
 * @example stepView(ott, { kind: 'headline', scenario: 'ai-native' }, new StoryResults(ott)).parts[0]
 * // { key: 'people', before: '20', after: '5', unit: ' people' }
 */
export function stepView(doc: FivefoldDocument, step: StoryStep, results: StoryResults, context: StepContext = {}): StepView {
  const title = stepTitle(doc, step);
  const base = results.baseline();
  switch (step.kind) {
    case 'title': {
      const { problem, metric, unit, baseline, target, windowDays, measurementLagDays } = doc.initiative;
      const value = (v: number) => `${formatDays(v)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
      return {
        kind: 'title',
        title,
        problem,
        goal: `${metric}: ${value(baseline)} → ${value(target)}`,
        window: `in ${formatDays(windowDays)} working days; an effect shows after ${formatDays(measurementLagDays)}`,
        summary: `${counted(doc.teams.length, 'team')} · ${people(base.headcount)} · ${counted(doc.handoffs.length, 'handoff')}`,
      };
    }
    case 'layer': {
      const teams = doc.teams.filter((t) => t.layer === step.layer);
      return { kind: 'layer', title, purpose: layerInfo(step.layer).purpose, ...framedCards(doc, teams), chips: layerChips(doc, step.layer) };
    }
    case 'relay': {
      const rows = relayRows(doc, base);
      return {
        kind: 'relay',
        title,
        figures: [
          { label: 'lead time', value: `${formatDays(base.leadTimeDays)} days` },
          { label: 'of it waiting', value: `${formatDays(base.waitDays)} days` },
          { label: 'handoffs', value: String(base.handoffs) },
          { label: 'intent arriving intact', value: formatPercent(base.fidelity) },
        ],
        rows: framedRows(rows),
        sentence: rows.length
          ? `Work passes ${counted(rows.length, 'handoff')} on its longest path; each one waits and passes on a little less of the intent.`
          : 'No handoff lies on the longest path.',
      };
    }
    case 'quarter': {
      const result = results.at(step.scenario, step.quarter)!;
      const before = step.quarter > 0 ? results.at(step.scenario, step.quarter - 1)! : base;
      const byLayerBase = headcountByLayer(doc, base);
      const byLayer = headcountByLayer(doc, result);
      const used = LAYER_IDS.filter((l) => doc.teams.some((t) => t.layer === l));
      const merged = result.groups.filter((g) => g.members.length > 1).sort((a, b) => b.members.length - a.members.length || (a.owner < b.owner ? -1 : 1));
      return {
        kind: 'quarter',
        title,
        scenario: scenarioName(doc, step.scenario),
        quarter: result.quarter,
        adoption: `adoption ${formatPercent(result.adoption)}`,
        figures: [
          { label: peopleWord(result.headcount), value: String(result.headcount), from: before.headcount, to: result.headcount },
          { label: result.handoffs === 1 ? 'handoff' : 'handoffs', value: String(result.handoffs), from: before.handoffs, to: result.handoffs },
          { label: 'days lead time', value: formatDays(result.leadTimeDays), from: before.leadTimeDays, to: result.leadTimeDays },
        ],
        bars: used.map((layer) => ({ layer, name: layerName(doc, layer), before: byLayerBase[layer], now: byLayer[layer] })),
        merges: merged.slice(0, MERGE_ROWS).map((g) => {
          const others = g.members.filter((m) => m !== g.owner).map((m) => teamName(doc, m));
          return `${teamName(doc, g.owner)} takes on ${others.join(', ')}`;
        }),
        moreMerges: Math.max(0, merged.length - MERGE_ROWS),
      };
    }
    case 'headline': {
      const after = results.last(step.scenario)!;
      return {
        kind: 'headline',
        title,
        scenario: scenarioName(doc, step.scenario),
        parts: headlineParts(headlineFigures(base, after), doc.currency),
        when: `${scenarioName(doc, step.scenario)} at quarter ${after.quarter}, adoption ${formatPercent(after.adoption)}`,
      };
    }
    case 'ranges': {
      const after = results.last(step.scenario)!;
      const ranges = context.ranges?.(step.scenario, after.quarter) ?? null;
      const name = scenarioName(doc, step.scenario);
      if (!ranges) {
        const sentence = context.sampling
          ? `Sampling the ranges of ${name}: ${context.sampling} worlds so far.`
          : hasRanges(doc, step.scenario)
            ? `The ranges of ${name} are not sampled yet; the point value is ${people(after.headcount)}.`
            : `${name} has no uncertainty ranges yet, so this figure is a single point: ${people(after.headcount)}. Give the scenario ranges to see how much rests on guesses.`;
        return { kind: 'ranges', title, scenario: name, rows: [], sentence };
      }
      return {
        kind: 'ranges',
        title,
        scenario: name,
        rows: [
          { label: 'people', point: String(after.headcount), range: `${ranges.headcount.p10} to ${ranges.headcount.p90} (most likely ${ranges.headcount.p50})` },
          {
            label: 'days lead time',
            point: formatDays(after.leadTimeDays),
            range: `${formatDays(ranges.leadTimeDays.p10)} to ${formatDays(ranges.leadTimeDays.p90)}`,
          },
        ],
        sentence:
          outsideSentence(after.headcount, ranges.headcount) ?? `Eight in ten sampled worlds fall between ${ranges.headcount.p10} and ${ranges.headcount.p90} people.`,
      };
    }
    case 'caveat': {
      const after = results.last(step.scenario)!;
      const check = initiativeCheck(doc, base, after);
      const loops = (n: number | null) => (n === null ? 'no limit' : formatDays(Math.round(n * 100) / 100));
      return {
        kind: 'caveat',
        title,
        scenario: scenarioName(doc, step.scenario),
        loops: `Learning loops in the window: ${loops(check.loopsBefore)} → ${loops(check.loopsAfter)}`,
        sentence: check.sentence,
        waiting: check.waiting.sentence,
      };
    }
    case 'focus': {
      const chosen = new Set(step.teams);
      const teams = doc.teams.filter((t) => chosen.has(t.id));
      const scenario = doc.scenarios[doc.scenarios.length - 1];
      const after = scenario ? headcountPerTeam(results.last(scenario.id)!) : undefined;
      // Handoffs between the chosen teams fit below one row of cards, not below three.
      const rows = doc.handoffs
        .filter((h) => teams.length <= 3 && chosen.has(h.from) && chosen.has(h.to))
        .slice(0, 3)
        .map((h) => handoffRow(doc, h));
      return { kind: 'focus', title, ...framedCards(doc, teams, after), rows };
    }
  }
}
