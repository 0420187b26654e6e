/**
 * simulation.md §5, the deterministic greedy pass for more than 12 non-Control teams: absorbable teams in
 * flow-rank order try to join each group that hands them work; the best try is applied when it saves a
 * person, or keeps headcount and shortens lead time. Passes repeat until one changes nothing.
 */
import { compareKeys, keyOf, leadTimeKey, ownerAdmits, type GroupingKey } from './grouping';
import type { FlowEvaluator } from './leadTime';
import { staffGroup, type StaffingContext } from './staffing';
import type { SearchOutcome } from './exhaustive';

interface Try {
  group: number;
  members: number[];
  owner: number;
  n: number;
  headcount: number;
}

/**
 * Runs the greedy pass and returns the grouping it settles on.
 * @example greedySearch(ctx, absorbable, evaluator).groupOf
 */
export function greedySearch(ctx: StaffingContext, absorbable: readonly boolean[], flow: FlowEvaluator): SearchOutcome {
  const { m } = ctx;
  const count = m.ids.length;
  const groupOf = new Int32Array(count);
  const members: number[][] = [];
  const groupN = new Float64Array(count);
  let headcount = 0;
  for (let i = 0; i < count; i++) {
    groupOf[i] = i;
    members.push([i]);
    groupN[i] = staffGroup(ctx, [i], (j) => j === i).n;
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
      // Keys order by headcount first: look at lead times only in the cheapest tier that is admissible.
      let bestTry: Try | null = null;
      let bestKey: GroupingKey | null = null;
      let bestFlowLt = 0;
      for (let i = 0; i < tries.length && !bestKey; ) {
        const tier = tries[i].headcount;
        if (tier > headcount) break; // nothing here could be applied
        for (; i < tries.length && tries[i].headcount === tier; i++) {
          const tr = tries[i];
          setGroup(groupOf, tr.members, tr.owner);
          const f = flow.evaluate(groupOf);
          evaluated++;
          if (f.acyclic) {
            // The signature is only needed on a full tie; by then this try is undone, so rebuild it.
            const key = keyOf(m, groupOf, tr.headcount, f, () => signatureWith(m, groupOf, tr));
            if (!bestKey || compareKeys(key, bestKey) < 0) {
              bestKey = key;
              bestTry = tr;
              bestFlowLt = f.leadTime;
            }
          }
          setGroup(groupOf, members[tr.group], tr.group);
          groupOf[t] = t;
        }
      }
      if (!bestTry || !bestKey) continue;
      const better =
        bestTry.headcount < headcount ||
        (bestTry.headcount === headcount && leadTimeKey(bestFlowLt) < leadTimeKey(current.leadTime));
      if (!better) continue;
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

/** Every group that sends t a work handoff, joined with t, if rules 1–3 allow it; cheapest first. */
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
    const n = staffGroup(ctx, joined, (i) => set.has(i)).n;
    tries.push({ group: g, members: joined, owner, n, headcount: headcount - groupN[g] - groupN[t] + n });
  }
  return tries.sort((a, b) => a.headcount - b.headcount || a.group - b.group);
}

/** The signature of the current grouping with try `tr` applied. */
function signatureWith(m: StaffingContext['m'], groupOf: Int32Array, tr: Try): string {
  const owner = Array.from(groupOf, (g) => m.ids[g]);
  for (const i of tr.members) owner[i] = m.ids[tr.owner];
  return owner.join(',');
}

function setGroup(groupOf: Int32Array, members: readonly number[], owner: number): void {
  for (const i of members) groupOf[i] = owner;
}

