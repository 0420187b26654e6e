/** Editing a team's work mix, whose four shares must add up to 1 (format.md). */
import { MIX_KINDS, type Mix, type MixKind } from './schema';

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Sets one share of a mix and rescales the other three in proportion, so the four always add up
 * to 1. When the others are all 0 they share the rest equally. Rounded to 4 decimals, with the
 * rounding left-over put on the largest other share.
 * @example rebalanceMix({ routine: .5, create: .5, decide: 0, assure: 0 }, 'routine', .2) // create .8
 */
export function rebalanceMix(mix: Mix, kind: MixKind, value: number): Mix {
  const v = Math.min(1, Math.max(0, value));
  const others = MIX_KINDS.filter((k) => k !== kind);
  const rest = others.reduce((s, k) => s + mix[k], 0);
  const next = { ...mix, [kind]: round4(v) } as Mix;
  for (const k of others) next[k] = round4(rest > 0 ? (mix[k] * (1 - v)) / rest : (1 - v) / others.length);
  const largest = others.reduce((a, b) => (next[b] > next[a] ? b : a));
  const sum = MIX_KINDS.reduce((s, k) => s + next[k], 0);
  next[largest] = round4(next[largest] + 1 - sum);
  return next;
}
