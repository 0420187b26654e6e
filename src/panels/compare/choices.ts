/** What the compare view can put side by side: the baseline, or any scenario at any of its quarters. */
import type { FivefoldDocument } from '../../model';
import type { CompareSide } from '../../sim/compare';

export interface Choice {
  /** "baseline" or "<scenario id>@<quarter>". */
  key: string;
  label: string;
}

export const BASELINE_KEY = 'baseline';

/** @example choiceKey('ai-native', 3) // "ai-native@3" */
export const choiceKey = (scenario: string, quarter: number): string => `${scenario}@${quarter}`;

/**
 * Every choice for the selects: the baseline, then each scenario's quarters in order.
 * @example choices(ott)[4] // { key: 'cautious@3', label: 'Cautious · Q3' }
 */
export function choices(doc: FivefoldDocument): Choice[] {
  const list: Choice[] = [{ key: BASELINE_KEY, label: 'Before (as entered)' }];
  for (const s of doc.scenarios) {
    s.adoption.forEach((_, q) => list.push({ key: choiceKey(s.id, q), label: `${s.name} · Q${q}` }));
  }
  return list;
}

/**
 * The side a choice stands for (a scenario at a quarter, or the baseline), or null when the choice no
 * longer exists in the document.
 * @example sideOf(ott, 'ai-native@3') // { scenario: <AI-native>, quarter: 3 }
 */
export function sideOf(doc: FivefoldDocument, key: string): CompareSide | null {
  if (key === BASELINE_KEY) return { scenario: null, quarter: 0 };
  const at = key.lastIndexOf('@');
  const scenario = doc.scenarios.find((s) => s.id === key.slice(0, at));
  const quarter = Number(key.slice(at + 1));
  if (!scenario || !Number.isInteger(quarter) || quarter < 0 || quarter >= scenario.adoption.length) return null;
  return { scenario, quarter };
}

/**
 * Sensible first pair: another scenario at its last quarter (else the baseline) against the shown one.
 * @example defaultPair(ott, 'ai-native@3') // ["cautious@3", "ai-native@3"]
 */
export function defaultPair(doc: FivefoldDocument, shownKey: string): [string, string] {
  const other = doc.scenarios.find((s) => choiceKey(s.id, s.adoption.length - 1) !== shownKey && !shownKey.startsWith(`${s.id}@`));
  return [other ? choiceKey(other.id, other.adoption.length - 1) : BASELINE_KEY, shownKey];
}
