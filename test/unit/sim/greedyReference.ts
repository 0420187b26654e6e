// A frozen copy of the greedy pass as it stood before its incremental rewrite (src/sim/greedy.ts,
// leadTime.ts, staffing.ts and grouping.ts at 1eabea3): a full lead-time evaluation for every try. The
// regression test and the bench compare the engine against it; it must not be sped up or restructured,
// since its point is to be a simple, independent pass to check the fast one against. Counters say which
// branches a set of cases went through, so a test can check that its cases reach the delicate ones.
//
// One change since it was frozen, to follow simulation.md §5 to the letter: the old pass built the best
// try's signature lazily while a *newer* try was written into groupOf (so members of the newer try's
// group could show the newer owner), and kept a signature built against one try when comparing with
// the next. Each try is now undone before keys are compared, so every signature is that of the grouping
// its own try makes. 5 of the regression corpus's 805 signature ties used to be decided otherwise; one
// seeded result (seed 14) moved.
import { coordinationShare, type Model } from '../../../src/sim/canonical';
import type { StaffingContext } from '../../../src/sim/staffing';

/** How often each delicate branch was taken, summed over calls. */
export interface ReferenceStats {
  tries: number;
  cyclicTries: number;
  /** Comparisons that went down to the signature. */
  signatureTies: number;
  /** Tiers skipped into because every try of a cheaper tier closed a cycle. */
  nextTier: number;
  /** Merges applied at equal headcount because lead time fell. */
  leadTimeMerges: number;
  merges: number;
}

export const newStats = (): ReferenceStats => ({ tries: 0, cyclicTries: 0, signatureTies: 0, nextTier: 0, leadTimeMerges: 0, merges: 0 });

interface Flow {
  acyclic: boolean;
  leadTime: number;
  touch: number;
  wait: number;
  fidelity: number;
  path: number[];
  externalWork: number;
}

const EPS = 1e-9;
const leadTimeKey = (lt: number) => Math.round(lt * 1e6);

interface GroupingKey {
  headcount: number;
  leadTime: number;
  externalWork: number;
  signature: () => string;
}

function compareKeys(a: GroupingKey, b: GroupingKey, stats: ReferenceStats): number {
  if (a.headcount !== b.headcount) return a.headcount - b.headcount;
  if (a.leadTime !== b.leadTime) return a.leadTime - b.leadTime;
  if (a.externalWork !== b.externalWork) return a.externalWork - b.externalWork;
  stats.signatureTies++;
  const sa = a.signature();
  const sb = b.signature();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function keyOf(headcount: number, flow: Flow, lazy: () => string): GroupingKey {
  let sig: string | undefined;
  return { headcount, leadTime: leadTimeKey(flow.leadTime), externalWork: flow.externalWork, signature: () => (sig ??= lazy()) };
}

function blockOwner(m: Model, members: readonly number[]): number {
  let owner = members[0];
  for (const i of members) {
    if (
      m.layerNo[i] < m.layerNo[owner] ||
      (m.layerNo[i] === m.layerNo[owner] && (m.flowRank[i] < m.flowRank[owner] || (m.flowRank[i] === m.flowRank[owner] && i < owner)))
    )
      owner = i;
  }
  return owner;
}

function ownerAdmits(m: Model, members: readonly number[], absorbable: readonly boolean[]): number | null {
  const owner = blockOwner(m, members);
  for (const i of members) if (i !== owner && !absorbable[i]) return null;
  return owner;
}

function minimalStaff(floor: number, demand: number, h: number, f0: number, kPair: number, kHandoff: number, fMax: number, slack: number): number {
  const need = demand - slack - EPS;
  const fits = (n: number) => n * (1 - coordinationShare(n, h, f0, kPair, kHandoff, fMax)) >= need;
  const start = Math.max(1, floor);
  for (let n = start; n < start + 4096; n++) if (fits(n)) return n;
  let n = Math.max(start + 4096, Math.floor(need / (1 - fMax)) - 2);
  while (!fits(n)) n++;
  return n;
}

/** The old staffGroup, headcount only. */
export function referenceStaff(ctx: StaffingContext, members: readonly number[], isMember: (i: number) => boolean): number {
  const { m, st, sc } = ctx;
  let demand = 0;
  let rework = 0;
  let h = 0;
  let baseSum = 0;
  let floorMax = sc.minHumans;
  let controlFloor = 0;
  for (const i of members) {
    demand += st.work[i];
    baseSum += m.headcount[i];
    floorMax = Math.max(floorMax, m.teams[i].minAccountable ?? 0);
    if (m.isControl[i] && sc.controlNoShrink) controlFloor += m.headcount[i];
    for (const e of m.incident[i]) {
      const other = m.from[e] === i ? m.to[e] : m.from[e];
      if (isMember(other)) continue;
      h++;
      if (m.isWork[e] && m.to[e] === i) rework += (1 - m.ca[e]) * st.work[i];
    }
  }
  demand += rework;
  const floor = controlFloor > 0 ? Math.max(controlFloor, Math.min(baseSum, floorMax)) : Math.min(baseSum, floorMax);
  return minimalStaff(floor, demand, h, st.f0, m.assumptions.kPair, st.kHandoff, m.assumptions.fMax, sc.roundingSlack);
}

/** The old FlowEvaluator, verbatim. */
class ReferenceFlowEvaluator {
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
    const e = m.handoffs.length;
    this.pt = new Float64Array(n);
    this.best = new Float64Array(n);
    this.next = new Int32Array(n);
    this.indeg = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.head = new Int32Array(n);
    this.tail = new Int32Array(n);
    this.link = new Int32Array(e);
    this.ownTouch = Float64Array.from(m.teams, (t, i) => t.processDays * (work[i] / m.base[i].T));
    this.inStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.inStart[i + 1] = this.inStart[i] + m.workIn[i].length;
    this.inEdge = Int32Array.from(m.workIn.flat());
    this.workEdges = Int32Array.from(m.handoffs.map((_, k) => k).filter((k) => m.isWork[k]));
    this.from = Int32Array.from(m.from);
    this.to = Int32Array.from(m.to);
    this.rework = Float64Array.from(m.ca, (c) => 1 - c);
    this.wait = Float64Array.from(m.wait);
    this.ca = Float64Array.from(m.ca);
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

interface Try {
  group: number;
  members: number[];
  owner: number;
  n: number;
  headcount: number;
}

/** The old greedySearch: same arguments but the evaluator, same answer (owner per team, tries evaluated). */
export function referenceGreedySearch(ctx: StaffingContext, absorbable: readonly boolean[], stats: ReferenceStats = newStats()): { groupOf: Int32Array; evaluated: number } {
  const { m, st } = ctx;
  const flow = new ReferenceFlowEvaluator(m, st.work);
  const count = m.ids.length;
  const groupOf = new Int32Array(count);
  const members: number[][] = [];
  const groupN = new Float64Array(count);
  let headcount = 0;
  for (let i = 0; i < count; i++) {
    groupOf[i] = i;
    members.push([i]);
    groupN[i] = referenceStaff(ctx, [i], (j) => j === i);
    headcount += groupN[i];
  }
  let current = flow.evaluate(groupOf);
  let evaluated = 1;
  const order = m.ids
    .map((_, i) => i)
    .filter((i) => absorbable[i])
    .sort((a, b) => m.flowRank[a] - m.flowRank[b]);

  for (let changed = true; changed; ) {
    changed = false;
    for (const t of order) {
      if (groupOf[t] !== t || members[t].length > 1) continue;
      const tries = collectTries(ctx, t, groupOf, members, groupN, headcount, absorbable);
      let bestTry: Try | null = null;
      let bestKey: GroupingKey | null = null;
      let bestFlowLt = 0;
      for (let i = 0; i < tries.length && !bestKey; ) {
        const tier = tries[i].headcount;
        if (tier > headcount) break;
        if (i > 0) stats.nextTier++;
        for (; i < tries.length && tries[i].headcount === tier; i++) {
          const tr = tries[i];
          setGroup(groupOf, tr.members, tr.owner);
          const f = flow.evaluate(groupOf);
          setGroup(groupOf, members[tr.group], tr.group);
          groupOf[t] = t;
          evaluated++;
          stats.tries++;
          if (f.acyclic) {
            // groupOf is the settled grouping again, so each signature is that of its own try's grouping.
            const key = keyOf(tr.headcount, f, () => signatureWith(m, groupOf, tr));
            if (!bestKey || compareKeys(key, bestKey, stats) < 0) {
              bestKey = key;
              bestTry = tr;
              bestFlowLt = f.leadTime;
            }
          } else stats.cyclicTries++;
        }
      }
      if (!bestTry || !bestKey) continue;
      const better =
        bestTry.headcount < headcount || (bestTry.headcount === headcount && leadTimeKey(bestFlowLt) < leadTimeKey(current.leadTime));
      if (!better) continue;
      stats.merges++;
      if (bestTry.headcount === headcount) stats.leadTimeMerges++;
      setGroup(groupOf, bestTry.members, bestTry.owner);
      members[bestTry.group] = [];
      members[t] = [];
      members[bestTry.owner] = bestTry.members;
      groupN[bestTry.group] = 0;
      groupN[t] = 0;
      groupN[bestTry.owner] = bestTry.n;
      headcount = bestTry.headcount;
      current = flow.evaluate(groupOf);
      changed = true;
    }
  }
  return { groupOf, evaluated };
}

function collectTries(
  ctx: StaffingContext,
  t: number,
  groupOf: Int32Array,
  members: number[][],
  groupN: Float64Array,
  headcount: number,
  absorbable: readonly boolean[],
): Try[] {
  const { m, sc } = ctx;
  const tries: Try[] = [];
  const seen = new Set<number>();
  for (const e of m.workIn[t]) {
    const g = groupOf[m.from[e]];
    if (seen.has(g)) continue;
    seen.add(g);
    if (m.isControl[g] || members[g].length + 1 > sc.maxDomains) continue;
    const joined = [...members[g], t].sort((a, b) => a - b);
    const owner = ownerAdmits(m, joined, absorbable);
    if (owner === null) continue;
    const set = new Set(joined);
    const n = referenceStaff(ctx, joined, (i) => set.has(i));
    tries.push({ group: g, members: joined, owner, n, headcount: headcount - groupN[g] - groupN[t] + n });
  }
  return tries.sort((a, b) => a.headcount - b.headcount || a.group - b.group);
}

/** §5's signature of the settled grouping `groupOf` with `tr` written in: every team's owner id, in id order. */
function signatureWith(m: Model, groupOf: Int32Array, tr: Try): string {
  const owner = Array.from(groupOf, (g) => m.ids[g]);
  for (const i of tr.members) owner[i] = m.ids[tr.owner];
  return owner.join(',');
}

function setGroup(groupOf: Int32Array, members: readonly number[], owner: number): void {
  for (const i of members) groupOf[i] = owner;
}
