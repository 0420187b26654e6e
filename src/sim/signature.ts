/**
 * simulation.md §5, the last part of the key: the signature, the owner id of every team in id order joined
 * with ",", compared as a string. The greedy pass compares the signatures of groupings that each differ
 * from the settled one by a single try, so instead of building two strings of every team it looks only
 * at the teams the two tries move, and builds the strings only when ids alone cannot decide (an id that
 * is a prefix of another followed by a ","; never with valid ids).
 */

/** One try over the settled grouping: `members` all go to `owner`, every other team stays where it is. */
export interface TryGrouping {
  members: readonly number[];
  owner: number;
}

const COMMA = 44;

/**
 * Compares the signature strings of the groupings `settled` + `a` and `settled` + `b`, as `<` on the
 * strings would: negative when `a`'s is smaller, 0, positive. `settled[i]` is team i's owner index.
 * @example compareSignatures(['a', 'b', 'c'], Int32Array.of(0, 1, 2), { members: [0, 2], owner: 0 }, { members: [1, 2], owner: 1 }) // < 0: "a,b,a" before "a,b,b"
 */
export function compareSignatures(ids: readonly string[], settled: Int32Array, a: TryGrouping, b: TryGrouping): number {
  // Only the teams either try moves can differ; the first that does decides, as in the strings.
  const moved = [...a.members, ...b.members].sort((x, y) => x - y);
  for (const i of moved) {
    const ownerA = ownerIn(settled, a, i);
    const ownerB = ownerIn(settled, b, i);
    if (ownerA === ownerB) continue;
    const decided = compareAt(ids[ownerA], ids[ownerB], i === settled.length - 1);
    if (decided !== null) return decided;
    const sa = signatureText(ids, settled, a);
    const sb = signatureText(ids, settled, b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  return 0;
}

function ownerIn(settled: Int32Array, s: TryGrouping, i: number): number {
  return s.members.includes(i) ? s.owner : settled[i];
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

/**
 * The signature of `settled` with the try `s` written in, as §5 spells it.
 * @example signatureText(['a', 'b', 'c'], Int32Array.of(0, 1, 2), { members: [1, 2], owner: 1 }) // "a,b,b"
 */
export function signatureText(ids: readonly string[], settled: Int32Array, s: TryGrouping): string {
  return Array.from(settled, (_, i) => ids[ownerIn(settled, s, i)]).join(',');
}
