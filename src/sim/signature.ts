/**
 * simulation.md §5, the last part of the key: the signature, the owner id of every team in id order joined
 * with ",", compared as a string. The greedy pass compares signatures of groupings that differ from the
 * current one in a handful of teams, so instead of building two strings of every team it looks only at
 * the teams that moved, and builds the strings only when ids alone cannot decide (an id that is a prefix
 * of another followed by a ","; never with valid ids).
 */

/** A grouping as the pass sees it: the settled grouping, then `context` written in, then `own` over it. */
export interface Signature {
  context: { members: readonly number[]; owner: number };
  own: { members: readonly number[]; owner: number };
}

const COMMA = 44;

/**
 * Compares the signature strings of two such groupings, as `<` on the strings would: negative, 0, positive.
 * @example compareSignatures(['a', 'b'], Int32Array.of(0, 1), { context: x, own: x }, { context: y, own: y })
 */
export function compareSignatures(ids: readonly string[], settled: Int32Array, a: Signature, b: Signature): number {
  // Only the teams either grouping moves can differ; the first that does decides, as in the strings.
  const moved = [...a.own.members, ...a.context.members, ...b.own.members, ...b.context.members].sort((x, y) => x - y);
  for (const i of moved) {
    const ownerA = ownerIn(settled, a, i);
    const ownerB = ownerIn(settled, b, i);
    if (ownerA === ownerB) continue;
    const decided = compareAt(ids[ownerA], ids[ownerB], i === settled.length - 1);
    if (decided !== null) return decided;
    const sa = text(ids, settled, a);
    const sb = text(ids, settled, b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  return 0;
}

function ownerIn(settled: Int32Array, s: Signature, i: number): number {
  if (s.own.members.includes(i)) return s.own.owner;
  if (s.context.members.includes(i)) return s.context.owner;
  return settled[i];
}

/**
 * Two signature strings equal up to the team where owner ids `x` and `y` stand: which is smaller, or null
 * when the rest of the strings would have to decide.
 */
function compareAt(x: string, y: string, last: boolean): number | null {
  const n = Math.min(x.length, y.length);
  for (let k = 0; k < n; k++) {
    const cx = x.charCodeAt(k);
    const cy = y.charCodeAt(k);
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
  if (x.length === y.length) return null;
  // One id is a prefix of the other: the shorter string goes on with "," (or ends, at the last team).
  if (last) return x.length < y.length ? -1 : 1;
  const xShorter = x.length < y.length;
  const next = (xShorter ? y : x).charCodeAt(n);
  if (next === COMMA) return null;
  const [nextX, nextY] = xShorter ? [COMMA, next] : [next, COMMA];
  return nextX < nextY ? -1 : 1;
}

function text(ids: readonly string[], settled: Int32Array, s: Signature): string {
  return Array.from(settled, (_, i) => ids[ownerIn(settled, s, i)]).join(',');
}
