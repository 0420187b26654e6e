/**
 * simulation.md §5: who may absorb whom, who owns a block, and the key that orders groupings
 * (total headcount, round(LT × 10^6), external work handoffs, signature).
 */
import type { Model } from './canonical';
import type { Flow } from './leadTime';

export interface GroupingKey {
  headcount: number;
  leadTime: number;
  externalWork: number;
  /** The owner of every team in id order, joined with ","; built only when a tie needs it. */
  signature: () => string;
}

/** round(LT × 10^6): lead times closer than a micro-day are equal for the search. */
export const leadTimeKey = (lt: number) => Math.round(lt * 1e6);

/**
 * The key of a grouping whose headcount and flow are known. `signature` may be given when the caller
 * can build it later (the greedy pass undoes each try before comparing); by default it is a snapshot.
 */
export function keyOf(m: Model, groupOf: ArrayLike<number>, headcount: number, flow: Flow, signature?: () => string): GroupingKey {
  let sig: string | undefined;
  const lazy = signature ?? snapshotSignature(m, groupOf);
  return {
    headcount,
    leadTime: leadTimeKey(flow.leadTime),
    externalWork: flow.externalWork,
    signature: () => (sig ??= lazy()),
  };
}

function snapshotSignature(m: Model, groupOf: ArrayLike<number>): () => string {
  const snapshot = Array.from(groupOf);
  return () => snapshot.map((g) => m.ids[g]).join(',');
}

/**
 * Rule 2: the owner is the member with the lowest layer number, then the lowest flow rank, then the
 * smallest id (team indices are in id order).
 * @example blockOwner(model, [eng, qa, data]) // data: same layer as eng, earlier in the flow
 */
export function blockOwner(m: Model, members: readonly number[]): number {
  let owner = members[0];
  for (const i of members) {
    if (
      m.layerNo[i] < m.layerNo[owner] ||
      (m.layerNo[i] === m.layerNo[owner] &&
        (m.flowRank[i] < m.flowRank[owner] || (m.flowRank[i] === m.flowRank[owner] && i < owner)))
    )
      owner = i;
  }
  return owner;
}

/**
 * Rule 3 for one team: it may be absorbed when it is neither Control nor Strategy and its stand-alone
 * need is below the threshold (by more than 1e-9).
 */
export function isAbsorbable(m: Model, i: number, x: number, absorbThreshold: number): boolean {
  return !m.isControl[i] && !m.isStrategy[i] && x < absorbThreshold - 1e-9;
}

/** Rules 2 and 3 for a block: every member but the owner is absorbable. */
export function ownerAdmits(m: Model, members: readonly number[], absorbable: readonly boolean[]): number | null {
  const owner = blockOwner(m, members);
  for (const i of members) if (i !== owner && !absorbable[i]) return null;
  return owner;
}
