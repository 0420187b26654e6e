// The flow order as src/model/graph.ts computed it before the canonical model ranked teams over indices
// (src/sim/canonical.ts flowRanks): kept here as the reference the flow-rank test compares with.
import type { Arc } from '../../../src/model/graph';

/**
 * Kahn's topological order, taking the smallest ready id at each step (simulation.md §5, flow rank).
 * Ids left on a cycle are appended in id order so every id gets a rank.
 */
export function flowOrder(ids: readonly string[], arcs: readonly Arc[]): string[] {
  const indegree = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const id of ids) {
    indegree.set(id, 0);
    out.set(id, []);
  }
  for (const a of arcs) {
    if (!indegree.has(a.from) || !indegree.has(a.to)) continue;
    out.get(a.from)!.push(a.to);
    indegree.set(a.to, indegree.get(a.to)! + 1);
  }
  const ready = new MinHeap();
  for (const [id, d] of indegree) if (d === 0) ready.push(id);
  const order: string[] = [];
  while (ready.size) {
    const id = ready.pop()!;
    order.push(id);
    for (const to of out.get(id)!) {
      const d = indegree.get(to)! - 1;
      indegree.set(to, d);
      if (d === 0) ready.push(to);
    }
  }
  if (order.length < ids.length) {
    const placed = new Set(order);
    order.push(...[...ids].filter((id) => !placed.has(id)).sort());
  }
  return order;
}

/** A binary heap of strings in JavaScript's default string order. */
class MinHeap {
  private items: string[] = [];
  get size() {
    return this.items.length;
  }
  push(v: string) {
    const a = this.items;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): string | undefined {
    const a = this.items;
    if (!a.length) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
