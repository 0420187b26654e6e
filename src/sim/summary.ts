/**
 * Figures the results dashboard needs that a Result does not carry directly: headcount per layer
 * (a merged group's people count in its owner's layer), the headline before → after, the initiative
 * check in one plain sentence, and an honest reading of waiting on the critical path.
 * Numbers are rounded for reading as simulation.md §0 says: days to 2 decimals, money to whole
 * units, FTE to 2, fidelity and flow efficiency to 3. Pure TypeScript.
 */
import { LAYER_IDS, type FivefoldDocument, type LayerId } from '../model/schema';
import { teamName } from '../model/names';
import { criticalPathHandoffs } from './criticalPath';
import type { Result } from './types';
import { peopleWord } from '../model/words';

/** Fixed locale so the same document reads the same on every machine and in every test. */
const LOCALE = 'en-US';

const decimals = (digits: number) => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits });
const DAYS = decimals(2);
const FTE = decimals(2);
const SHARE3 = decimals(3);

/** Days, 2 decimals at most: `formatDays(28.7957)` → "28.8". */
export const formatDays = (days: number): string => DAYS.format(days);
/** FTE, 2 decimals at most: `formatFte(1.0762)` → "1.08". */
export const formatFte = (fte: number): string => FTE.format(fte);
/** Fidelity or flow efficiency, 3 decimals at most: `formatShare3(0.72675)` → "0.727". */
export const formatShare3 = (share: number): string => SHARE3.format(share);

/**
 * Money in whole units of the document's currency.
 * @example formatMoney(1116259.46, 'USD') // "$1,116,259"
 */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
}

/**
 * Money in short form for the headline.
 * @example formatMoneyShort(3540000, 'USD') // "$3.54M"
 */
export function formatMoneyShort(amount: number, currency: string): string {
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }).format(amount);
}

/** People per layer, in the order of the five layers. */
export type LayerHeadcount = Record<LayerId, number>;

/**
 * People per layer in a result: each group's headcount counts in its owner's layer.
 * @example headcountByLayer(ott, simulate(ott, aiNative, 3)).build // 1 (data owns eng and qa)
 */
export function headcountByLayer(doc: FivefoldDocument, result: Result): LayerHeadcount {
  const layerOf = new Map(doc.teams.map((t) => [t.id, t.layer]));
  const counts = Object.fromEntries(LAYER_IDS.map((l) => [l, 0])) as LayerHeadcount;
  for (const group of result.groups) {
    const layer = layerOf.get(group.owner);
    if (layer) counts[layer] += group.headcount;
  }
  return counts;
}

export interface Change {
  before: number;
  after: number;
}

export interface HeadlineFigures {
  people: Change;
  handoffs: Change;
  leadTimeDays: Change;
  costTotal: Change;
}

/**
 * The four figures of the headline, unrounded.
 * @example headlineFigures(baseline(ott), simulate(ott, aiNative, 3)).people // { before: 20, after: 5 }
 */
export function headlineFigures(before: Result, after: Result): HeadlineFigures {
  return {
    people: { before: before.headcount, after: after.headcount },
    handoffs: { before: before.handoffs, after: after.handoffs },
    leadTimeDays: { before: before.leadTimeDays, after: after.leadTimeDays },
    costTotal: { before: before.cost.total, after: after.cost.total },
  };
}

export type HeadlineKey = 'people' | 'handoffs' | 'leadTime' | 'cost';

/** One part of the headline, rounded for reading: `${before} → ${after}${unit}`. */
export interface HeadlinePart {
  key: HeadlineKey;
  before: string;
  after: string;
  /** What follows the after figure, with its leading space ("" for money, which carries its symbol). */
  unit: string;
  /** The same change unabbreviated, for a tooltip: money in whole units (short form is "$3.54M"). */
  full?: string;
}

/**
 * The headline's four parts, rounded; the app renders them one by one, `formatHeadline` joins them.
 * @example headlineParts(headlineFigures(base, aiNativeQ3), 'USD')[0] // { key: 'people', before: '20', after: '5', unit: ' people' }
 */
export function headlineParts(figures: HeadlineFigures, currency: string): HeadlinePart[] {
  const { people, handoffs, leadTimeDays, costTotal } = figures;
  return [
    { key: 'people', before: String(people.before), after: String(people.after), unit: ` ${peopleWord(people.after)}` },
    { key: 'handoffs', before: String(handoffs.before), after: String(handoffs.after), unit: handoffs.after === 1 ? ' handoff' : ' handoffs' },
    { key: 'leadTime', before: formatDays(leadTimeDays.before), after: formatDays(leadTimeDays.after), unit: ' days' },
    {
      key: 'cost',
      before: formatMoneyShort(costTotal.before, currency),
      after: formatMoneyShort(costTotal.after, currency),
      unit: '',
      full: `${formatMoney(costTotal.before, currency)} → ${formatMoney(costTotal.after, currency)}`,
    },
  ];
}

/** One headline part as text: `"20 → 5 people"`. */
export const headlinePartText = (part: HeadlinePart): string => `${part.before} → ${part.after}${part.unit}`;

/** Between two parts of the headline. */
export const HEADLINE_SEPARATOR = ' · ';

/**
 * The headline in one line.
 * @example formatHeadline(headlineFigures(base, aiNativeQ3), 'USD')
 * // "20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M"
 */
export function formatHeadline(figures: HeadlineFigures, currency: string): string {
  return headlineParts(figures, currency).map(headlinePartText).join(HEADLINE_SEPARATOR);
}

/** One handoff on the critical path and how long work waits there. */
export interface PathWait {
  handoff: string;
  from: string;
  to: string;
  waitDays: number;
  /** True when the receiving team is a Control team: a human gate. */
  intoControl: boolean;
}

/**
 * The handoffs along a result's critical path, one per step between consecutive groups, chosen by the
 * lead-time rule (§6) in `criticalPathHandoffs`, which the canvas uses too.
 * @example criticalPathWaits(ott, baseline(ott)).map((w) => w.handoff) // ["e01", "e02", "e03", …]
 */
export function criticalPathWaits(doc: FivefoldDocument, result: Result): PathWait[] {
  const layerOf = new Map(doc.teams.map((t) => [t.id, t.layer]));
  return criticalPathHandoffs(doc, result).map((h) => ({
    handoff: h.id,
    from: h.from,
    to: h.to,
    waitDays: h.waitDays,
    intoControl: layerOf.get(h.to) === 'control',
  }));
}

export interface WaitingReading {
  waitDays: number;
  leadTimeDays: number;
  /** waitDays / leadTimeDays (0 when lead time is 0). */
  share: number;
  /** Waiting is more than half the lead time. */
  dominates: boolean;
  /** The longest waits on the path, longest first (path order on ties), at most two. */
  longest: PathWait[];
  sentence: string;
}

/**
 * How much of the lead time is waiting, said plainly: AI shortens the work, not the queues (§6).
 * @example waitingReading(ott, aiNativeQ3).sentence
 * // "Waiting dominates lead time: 22 of 28.8 days (76%) … Longest waits: Product & UX → Data & ML, 10 days; …"
 */
export function waitingReading(doc: FivefoldDocument, result: Result): WaitingReading {
  const share = result.leadTimeDays > 0 ? result.waitDays / result.leadTimeDays : 0;
  const dominates = result.waitDays > result.touchDays;
  const path = criticalPathWaits(doc, result);
  const longest = path
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.waitDays > 0)
    .sort((a, b) => b.w.waitDays - a.w.waitDays || a.i - b.i)
    .slice(0, 2)
    .map(({ w }) => w);
  const percent = `${Math.round(share * 100)}%`;
  const of = `${formatDays(result.waitDays)} of ${formatDays(result.leadTimeDays)} days (${percent})`;
  const lead = dominates
    ? `Waiting dominates lead time: ${of} are spent waiting at handoffs, and AI does not shorten a queue.`
    : `Waiting is ${of} of lead time; the rest is hands-on work.`;
  const list = longest
    .map((w) => `${teamName(doc, w.from)} → ${teamName(doc, w.to)}, ${formatDays(w.waitDays)} days${w.intoControl ? ' (a Control gate)' : ''}`)
    .join('; ');
  const sentence = result.leadTimeDays === 0 ? 'No lead time: nothing waits.' : list ? `${lead} Longest waits: ${list}.` : lead;
  return { waitDays: result.waitDays, leadTimeDays: result.leadTimeDays, share, dominates, longest, sentence };
}

export interface InitiativeCheck {
  windowDays: number;
  measurementLagDays: number;
  loopsBefore: number | null;
  loopsAfter: number | null;
  /** Whole measured attempts that fit in the window after AI (null when the engine gives none). */
  attempts: number | null;
  /** One plain sentence on what the loops mean for the target. */
  sentence: string;
  waiting: WaitingReading;
}

/**
 * Learning loops before → after and what they mean for the initiative's target.
 * @example initiativeCheck(ott, baseline(ott), aiNativeQ3).sentence
 * // "About 1 measured attempt fits in 65 days: cutting monthly churn from 10% to 2% rests on getting it right the first time."
 */
export function initiativeCheck(doc: FivefoldDocument, before: Result, after: Result): InitiativeCheck {
  const { windowDays, measurementLagDays } = doc.initiative;
  const loops = after.learningLoops;
  const attempts = loops === null ? null : Math.floor(loops + 1e-9);
  const window = `${formatDays(windowDays)} days`;
  const goal = targetPhrase(doc);
  let sentence: string;
  if (attempts === null) sentence = `Lead time and measurement lag are both 0 days, so the ${window} window sets no limit on attempts at ${goal}.`;
  else if (attempts === 0) sentence = `Not one measured attempt fits in ${window}: ${goal} cannot be measured within the window, let alone corrected.`;
  else if (attempts === 1) sentence = `About 1 measured attempt fits in ${window}: ${goal} rests on getting it right the first time.`;
  else {
    const retries = attempts - 1 === 1 ? 'once' : `${attempts - 1} times`;
    sentence = `About ${attempts} measured attempts fit in ${window}: ${goal} leaves room to measure and correct course ${retries}.`;
  }
  return {
    windowDays,
    measurementLagDays,
    loopsBefore: before.learningLoops,
    loopsAfter: loops,
    attempts,
    sentence,
    waiting: waitingReading(doc, after),
  };
}

/** "cutting monthly churn from 10% to 2%" */
function targetPhrase(doc: FivefoldDocument): string {
  const { metric, unit, baseline, target } = doc.initiative;
  const verb = target < baseline ? 'cutting' : target > baseline ? 'raising' : 'holding';
  // Lower-case a leading capital only when the word is not an acronym ("Monthly churn", not "NPS").
  const name = /^[A-Z][a-z]/.test(metric) ? metric[0].toLowerCase() + metric.slice(1) : metric;
  const value = (v: number) => `${decimals(2).format(v)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
  return target === baseline ? `${verb} ${name} at ${value(target)}` : `${verb} ${name} from ${value(baseline)} to ${value(target)}`;
}

/** The pyramid's four parts in display order. */
export const PYRAMID_PARTS = ['execution', 'orchestration', 'innovation', 'unallocated'] as const;

/** The name a layer shows under, defined once in the model; re-exported for the results panels. */
export { layerName } from '../model/names';
