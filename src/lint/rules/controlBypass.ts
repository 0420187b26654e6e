import type { Handoff } from '../../model/schema';
import type { LintContext, RawFinding, Rule } from '../types';

/**
 * `control-bypass` (lint.md): a work handoff from Build & Data straight to Execution, while another
 * chain of work from Build & Data to Execution, not using it, passes through a Control team. The
 * other chain shows that release goes through a gate; this one skips it.
 *
 * Reach is computed once for the whole graph. Leaving out one handoff b → x can change it only when
 * x has no other way in from reached teams, or b no other way out towards Execution, and a Control
 * team lies beyond; only then is it computed again without that handoff, so a large model costs a
 * few passes, not two per handoff.
 */
export const controlBypass: Rule = {
  id: 'control-bypass',
  defaultLevel: 'warning',
  check(ctx) {
    const { teamIndex, teamsByLayer } = ctx;
    if (!teamsByLayer.control.length || !teamsByLayer.build.length || !teamsByLayer.execution.length) return [];
    const layerOf = (id: string) => ctx.doc.teams[teamIndex.get(id)!].layer;
    const candidates = ctx.workHandoffs.filter((h) => layerOf(h.from) === 'build' && layerOf(h.to) === 'execution');
    if (!candidates.length) return [];

    const g = new WorkGraph(teamIndex, ctx.workHandoffs);
    const idx = (teams: readonly { id: string }[]) => teams.map((t) => teamIndex.get(t.id)!);
    const builds = idx(teamsByLayer.build);
    const executions = idx(teamsByLayer.execution);
    const controls = idx([...teamsByLayer.control].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    const forward = g.reach(builds, true, -1);
    const backward = g.reach(executions, false, -1);
    if (!controls.some((c) => forward[c] && backward[c])) return [];
    // Only a Control team's own reach matters: what lies downstream of x or upstream of b changes,
    // and when no Control team sits there, nothing that matters does.
    const intoControl = g.reach(controls, false, -1);
    const fromControl = g.reach(controls, true, -1);

    const findings: RawFinding[] = [];
    for (const h of candidates) {
      const e = g.edgeOf.get(h)!;
      const b = g.from[e];
      const x = g.to[e];
      const fwd = !intoControl[x] || g.hasOther(x, e, false, forward) ? forward : g.reach(builds, true, e);
      const bwd = !fromControl[b] || g.hasOther(b, e, true, backward) ? backward : g.reach(executions, false, e);
      const gate = controls.find((c) => fwd[c] && bwd[c]);
      if (gate !== undefined) findings.push({ message: message(ctx, h, ctx.doc.teams[gate].id), ...ctx.handoffTarget(h.id) });
    }
    return findings;
  },
};

function message(ctx: LintContext, h: Handoff, gate: string): string {
  const what = h.artifact ? `“${h.artifact}”` : 'work';
  return `${ctx.name(h.from)} hands ${what} straight to ${ctx.name(h.to)}, skipping Control, while other work from Build & Data to Execution passes through ${ctx.name(gate)}.`;
}

/** The work handoffs as adjacency lists over team indices (compressed rows), both directions. */
class WorkGraph {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly edgeOf = new Map<Handoff, number>();
  private readonly outStart: Int32Array;
  private readonly outEdges: Int32Array;
  private readonly inStart: Int32Array;
  private readonly inEdges: Int32Array;
  private readonly stack: Int32Array;

  constructor(teamIndex: ReadonlyMap<string, number>, handoffs: readonly Handoff[]) {
    const n = teamIndex.size;
    const m = handoffs.length;
    this.from = new Int32Array(m);
    this.to = new Int32Array(m);
    handoffs.forEach((h, e) => {
      this.from[e] = teamIndex.get(h.from)!;
      this.to[e] = teamIndex.get(h.to)!;
      this.edgeOf.set(h, e);
    });
    [this.outStart, this.outEdges] = rows(n, this.from);
    [this.inStart, this.inEdges] = rows(n, this.to);
    this.stack = new Int32Array(n);
  }

  /** Teams reachable from `sources`, forward or backward, never through edge `skip`. */
  reach(sources: readonly number[], forward: boolean, skip: number): Uint8Array {
    const seen = new Uint8Array(this.outStart.length - 1);
    const [start, edges, end] = forward ? [this.outStart, this.outEdges, this.to] : [this.inStart, this.inEdges, this.from];
    let top = 0;
    for (const s of sources) {
      seen[s] = 1;
      this.stack[top++] = s;
    }
    while (top) {
      const v = this.stack[--top];
      for (let k = start[v]; k < start[v + 1]; k++) {
        const e = edges[k];
        const w = end[e];
        if (e === skip || seen[w]) continue;
        seen[w] = 1;
        this.stack[top++] = w;
      }
    }
    return seen;
  }

  /** Whether team `v` has an edge other than `e`, out (or in), to (or from) a team marked in `set`. */
  hasOther(v: number, e: number, out: boolean, set: Uint8Array): boolean {
    const [start, edges, end] = out ? [this.outStart, this.outEdges, this.to] : [this.inStart, this.inEdges, this.from];
    for (let k = start[v]; k < start[v + 1]; k++) if (edges[k] !== e && set[end[edges[k]]]) return true;
    return false;
  }
}

/** Compressed rows: the edges of each team, grouped by the team in `key`. */
function rows(n: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const v of key) start[v + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const edges = new Int32Array(key.length);
  key.forEach((v, e) => (edges[fill[v]++] = e));
  return [start, edges];
}
