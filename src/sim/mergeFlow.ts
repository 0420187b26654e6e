/**
 * The greedy pass's lead time (simulation.md §6) and cycle check (§5 rule 4), kept up to date merge by
 * merge instead of recomputed for every try. A try joins one group with one team that sends it work, so:
 * - only the merged group's touch time changes (its members' handoffs between them become internal);
 * - only the merged group and groups upstream of it can change their longest path, and the change stops
 *   climbing at the first group whose longest path comes out bit-for-bit the same;
 * - a cycle appears only if the group reaches the team through some third group (see GroupOrder).
 * Every figure is computed with the same operations in the same order as `FlowEvaluator`, so the lead
 * times are identical to the last bit, ties included.
 */
import type { Model } from './canonical';
import { GroupOrder } from './groupOrder';

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
 * where every team is alone. Applied merges only queue their upstream groups; the queue is worked off
 * when a lead time is next needed, so a run of merges that all save a person climbs the shared upstream
 * groups once, not once per merge.
 * @example MergeFlow.start(model, work, groupOf)?.tryMerge(g, t, owner, joined).leadTime
 */
export class MergeFlow {
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
  /** Owners in index order (the lead time scans them in owner-id order); absorbed ones linger a while. */
  private readonly owners: Int32Array;
  private ownerCount: number;
  private absorbed = 0;
  /** Groups whose longest path applied merges may have changed, not yet recomputed. */
  private readonly stale: number[] = [];
  // Scratch, reused by every try.
  /**
   * Positions waiting to be recomputed, one bit each. Work goes from the latest position down and only
   * ever queues earlier ones (upstream groups), so one downward sweep visits each once, in order.
   */
  private readonly waiting: Int32Array;
  private topWaiting = -1;
  private readonly undoGroup: Int32Array;
  private readonly undoBest: Float64Array;
  private undoSize = 0;

  /**
   * Starts from `groupOf`, which must hold every team alone. Null when the teams alone already form a
   * cycle (a document that fails validation): the caller must then evaluate every grouping in full.
   */
  static start(m: Model, work: readonly number[], groupOf: Int32Array): MergeFlow | null {
    for (let i = 0; i < groupOf.length; i++) if (groupOf[i] !== i) throw new Error('MergeFlow starts from every team alone');
    const order = GroupOrder.fromFlowRank(m);
    return order && new MergeFlow(m, work, groupOf, order);
  }

  private constructor(
    m: Model,
    work: readonly number[],
    private readonly groupOf: Int32Array,
    private readonly order: GroupOrder,
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
    this.owners = Int32Array.from(m.ids, (_, i) => i);
    this.ownerCount = count;
    this.waiting = new Int32Array((count >> 5) + 1);
    this.undoGroup = new Int32Array(count);
    this.undoBest = new Float64Array(count);
    // Longest paths of the teams alone, latest position first (`order` is topological).
    for (let i = 0; i < count; i++) this.pt[i] = this.touchOf([i], i);
    for (let p = count - 1; p >= 0; p--) {
      const g = this.order.atPos[p];
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
    const cycle = this.order.closesCycle(group, team, owner, this.groupOf, this.outOf, this.to);
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
    if (this.order.closesCycle(group, team, owner, this.groupOf, this.outOf, this.to)) {
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
    if (this.order.closesCycle(group, team, owner, this.groupOf, this.outOf, this.to)) throw new Error('MergeFlow.apply: the merge closes a cycle');
    this.pt[owner] = this.touchOf(joined, owner);
    this.outOf[owner] = mergeSorted(this.outOf[group], this.outOf[team]);
    this.inOf[owner] = [...this.inOf[group], ...this.inOf[team]];
    this.order.merge(group, team, owner);
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
    const { best, waiting, undoGroup, undoBest } = this;
    const { atPos } = this.order;
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

  /** Queues the groups sending work over `edges`, except `self`. */
  private queueSources(edges: readonly number[], self: number): void {
    const { groupOf, from } = this;
    for (let k = 0; k < edges.length; k++) {
      const s = groupOf[from[edges[k]]];
      if (s !== self) this.queue(s);
    }
  }

  private queue(g: number): void {
    const p = this.order.pos[g];
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
