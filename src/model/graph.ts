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
