/**
 * simulation.md §6: touch time per group and the lead time, the longest path through the group graph of
 * external work handoffs, with the tie rule that makes the critical path unique. Also answers §5 rule 4
 * (no cycle once blocks are contracted), since both need the same topological pass.
 */
import { memo, type Model } from './canonical';

export interface Flow {
  /** False when the contracted work handoffs form a cycle (§5 rule 4); the figures are then a fallback. */
  acyclic: boolean;
  leadTime: number;
  touch: number;
  wait: number;
  fidelity: number;
  /** Owner indices along the critical path. */
  path: number[];
  /** Work handoffs between different groups. */
  externalWork: number;
}

const EPS = 1e-9;

/**
 * Evaluates groupings of one staged model. It keeps its scratch arrays between calls because the
 * search calls it thousands of times.
 * @example new FlowEvaluator(model, work).evaluate(identity).leadTime // 72.5 at baseline
 */
export class FlowEvaluator {
  private readonly pt: Float64Array;
  private readonly best: Float64Array;
  private readonly next: Int32Array;
  private readonly indeg: Int32Array;
  private readonly queue: Int32Array;
  private readonly head: Int32Array;
  private readonly link: Int32Array;
  private readonly tail: Int32Array;
  // The model's figures again as typed arrays: this runs in the search's inner loop.
  private readonly ownTouch: Float64Array;
  private readonly inStart: Int32Array;
  private readonly inEdge: Int32Array;
  private readonly workEdges: Int32Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly rework: Float64Array;
  private readonly wait: Float64Array;
  private readonly ca: Float64Array;

  /** `work` is each team's human work left (§3.5); touch time scales with work_i / T_i. */
  constructor(
    private readonly m: Model,
    work: readonly number[],
  ) {
    const n = m.ids.length;
    // Scratch shared by every evaluator of the document: `evaluate` fills what it reads before reading
    // it and returns no view of it, and evaluations never interleave (each runs to its end).
    const scratch = memo(m, 'flow-scratch', () => ({
      pt: new Float64Array(n),
      best: new Float64Array(n),
      next: new Int32Array(n),
      indeg: new Int32Array(n),
      queue: new Int32Array(n),
      head: new Int32Array(n),
      tail: new Int32Array(n),
      link: new Int32Array(m.handoffs.length),
    }));
    this.pt = scratch.pt;
    this.best = scratch.best;
    this.next = scratch.next;
    this.indeg = scratch.indeg;
    this.queue = scratch.queue;
    this.head = scratch.head;
    this.tail = scratch.tail;
    this.link = scratch.link;
    this.ownTouch = new Float64Array(n);
    for (let i = 0; i < n; i++) this.ownTouch[i] = m.teams[i].processDays * (work[i] / m.base[i].T);
    const g = memo(m, 'flow-graph', () => flowGraph(m));
    this.inStart = g.inStart;
    this.inEdge = g.inEdge;
    this.workEdges = g.workEdges;
    this.from = g.from;
    this.to = g.to;
    this.rework = g.rework;
    this.ca = g.ca;
    // Keyed by the array itself: a sampled world scales waiting times on a copy that shares the graph.
    this.wait = waitsOf(m.wait);
  }

  /** `groupOf[i]` is the owner index of team i's group (i itself when alone). */
  evaluate(groupOf: ArrayLike<number>): Flow {
    const { pt, best, next, indeg, queue, head, link, tail, ownTouch, inStart, inEdge, workEdges, from, to, rework, wait, ca } = this;
    const count = this.m.ids.length;
    pt.fill(0);
    indeg.fill(0);
    head.fill(-1);
    tail.fill(-1);
    // Touch time: a merged owner does its members' work in series (§6).
    for (let i = 0; i < count; i++) {
      const g = groupOf[i];
      let rhoExt = 0;
      for (let k = inStart[i]; k < inStart[i + 1]; k++) {
        const e = inEdge[k];
        if (groupOf[from[e]] !== g) rhoExt += rework[e];
      }
      pt[g] += ownTouch[i] * (1 + rhoExt);
    }
    // Outgoing external work handoffs per group as linked lists, kept in handoff id order.
    let externalWork = 0;
    for (let k = 0; k < workEdges.length; k++) {
      const e = workEdges[k];
      const a = groupOf[from[e]];
      const b = groupOf[to[e]];
      if (a === b) continue;
      externalWork++;
      link[e] = -1;
      if (tail[a] < 0) head[a] = e;
      else link[tail[a]] = e;
      tail[a] = e;
      indeg[b]++;
    }
    // Kahn over groups; any topological order gives the same longest paths.
    let qEnd = 0;
    let groups = 0;
    for (let g = 0; g < count; g++) {
      if (groupOf[g] !== g) continue;
      groups++;
      if (indeg[g] === 0) queue[qEnd++] = g;
    }
    for (let qi = 0; qi < qEnd; qi++) {
      for (let e = head[queue[qi]]; e >= 0; e = link[e]) {
        const b = groupOf[to[e]];
        if (--indeg[b] === 0) queue[qEnd++] = b;
      }
    }
    const acyclic = qEnd === groups;
    if (!acyclic) {
      // Only a document that fails validation gets here; finish the order so figures stay finite.
      for (let g = 0; g < count; g++) if (groupOf[g] === g && indeg[g] > 0) queue[qEnd++] = g;
    }
    const done = indeg; // reused: 1 once a group's longest path is known
    done.fill(0);
    for (let qi = qEnd - 1; qi >= 0; qi--) {
      const g = queue[qi];
      let value = pt[g];
      let chosen = -1;
      // The first outgoing handoff in id order, replaced only by a later one longer by more than 1e-9.
      for (let e = head[g]; e >= 0; e = link[e]) {
        const b = groupOf[to[e]];
        if (!done[b]) continue;
        const candidate = pt[g] + wait[e] + best[b];
        if (chosen < 0 || candidate > value + EPS) {
          value = candidate;
          chosen = e;
        }
      }
      best[g] = value;
      next[g] = chosen;
      done[g] = 1;
    }
    let start = -1;
    for (let g = 0; g < count; g++) {
      if (groupOf[g] !== g) continue;
      if (start < 0 || best[g] > best[start] + EPS) start = g;
    }
    const path: number[] = [];
    let touch = 0;
    let waited = 0;
    let fidelity = 1;
    for (let g = start; g >= 0; ) {
      path.push(g);
      touch += pt[g];
      const e = next[g];
      if (e < 0) break;
      waited += wait[e];
      fidelity *= ca[e];
      g = groupOf[to[e]];
    }
    return {
      acyclic,
      leadTime: start < 0 ? 0 : best[start],
      touch,
      wait: waited,
      fidelity,
      path,
      externalWork,
    };
  }
}

const waits = new WeakMap<readonly number[], Float64Array>();

/** Handoff waiting times as a typed array, built once per array (a world's four quarters share one). */
function waitsOf(wait: readonly number[]): Float64Array {
  let typed = waits.get(wait);
  if (!typed) waits.set(wait, (typed = Float64Array.from(wait)));
  return typed;
}

/** The graph as typed arrays, read-only and shared by every evaluator of one document. */
function flowGraph(m: Model) {
  const n = m.ids.length;
  const inStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) inStart[i + 1] = inStart[i] + m.workIn[i].length;
  // Loops and array constructors, not TypedArray.from with a callback, nor flat() and filter(): on
  // 2,400 handoffs those were most of the time a large model's baseline spent here.
  const inEdge = new Int32Array(inStart[n]);
  for (let i = 0, k = 0; i < n; i++) for (const e of m.workIn[i]) inEdge[k++] = e;
  const count = m.handoffs.length;
  let works = 0;
  for (let e = 0; e < count; e++) if (m.isWork[e]) works++;
  const workEdges = new Int32Array(works);
  for (let e = 0, k = 0; e < count; e++) if (m.isWork[e]) workEdges[k++] = e;
  const rework = new Float64Array(count);
  for (let e = 0; e < count; e++) rework[e] = 1 - m.ca[e];
  return { inStart, inEdge, workEdges, from: new Int32Array(m.from), to: new Int32Array(m.to), rework, ca: new Float64Array(m.ca) };
}
