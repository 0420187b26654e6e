/**
 * simulation.md §5, exhaustive search (at most 12 non-Control teams): the smallest key over all
 * admissible partitions. Headcount adds up block by block, so the search first lists every admissible
 * block with its staffing, then covers the teams with them by branch and bound, and only computes lead
 * times for partitions that can still tie on headcount.
 */
import { memo, type Model } from './canonical';
import { keyOf, leadTimeKey, ownerAdmits, type GroupingKey } from './grouping';
import type { Flow, FlowEvaluator } from './leadTime';
import { staffGroup, type StaffingContext } from './staffing';

export const EXHAUSTIVE_LIMIT = 12;

interface Block {
  mask: number;
  members: number[];
  owner: number;
  n: number;
}

export interface SearchOutcome {
  groupOf: Int32Array;
  /** Complete partitions whose lead time was computed (for the trace). */
  evaluated: number;
}

/**
 * Finds the best admissible grouping of the non-Control teams; Control teams stay alone.
 * @example exhaustiveSearch(ctx, absorbable, evaluator).groupOf // owner index per team
 */
export function exhaustiveSearch(ctx: StaffingContext, absorbable: readonly boolean[], flow: FlowEvaluator): SearchOutcome {
  const { m } = ctx;
  const movable = m.ids.map((_, i) => i).filter((i) => !m.isControl[i]);
  const k = movable.length;
  const blocks = listBlocks(ctx, movable, absorbable);

  // Blocks by the lowest position they cover, cheapest per team first so good answers come early.
  const byFirst: Block[][] = movable.map(() => []);
  const perTeam = new Float64Array(k).fill(Infinity);
  for (const b of blocks) {
    byFirst[31 - Math.clz32(b.mask & -b.mask)].push(b);
    const share = b.n / b.members.length;
    for (let p = 0; p < k; p++) if (b.mask & (1 << p)) perTeam[p] = Math.min(perTeam[p], share);
  }
  for (const list of byFirst) list.sort((a, b) => a.n / a.members.length - b.n / b.members.length || a.mask - b.mask);

  let controlHeadcount = 0;
  const groupOf = new Int32Array(m.ids.length);
  for (let i = 0; i < m.ids.length; i++) {
    groupOf[i] = i;
    if (m.isControl[i]) controlHeadcount += staffGroup(ctx, [i], (j) => j === i).n;
  }

  let best: GroupingKey | null = null;
  let bestGroupOf = Int32Array.from(groupOf);
  let evaluated = 0;
  // The current partition's signature, built only when headcount, lead time and handoffs all tie (§5);
  // most partitions lose on a number, and sampling evaluates thousands of them per world.
  const signatureNow = () => Array.from(groupOf, (g) => m.ids[g]).join(',');
  const full = k >= 31 ? -1 : (1 << k) - 1;
  const chosen: Block[] = [];

  const visit = (covered: number, headcount: number, lowerRest: number) => {
    if (best && headcount + lowerRest > best.headcount - controlHeadcount + 1e-9) return;
    if (covered === full) {
      for (const b of chosen) for (const i of b.members) groupOf[i] = b.owner;
      const total = headcount + controlHeadcount;
      const f = flow.evaluate(groupOf);
      evaluated++;
      if (!f.acyclic) return;
      const order = best ? numbersFirst(total, f, best) : -1;
      if (order > 0 || (order === 0 && !(signatureNow() < best!.signature()))) return;
      bestGroupOf = Int32Array.from(groupOf);
      best = keyOf(m, bestGroupOf, total, f);
      return;
    }
    const first = 31 - Math.clz32(~covered & (covered + 1));
    for (const b of byFirst[first]) {
      if (b.mask & covered) continue;
      let rest = lowerRest;
      for (let p = 0; p < k; p++) if (b.mask & (1 << p)) rest -= perTeam[p];
      chosen.push(b);
      visit(covered | b.mask, headcount + b.n, Math.max(0, rest));
      chosen.pop();
    }
  };
  let lower = 0;
  for (let p = 0; p < k; p++) lower += perTeam[p];
  visit(0, 0, lower);
  return { groupOf: bestGroupOf, evaluated };
}

/**
 * The key order of §5 between a partition and the best so far, on the numbers alone (headcount,
 * round(LT × 10^6), external work handoffs): negative when the partition is better, 0 when only the
 * signature can tell them apart.
 */
function numbersFirst(headcount: number, f: Flow, best: GroupingKey): number {
  if (headcount !== best.headcount) return headcount - best.headcount;
  const lt = leadTimeKey(f.leadTime);
  if (lt !== best.leadTime) return lt - best.leadTime;
  return f.externalWork - best.externalWork;
}

/** A block the graph allows (rules 1 and 4 on their own): its mask over the movable teams and its members. */
interface Shape {
  mask: number;
  members: number[];
}

/**
 * Every block admissible on its own: at most maxDomains teams, connected by work handoffs inside it,
 * an owner that admits the others (rules 1–3), and convex (no work path leaves it and comes back),
 * without which rule 4 can never hold. The shapes depend only on the graph, so they are listed once per
 * document and maxDomains; only the owner's admission and the staffing change from run to run.
 */
function listBlocks(ctx: StaffingContext, movable: number[], absorbable: readonly boolean[]): Block[] {
  const { m, sc } = ctx;
  const shapes = memo(m, `exhaustive-shapes:${sc.maxDomains}`, () => listShapes(m, movable, sc.maxDomains));
  const blocks: Block[] = [];
  const inBlock = new Uint8Array(m.ids.length);
  const isMember = (i: number) => inBlock[i] === 1;
  for (const { mask, members } of shapes) {
    const owner = ownerAdmits(m, members, absorbable);
    if (owner === null) continue;
    for (const i of members) inBlock[i] = 1;
    const n = staffGroup(ctx, members, isMember).n;
    for (const i of members) inBlock[i] = 0;
    blocks.push({ mask, members, owner, n });
  }
  return blocks;
}

function listShapes(m: Model, movable: number[], maxDomains: number): Shape[] {
  const k = movable.length;
  const pos = new Map(movable.map((i, p) => [i, p]));
  // Work neighbours (either direction) among movable teams, as position masks.
  const near = movable.map((i) => {
    let mask = 0;
    for (const e of m.workOut[i]) if (pos.has(m.to[e])) mask |= 1 << pos.get(m.to[e])!;
    for (const e of m.workIn[i]) if (pos.has(m.from[e])) mask |= 1 << pos.get(m.from[e])!;
    return mask;
  });
  const reach = reachableMovable(m, pos);
  const shapes: Shape[] = [];
  for (let mask = 1; mask < 1 << k; mask++) {
    const size = popcount(mask);
    if (size > maxDomains) continue;
    const members: number[] = [];
    for (let p = 0; p < k; p++) if (mask & (1 << p)) members.push(movable[p]);
    if (size > 1 && !connected(mask, near)) continue;
    if (size > 1 && !convex(m, members, mask, pos, reach)) continue;
    shapes.push({ mask, members });
  }
  return shapes;
}

/** For every team, the movable teams it reaches by work handoffs (itself included), as a position mask. */
function reachableMovable(m: Model, pos: Map<number, number>): number[] {
  const count = m.ids.length;
  const reach = new Array<number>(count).fill(0);
  const state = new Uint8Array(count);
  const visit = (i: number): number => {
    if (state[i] === 2) return reach[i];
    if (state[i] === 1) return 0; // a cycle only in an invalid document; stay finite
    state[i] = 1;
    let mask = pos.has(i) ? 1 << pos.get(i)! : 0;
    for (const e of m.workOut[i]) mask |= visit(m.to[e]);
    state[i] = 2;
    return (reach[i] = mask);
  };
  for (let i = 0; i < count; i++) visit(i);
  return reach;
}

function connected(mask: number, near: number[]): boolean {
  let seen = mask & -mask;
  let frontier = seen;
  while (frontier) {
    let grow = 0;
    for (let p = 0; frontier >> p; p++) if (frontier & (1 << p)) grow |= near[p];
    frontier = grow & mask & ~seen;
    seen |= frontier;
  }
  return seen === mask;
}

function convex(m: Model, members: number[], mask: number, pos: Map<number, number>, reach: number[]): boolean {
  for (const i of members) {
    for (const e of m.workOut[i]) {
      const j = m.to[e];
      const p = pos.get(j);
      if (p !== undefined && mask & (1 << p)) continue;
      if (reach[j] & mask) return false;
    }
  }
  return true;
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}
