/**
 * The greedy pass's lead time (simulation.md §6) and cycle check (§5 rule 4), kept up to date merge by
 * merge instead of recomputed for every try. A try joins one group with one team that sends it work, so:
 * - only the merged group's touch time changes (its members' handoffs between them become internal);
 * - only the merged group and groups upstream of it can change their longest path, and the change stops
 *   climbing at the first group whose longest path comes out bit-for-bit the same;
 * - a cycle appears only if the group reaches the team through some third group, which can only lie
 *   between the two in a topological order.
 * Every figure is computed with the same operations in the same order as `FlowEvaluator`, so the lead
 * times are identical to the last bit, ties included.
 */
import type { Model } from './canonical';

const EPS = 1e-9;

/** What the search needs of a grouping's flow. */
export interface TryFlow {
  /** False when the merge closes a cycle; the other figures are then meaningless. */
  acyclic: boolean;
  leadTime: number;
  externalWork: number;
}

/**
 * Lead time and cycle check of the greedy pass's groupings. It shares the pass's `groupOf`, writes tries
 * into it only while answering, and writes applied merges into it for good; it starts from the grouping
 * where every team is alone. Applied merges
 * only queue their upstream groups; the queue is worked off when a lead time is next needed, so a run
 * of merges that all save a person climbs the shared upstream groups once, not once per merge.
 * @example const flow = new MergeFlow(model, work, groupOf); if (flow.ready) flow.tryMerge(g, t, owner, joined).leadTime
 */
export class MergeFlow {
  /** False when the teams alone already form a cycle (an invalid document): the caller must evaluate in full. */
  readonly ready: boolean;
  private externalWork = 0;
  private settledLeadTime = 0;

  private readonly ownTouch: Float64Array;
  private readonly rework: Float64Array;
  private readonly wait: Float64Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** Work handoffs into each team, in the model's order (touch time sums its rework in that order). */
  private readonly inStart: Int32Array;
  private readonly inEdge: Int32Array;
  /** Per group (by owner): its members' outgoing work handoffs in id order, and their incoming ones. */
  private readonly outOf: (readonly number[])[];
  private readonly inOf: (readonly number[])[];
  private readonly pt: Float64Array;
  /** Longest path starting at each group, with the tie rule of §6 (up to date once `stale` is empty). */
  private readonly best: Float64Array;
  /** A topological order of the groups, with holes where merged groups were: position ↔ owner. */
  private readonly pos: Int32Array;
  private readonly atPos: Int32Array;
  /** Owners in index order (the lead time scans them in owner-id order); absorbed ones linger a while. */
  private readonly owners: Int32Array;
  private ownerCount: number;
  private absorbed = 0;
  /** Groups whose longest path applied merges may have changed, not yet recomputed. */
  private readonly stale: number[] = [];
  // Scratch, reused by every try.
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly stack: Int32Array;
  /**
   * Positions waiting to be recomputed, one bit each. Work goes from the latest position down and only
   * ever queues earlier ones (upstream groups), so one downward sweep visits each once, in order.
   */
  private readonly waiting: Int32Array;
  private topWaiting = -1;
  private readonly undoGroup: Int32Array;
  private readonly undoBest: Float64Array;
  private undoSize = 0;

  constructor(
    m: Model,
    work: readonly number[],
    private readonly groupOf: Int32Array,
  ) {
    const count = m.ids.length;
    this.ownTouch = Float64Array.from(m.teams, (t, i) => t.processDays * (work[i] / m.base[i].T));
    this.rework = Float64Array.from(m.ca, (c) => 1 - c);
    this.wait = Float64Array.from(m.wait);
    this.from = Int32Array.from(m.from);
    this.to = Int32Array.from(m.to);
    this.inStart = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) this.inStart[i + 1] = this.inStart[i] + m.workIn[i].length;
    this.inEdge = Int32Array.from(m.workIn.flat());
    // Never changed in place: a merge gives its group new lists.
    this.outOf = m.workOut.slice();
    this.inOf = m.workIn.slice();
    this.pt = new Float64Array(count);
    this.best = new Float64Array(count);
    this.pos = new Int32Array(count);
    this.atPos = new Int32Array(count);
    this.owners = Int32Array.from(m.ids, (_, i) => i);
    this.ownerCount = count;
    this.seen = new Int32Array(count);
    this.stack = new Int32Array(count);
    this.waiting = new Int32Array((count >> 5) + 1);
    this.undoGroup = new Int32Array(count);
    this.undoBest = new Float64Array(count);
    for (let i = 0; i < count; i++) if (groupOf[i] !== i) throw new Error('MergeFlow starts from every team alone');
    this.ready = this.orderTeams(m);
    if (!this.ready) return;
    for (let i = 0; i < count; i++) this.pt[i] = this.touchOf([i], i);
    for (let p = count - 1; p >= 0; p--) {
      const g = this.atPos[p];
      this.best[g] = this.longestFrom(g);
    }
    this.externalWork = m.isWork.filter(Boolean).length;
    this.settledLeadTime = this.scanLeadTime();
  }

  /** The lead time of the current grouping (§6). */
  get leadTime(): number {
    this.settle();
    return this.settledLeadTime;
  }

  /** §5 rule 4 alone: whether merging `group` and `team` under `owner` (`joined`: all their members) closes a cycle. */
  closesCycle(group: number, team: number, owner: number, joined: readonly number[]): boolean {
    this.write(joined, owner);
    const cycle = this.reachesThroughThird(group, team, owner, ++this.stamp);
    this.restore(joined, group, team);
    return cycle;
  }

  /**
   * The flow of the current grouping with group `group` and team `team` merged under `owner` (`joined`:
   * the merged members in index order). Nothing changes.
   */
  tryMerge(group: number, team: number, owner: number, joined: readonly number[]): TryFlow {
    this.settle();
    this.write(joined, owner);
    const externalWork = this.externalWork - this.internalised(team, owner);
    if (this.reachesThroughThird(group, team, owner, ++this.stamp)) {
      this.restore(joined, group, team);
      return { acyclic: false, leadTime: NaN, externalWork };
    }
    const { best, undoGroup, undoBest } = this;
    const touch = this.touchOf(joined, owner);
    this.undoSize = 0;
    undoGroup[this.undoSize] = owner;
    undoBest[this.undoSize++] = best[owner];
    best[owner] = this.longestOfMerged(this.outOf[group], this.outOf[team], owner, touch);
    // Everything upstream of either part now leads into the merged group.
    this.queueSources(this.inOf[group], owner);
    this.queueSources(this.inOf[team], owner);
    this.climb(true);
    const leadTime = this.scanLeadTime();
    for (let k = this.undoSize - 1; k >= 0; k--) best[undoGroup[k]] = undoBest[k];
    this.restore(joined, group, team);
    return { acyclic: true, leadTime, externalWork };
  }

  /**
   * Makes the merge (one that closes no cycle) the current grouping, writing it into groupOf. Longest
   * paths upstream are only queued, and worked off when a lead time is next needed.
   */
  apply(group: number, team: number, owner: number, joined: readonly number[]): void {
    this.write(joined, owner);
    this.externalWork -= this.internalised(team, owner);
    const stamp = ++this.stamp;
    if (this.reachesThroughThird(group, team, owner, stamp)) throw new Error('MergeFlow.apply: the merge closes a cycle');
    this.pt[owner] = this.touchOf(joined, owner);
    this.outOf[owner] = mergeSorted(this.outOf[group], this.outOf[team]);
    this.inOf[owner] = [...this.inOf[group], ...this.inOf[team]];
    this.reorder(group, team, owner, stamp);
    this.absorbed++;
    if (this.absorbed * 8 > this.ownerCount) this.dropAbsorbed();
    // The merged group and every group sending it work must be recomputed (their handoffs now lead to it).
    this.stale.push(owner);
    const into = this.inOf[owner];
    for (let k = 0; k < into.length; k++) this.stale.push(this.groupOf[this.from[into[k]]]);
  }

  private write(joined: readonly number[], owner: number): void {
    for (const i of joined) this.groupOf[i] = owner;
  }

  /** Undoes `write`: the group's members back to its owner, the team alone again. */
  private restore(joined: readonly number[], group: number, team: number): void {
    for (const i of joined) this.groupOf[i] = i === team ? team : group;
  }

  /** Works off the groups queued by applied merges, latest position first, and rescans the lead time. */
  private settle(): void {
    if (!this.stale.length) return;
    const { groupOf } = this;
    for (const g of this.stale) if (groupOf[g] === g) this.queue(g);
    this.stale.length = 0;
    this.climb(false);
    this.settledLeadTime = this.scanLeadTime();
  }

  /**
   * Recomputes the queued groups and, when a longest path moves, the groups upstream of it, latest
   * position first so that every group sees its downstream figures final. With `undo`, old values are logged.
   */
  private climb(undo: boolean): void {
    const { best, atPos, waiting, undoGroup, undoBest } = this;
    for (let w = this.topWaiting >> 5; w >= 0; w--) {
      while (waiting[w] !== 0) {
        const bit = 31 - Math.clz32(waiting[w]);
        waiting[w] &= ~(1 << bit);
        const g = atPos[(w << 5) | bit];
        const value = this.longestFrom(g);
        if (value === best[g]) continue;
        if (undo) {
          undoGroup[this.undoSize] = g;
          undoBest[this.undoSize++] = best[g];
        }
        best[g] = value;
        this.queueSources(this.inOf[g], g);
      }
    }
    this.topWaiting = -1;
  }

  /** Work handoffs between `team` and the rest of its new group, which stop being external. */
  private internalised(team: number, owner: number): number {
    const { groupOf, from, to } = this;
    let internal = 0;
    for (const e of this.inOf[team]) if (groupOf[from[e]] === owner) internal++;
    for (const e of this.outOf[team]) if (groupOf[to[e]] === owner) internal++;
    return internal;
  }

  /** Positions from the model's flow rank when it is a topological order of the work handoffs (always, for a valid document). */
  private orderTeams(m: Model): boolean {
    const count = m.ids.length;
    this.atPos.fill(-1);
    for (let i = 0; i < count; i++) {
      const r = m.flowRank[i];
      if (!(Number.isInteger(r) && r >= 0 && r < count) || this.atPos[r] >= 0) return false;
      this.pos[i] = r;
      this.atPos[r] = i;
    }
    for (let e = 0; e < m.handoffs.length; e++) if (m.isWork[e] && this.pos[this.from[e]] >= this.pos[this.to[e]]) return false;
    return true;
  }

  /** PT of the group `owner` made of `members`: each member's touch time with its external rework, members in index order. */
  private touchOf(members: readonly number[], owner: number): number {
    const { groupOf, inStart, inEdge, from, rework, ownTouch } = this;
    let pt = 0;
    for (const i of members) {
      let rhoExt = 0;
      for (let k = inStart[i]; k < inStart[i + 1]; k++) {
        const e = inEdge[k];
        if (groupOf[from[e]] !== owner) rhoExt += rework[e];
      }
      pt += ownTouch[i] * (1 + rhoExt);
    }
    return pt;
  }

  /**
   * Longest path from group g: the first outgoing handoff in id order, replaced only by a later one longer
   * by more than 1e-9 (§6). Same operations, in the same order, as `FlowEvaluator`.
   */
  private longestFrom(g: number): number {
    const { groupOf, to, wait, best } = this;
    const out = this.outOf[g];
    const touch = this.pt[g];
    let value = touch;
    let chosen = false;
    for (let k = 0; k < out.length; k++) {
      const e = out[k];
      const b = groupOf[to[e]];
      if (b === g) continue;
      const candidate = touch + wait[e] + best[b];
      if (!chosen || candidate > value + EPS) {
        value = candidate;
        chosen = true;
      }
    }
    return value;
  }

  /** `longestFrom` for a merged group not yet applied: its two parts' handoffs merged in id order on the fly. */
  private longestOfMerged(a: readonly number[], b: readonly number[], g: number, touch: number): number {
    const { groupOf, to, wait, best } = this;
    let value = touch;
    let chosen = false;
    for (let i = 0, j = 0; i < a.length || j < b.length; ) {
      const e = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
      const target = groupOf[to[e]];
      if (target === g) continue;
      const candidate = touch + wait[e] + best[target];
      if (!chosen || candidate > value + EPS) {
        value = candidate;
        chosen = true;
      }
    }
    return value;
  }

  /** §6: over the groups in owner-id order, a later start wins only when longer by more than 1e-9. */
  private scanLeadTime(): number {
    const { groupOf, owners, best } = this;
    let start = -1;
    for (let k = 0; k < this.ownerCount; k++) {
      const g = owners[k];
      if (groupOf[g] !== g) continue;
      if (start < 0 || best[g] > best[start] + EPS) start = g;
    }
    return start < 0 ? 0 : best[start];
  }

  /**
   * Whether `group` reaches `team` through another group. Such a path only visits positions between
   * the two; those it visits are marked with `stamp` (the groups that must follow the merged one).
   */
  private reachesThroughThird(group: number, team: number, owner: number, stamp: number): boolean {
    const { groupOf, to, pos, seen, stack, outOf } = this;
    const limit = pos[team];
    let top = 0;
    stack[top++] = group;
    while (top > 0) {
      const x = stack[--top];
      const out = outOf[x];
      for (let k = 0; k < out.length; k++) {
        const y = groupOf[to[out[k]]];
        if (y === x || (x === group && y === owner)) continue;
        if (y === owner) return true;
        if (pos[y] < limit && seen[y] !== stamp) {
          seen[y] = stamp;
          stack[top++] = y;
        }
      }
    }
    return false;
  }

  /** Queues the groups sending work over `edges`, except `self`. */
  private queueSources(edges: readonly number[], self: number): void {
    const { groupOf, from } = this;
    for (let k = 0; k < edges.length; k++) {
      const s = groupOf[from[edges[k]]];
      if (s !== self) this.queue(s);
    }
  }

  private queue(g: number): void {
    const p = this.pos[g];
    this.waiting[p >> 5] |= 1 << (p & 31);
    if (p > this.topWaiting) this.topWaiting = p;
  }

  private dropAbsorbed(): void {
    const { owners, groupOf } = this;
    let w = 0;
    for (let k = 0; k < this.ownerCount; k++) if (groupOf[owners[k]] === owners[k]) owners[w++] = owners[k];
    this.ownerCount = w;
    this.absorbed = 0;
  }

  /**
   * Keeps the order topological after a merge: between the group's and the team's positions, the groups
   * the group reaches (marked by the cycle check) move after the merged group, the others before it.
   */
  private reorder(group: number, team: number, owner: number, stamp: number): void {
    const { pos, atPos, seen } = this;
    const lo = pos[group];
    const hi = pos[team];
    const after: number[] = [];
    let p = lo;
    for (let q = lo + 1; q < hi; q++) {
      const g = atPos[q];
      if (g < 0) continue;
      if (seen[g] === stamp) after.push(g);
      else place(g, p++);
    }
    place(owner, p++);
    for (const g of after) place(g, p++);
    for (; p <= hi; p++) atPos[p] = -1;
    function place(g: number, at: number) {
      pos[g] = at;
      atPos[at] = g;
    }
  }
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
