/**
 * Level of detail: a large model seen from far away draws its team cards with name and headcount
 * only, no handoff labels and no card shadows. At that zoom the roles line and the labels are too
 * small to read, and on 1,000 teams they are most of the page's elements, which every frame of a
 * drag or pan pays for. Each reader subscribes to a boolean, so a card re-renders only when the zoom
 * crosses the threshold, not on every zoom step.
 */
import { useEffect, useRef } from 'react';
import { useStore, useStoreApi, useUpdateNodeInternals, type Edge } from '@xyflow/react';
import { useDoc } from '../store/context';

/** Models with more teams than this simplify when zoomed out. */
export const COARSE_FROM_TEAMS = 300;
/** Below this zoom a large model is drawn coarse. */
export const COARSE_BELOW_ZOOM = 0.6;

/**
 * True while the canvas shows a large model zoomed out. Must be used inside React Flow.
 * @example const coarse = useCoarseDetail(); return coarse ? null : <Labels />;
 */
export function useCoarseDetail(): boolean {
  const large = useDoc((s) => s.doc.teams.length > COARSE_FROM_TEAMS);
  const far = useStore((s) => s.transform[2] < COARSE_BELOW_ZOOM);
  return large && far;
}

const usedCache = new WeakMap<readonly Edge[], Map<string, string>>();

/**
 * The handle ids each node's edges attach to, as a sorted space-separated string per node id,
 * computed once per edges array (every card looks itself up in the same map).
 * @example usedHandles([{ id: 'e', source: 'a', target: 'b', sourceHandle: 'out-right', targetHandle: 'in-left' }]).get('a') // 'out-right'
 */
function usedHandles(edges: readonly Edge[]): Map<string, string> {
  let hit = usedCache.get(edges);
  if (hit) return hit;
  const sets = new Map<string, Set<string>>();
  const add = (node: string, handle: string | null | undefined) => {
    if (!handle) return;
    let set = sets.get(node);
    if (!set) sets.set(node, (set = new Set()));
    set.add(handle);
  };
  for (const e of edges) {
    add(e.source, e.sourceHandle);
    add(e.target, e.targetHandle);
  }
  hit = new Map([...sets].map(([node, set]) => [node, [...set].sort().join(' ')]));
  usedCache.set(edges, hit);
  return hit;
}

/**
 * The handle ids a coarse card keeps, as a string: the ones its handoffs use plus the two visible
 * ones (a new handoff can still be drawn from far away). '' while the card is drawn in full.
 * Must be used inside React Flow.
 */
export function useCoarseHandles(id: string, coarse: boolean): string {
  return useStore((s) => (coarse ? (usedHandles(s.edges).get(id) ?? '') : ''));
}

/**
 * Has React Flow measure every team card again when the level of detail changes, in one update:
 * the cards show another set of handles, and edges attach only to handles React Flow has measured.
 * Must be used inside React Flow.
 */
export function useRemeasureOnDetailChange(): void {
  const coarse = useCoarseDetail();
  const store = useStoreApi();
  const updateNodeInternals = useUpdateNodeInternals();
  const last = useRef(coarse);
  useEffect(() => {
    if (last.current === coarse) return;
    last.current = coarse;
    const teams = [...store.getState().nodeLookup.values()].filter((n) => n.type === 'team').map((n) => n.id);
    updateNodeInternals(teams);
  }, [coarse, store, updateNodeInternals]);
}
