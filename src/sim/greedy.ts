/**
 * simulation.md §5, the deterministic greedy pass for more than 12 non-Control teams: absorbable teams in
 * flow-rank order try to join each group that hands them work; the best try is applied when it saves a
 * person, or keeps headcount and shortens lead time. Passes repeat until one changes nothing.
 *
 * Lead times and cycle checks come from `MergeFlow`, which updates them per merge instead of
 * recomputing the whole graph per try; a document whose work handoffs already form a cycle falls back
 * to the full evaluator. Either way the answers are those of a full evaluation, bit for bit.
 */
import { leadTimeKey, ownerAdmits } from './grouping';
import type { FlowEvaluator } from './leadTime';
import { MergeFlow, type TryFlow } from './mergeFlow';
import { compareSignatures } from './signature';
import { staffGroup, type StaffingContext } from './staffing';
import type { SearchOutcome } from './exhaustive';

interface Try {
  group: number;
  members: number[];
  owner: number;
  n: number;
  headcount: number;
}

/** A try that closed no cycle, with its key (§5); the signature is compared from the try itself when a tie needs it. */
interface Candidate {
  tr: Try;
  leadTimeKey: number;
  externalWork: number;
}

/** Answers "what would the flow be with this merge", and applies a merge when asked to keep it. */
interface FlowJudge {
  readonly leadTime: number;
  closesCycle(group: number, team: number, owner: number, joined: readonly number[]): boolean;
  tryMerge(group: number, team: number, owner: number, joined: readonly number[]): TryFlow;
  apply(group: number, team: number, owner: number, joined: readonly number[]): void;
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
  const judge: FlowJudge = MergeFlow.start(m, ctx.st.work, groupOf) ?? fullJudge(flow, groupOf);
  // Counts every try in the tiers looked at, cycle or not, as the trace reports it ("groupings evaluated").
  let evaluated = 1;
  const joinedCache: JoinedCache = new WeakMap();
  const order = m.ids
    .map((_, i) => i)
    .filter((i) => absorbable[i])
    .sort((a, b) => m.flowRank[a] - m.flowRank[b]);

  for (let changed = true; changed; ) {
    changed = false;
    for (const t of order) {
      if (groupOf[t] !== t || members[t].length > 1) continue;
      const tries = collectTries(ctx, joinedCache, t, groupOf, members, groupN, headcount, absorbable);
      // Keys order by headcount first: look at lead times only in the cheapest tier that is admissible.
      let best: Candidate | null = null;
      for (let i = 0; i < tries.length && !best; ) {
        const tier = tries[i].headcount;
        if (tier > headcount) break; // nothing here could be applied
        let end = i;
        while (end < tries.length && tries[end].headcount === tier) end++;
        // Cycles first: a lead time only matters when two tries compete, or when it alone can justify a merge.
        const open: Try[] = [];
        for (; i < end; i++) {
          const tr = tries[i];
          if (!judge.closesCycle(tr.group, t, tr.owner, tr.members)) open.push(tr);
          evaluated++;
        }
        if (open.length === 1 && tier < headcount) {
          best = { tr: open[0], leadTimeKey: NaN, externalWork: NaN };
          break;
        }
        for (const tr of open) {
          const f = judge.tryMerge(tr.group, t, tr.owner, tr.members);
          const candidate: Candidate = { tr, leadTimeKey: leadTimeKey(f.leadTime), externalWork: f.externalWork };
          if (!best || compareCandidates(m, groupOf, candidate, best) < 0) best = candidate;
        }
      }
      if (!best) continue;
      const chosen = best.tr;
      const better = chosen.headcount < headcount || (chosen.headcount === headcount && best.leadTimeKey < leadTimeKey(judge.leadTime));
      if (!better) continue;
      judge.apply(chosen.group, t, chosen.owner, chosen.members);
      members[chosen.group] = [];
      members[t] = [];
      members[chosen.owner] = chosen.members;
      groupN[chosen.group] = 0;
      groupN[t] = 0;
      groupN[chosen.owner] = chosen.n;
      headcount = chosen.headcount;
      changed = true;
    }
  }
  return { groupOf, evaluated };
}

/**
 * The key order of §5 (headcount, round(LT × 10^6), external work handoffs, signature), negative when `a`
 * is better. Each signature is that of the grouping its own try would make: `groupOf` is the settled
 * grouping here (MergeFlow never writes a try into it, and the full evaluator undoes each one).
 */
function compareCandidates(m: StaffingContext['m'], groupOf: Int32Array, a: Candidate, b: Candidate): number {
  if (a.tr.headcount !== b.tr.headcount) return a.tr.headcount - b.tr.headcount;
  if (a.leadTimeKey !== b.leadTimeKey) return a.leadTimeKey - b.leadTimeKey;
  if (a.externalWork !== b.externalWork) return a.externalWork - b.externalWork;
  return compareSignatures(m.ids, groupOf, a.tr, b.tr);
}

/** A group joined with a team: members in index order, owner (null when rules 2–3 refuse it) and staffing. */
interface Joined {
  members: number[];
  owner: number | null;
  n: number;
}

/**
 * A group's staffing depends only on its members (§4), and later passes ask again about the same pairs:
 * remember each (group's member list, team) pair. A group that changes gets a new member list, hence
 * new entries.
 */
type JoinedCache = WeakMap<readonly number[], Map<number, Joined>>;

function joinedWith(ctx: StaffingContext, cache: JoinedCache, groupMembers: number[], t: number, absorbable: readonly boolean[]): Joined {
  let byTeam = cache.get(groupMembers);
  if (!byTeam) cache.set(groupMembers, (byTeam = new Map()));
  let found = byTeam.get(t);
  if (!found) {
    const members = [...groupMembers, t].sort((a, b) => a - b);
    const owner = ownerAdmits(ctx.m, members, absorbable);
    const n = owner === null ? NaN : staffGroup(ctx, members, (i) => members.includes(i)).n;
    byTeam.set(t, (found = { members, owner, n }));
  }
  return found;
}

/** Every group that sends t a work handoff, joined with t, if rules 1–3 allow it; cheapest first. */
function collectTries(
  ctx: StaffingContext,
  cache: JoinedCache,
  t: number,
  groupOf: Int32Array,
  members: number[][],
  groupN: Float64Array,
  headcount: number,
  absorbable: readonly boolean[],
): Try[] {
  const { m, sc } = ctx;
  const tries: Try[] = [];
  const seen: number[] = [];
  for (const e of m.workIn[t]) {
    const g = groupOf[m.from[e]];
    if (seen.includes(g)) continue;
    seen.push(g);
    if (m.isControl[g] || members[g].length + 1 > sc.maxDomains) continue;
    const joined = joinedWith(ctx, cache, members[g], t, absorbable);
    if (joined.owner === null) continue;
    tries.push({ group: g, members: joined.members, owner: joined.owner, n: joined.n, headcount: headcount - groupN[g] - groupN[t] + joined.n });
  }
  return tries.sort((a, b) => a.headcount - b.headcount || a.group - b.group);
}

/** The full evaluator behind the same interface, for groupings that start with a cycle. */
function fullJudge(flow: FlowEvaluator, groupOf: Int32Array): FlowJudge {
  let leadTime = flow.evaluate(groupOf).leadTime;
  const evaluateWith = (group: number, team: number, owner: number, joined: readonly number[]) => {
    setGroup(groupOf, joined, owner);
    const f = flow.evaluate(groupOf);
    for (const i of joined) groupOf[i] = i === team ? team : group;
    return f;
  };
  return {
    get leadTime() {
      return leadTime;
    },
    closesCycle: (group, team, owner, joined) => !evaluateWith(group, team, owner, joined).acyclic,
    tryMerge: evaluateWith,
    apply(_group, _team, owner, joined) {
      setGroup(groupOf, joined, owner);
      leadTime = flow.evaluate(groupOf).leadTime;
    },
  };
}

function setGroup(groupOf: Int32Array, members: readonly number[], owner: number): void {
  for (const i of members) groupOf[i] = owner;
}

