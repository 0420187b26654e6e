/**
 * Graph helpers over plain id pairs, shared by the validator and the simulation.
 * They take plain data so the validator can run them on documents that failed other checks.
 */

export interface Arc {
  from: string;
  to: string;
}

/**
 * Finds one directed cycle, or null. The cycle is returned as ids in order, first id repeated last,
 * starting from the smallest id on it, so the message is the same whatever the input order.
 * @example findCycle(['a','b'], [{from:'a',to:'b'},{from:'b',to:'a'}]) // ['a','b','a']
 */
export function findCycle(ids: readonly string[], arcs: readonly Arc[]): string[] | null {
  const out = new Map<string, string[]>();
  for (const id of ids) out.set(id, []);
  for (const a of arcs) out.get(a.from)?.push(a.to);
  for (const list of out.values()) list.sort();
  // Iterative DFS (large files must not overflow the stack): 0 unseen, 1 on the path, 2 done.
  const state = new Map<string, number>();
  for (const start of [...ids].sort()) {
    if (state.get(start)) continue;
    const path: string[] = [];
    const cursor: number[] = [];
    path.push(start);
    cursor.push(0);
    state.set(start, 1);
    while (path.length) {
      const node = path[path.length - 1];
      const next = out.get(node) ?? [];
      const i = cursor[cursor.length - 1];
      if (i >= next.length) {
        state.set(node, 2);
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = i + 1;
      const to = next[i];
      if (!out.has(to)) continue;
      const s = state.get(to) ?? 0;
      if (s === 1) return rotateToSmallest(path.slice(path.indexOf(to)));
      if (s === 0) {
        state.set(to, 1);
        path.push(to);
        cursor.push(0);
      }
    }
  }
  return null;
}

function rotateToSmallest(cycle: string[]): string[] {
  let best = 0;
  for (let i = 1; i < cycle.length; i++) if (cycle[i] < cycle[best]) best = i;
  const rotated = [...cycle.slice(best), ...cycle.slice(0, best)];
  return [...rotated, rotated[0]];
}

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
