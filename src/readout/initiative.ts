/**
 * The initiative check in plain sentences: learning loops before → after, what they mean for the
 * target, and an honest reading of waiting on the critical path (AI shortens work, not queues). Pure.
 */
import type { FivefoldDocument } from '../model/schema';
import { teamName } from '../model/names';
import { criticalPathHandoffs } from '../sim/criticalPath';
import type { Result } from '../sim/types';
import { formatDays, formatNumber, formatPercent } from './format';

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
  const of = `${formatDays(result.waitDays)} of ${formatDays(result.leadTimeDays)} days (${formatPercent(share)})`;
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
  const value = (v: number) => `${formatNumber(v, 2)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
  return target === baseline ? `${verb} ${name} at ${value(target)}` : `${verb} ${name} from ${value(baseline)} to ${value(target)}`;
}

