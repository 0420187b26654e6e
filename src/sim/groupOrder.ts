/**
 * A topological order of the greedy pass's group graph (work handoffs between groups), kept valid merge
 * by merge, and the cycle check it makes cheap (simulation.md §5 rule 4). Merging a group with a team it
 * hands work to closes a cycle exactly when the group reaches the team through some third group; every
 * group on such a path lies between the two in the order, so the search never leaves that window.
 */
import type { Model } from './canonical';

/**
 * Positions of groups (by owner index), with holes where merged groups were.
 * @example const order = GroupOrder.fromFlowRank(model); order?.closesCycle(group, team, owner, groupOf, outOf, model.to)
 */
export class GroupOrder {
  /** Position of each owner, and the owner at each position (-1: a hole). */
  readonly pos: Int32Array;
  readonly atPos: Int32Array;
  /** Groups the last `closesCycle` reached inside the window: they must follow the merged group. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly stack: Int32Array;

  private constructor(count: number) {
    this.pos = new Int32Array(count);
    this.atPos = new Int32Array(count).fill(-1);
    this.seen = new Int32Array(count);
    this.stack = new Int32Array(count);
  }

  /**
   * The model's flow rank as the order of the teams alone, or null when it is not a topological order of
   * the work handoffs (only when they form a cycle, a document that fails validation).
   */
  static fromFlowRank(m: Model): GroupOrder | null {
    const count = m.ids.length;
    const order = new GroupOrder(count);
    for (let i = 0; i < count; i++) {
      const r = m.flowRank[i];
      if (!(Number.isInteger(r) && r >= 0 && r < count) || order.atPos[r] >= 0) return null;
      order.pos[i] = r;
      order.atPos[r] = i;
    }
    for (let e = 0; e < m.handoffs.length; e++) if (m.isWork[e] && order.pos[m.from[e]] >= order.pos[m.to[e]]) return null;
    return order;
  }

  /**
   * Whether merging `group` with `team` (which it hands work to) under `owner`, as `groupOf` now says,
   * closes a cycle: whether `group` reaches `team` through a third group. `outOf` lists each group's
   * outgoing work handoffs, `to` their receiving teams.
   */
  closesCycle(group: number, team: number, owner: number, groupOf: Int32Array, outOf: readonly (readonly number[])[], to: Int32Array): boolean {
    const { pos, seen, stack } = this;
    const stamp = ++this.stamp;
    const limit = pos[team];
    let top = 0;
    stack[top++] = group;
    while (top > 0) {
      const x = stack[--top];
      const out = outOf[x];
      for (let k = 0; k < out.length; k++) {
        const y = groupOf[to[out[k]]];
        // From the group itself, handoffs into the merged group are internal; from a third group, one
        // into the merged group can only reach the team (the order has no path back to the group).
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

  /**
   * Keeps the order topological after merging `group` and `team` under `owner`; `closesCycle` must have
   * been the last call, for this merge. Inside the window, the groups `group` reaches move after the
   * merged group, the others before it; nothing outside the window moves.
   */
  merge(group: number, team: number, owner: number): void {
    const { pos, atPos, seen, stamp } = this;
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
