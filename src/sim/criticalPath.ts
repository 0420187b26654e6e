/**
 * Which handoffs the critical path runs along. A Result names the groups on the path (owner ids) but
 * not the handoffs between them; the canvas highlights them and the results dock reads their waits,
 * so both ask this one function and can never disagree.
 */
import type { Handoff } from '../model/schema';
import { byId } from './canonical';
import type { Result } from './types';

/** The lead-time rule's tolerance (simulation.md §6): a later handoff wins only when longer by more. */
const EPS = 1e-9;

/**
 * The work handoff the path takes between each pair of consecutive groups on `result.criticalPath`,
 * in path order. Between two given groups the rest of the path is the same whichever handoff joins
 * them, so the lead-time rule of simulation.md §6 comes down to: take the candidates in id order and
 * switch to a later one only when its wait is longer by more than 1e-9. A step with no such handoff
 * (a stale result) is left out.
 * @example criticalPathHandoffs(ott, baseline(ott)).map((h) => h.id) // ["e01", "e02", "e03", "e05", …]
 */
export function criticalPathHandoffs(
  doc: { readonly handoffs: readonly Handoff[] },
  result: Pick<Result, 'groups' | 'criticalPath'>,
): Handoff[] {
  const path = result.criticalPath;
  if (path.length < 2) return [];
  const ownerOf = new Map<string, string>();
  for (const g of result.groups) for (const m of g.members) ownerOf.set(m, g.owner);
  // Step i joins path[i] to path[i + 1]; an owner sits on the path at most once (it is acyclic).
  const stepFrom = new Map<string, number>();
  for (let i = 0; i + 1 < path.length; i++) stepFrom.set(path[i], i);

  const candidates: Handoff[][] = path.slice(1).map(() => []);
  for (const h of doc.handoffs) {
    if (h.kind !== 'work') continue;
    const from = ownerOf.get(h.from);
    const step = from === undefined ? undefined : stepFrom.get(from);
    if (step !== undefined && ownerOf.get(h.to) === path[step + 1]) candidates[step].push(h);
  }

  const chosen: Handoff[] = [];
  for (const list of candidates) {
    let best: Handoff | undefined;
    for (const h of list.sort(byId)) if (!best || h.waitDays > best.waitDays + EPS) best = h;
    if (best) chosen.push(best);
  }
  return chosen;
}
