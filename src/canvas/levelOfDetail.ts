/**
 * Level of detail: a large model seen from far away draws its team cards with name and headcount
 * only, no handoff labels and no card shadows. At that zoom the roles line and the labels are too
 * small to read, and on 1,000 teams they are most of the page's elements, which every frame of a
 * drag or pan pays for. The canvas reads it once and sets a class (`is-coarse`) that the cards'
 * CSS follows, so no card subscribes to the zoom.
 */
import { useStore } from '@xyflow/react';
import { useDoc } from '../store/context';

/** Models with at least this many teams simplify when zoomed out and, seen close up, draw only what is in view. */
export const LARGE_FROM_TEAMS = 300;
/** Below this zoom a large model is drawn coarse. */
export const COARSE_BELOW_ZOOM = 0.6;

/**
 * True while the canvas shows a large model zoomed out. Must be used inside React Flow.
 * @example const coarse = useCoarseDetail(); return coarse ? null : <Labels />;
 */
export function useCoarseDetail(): boolean {
  const large = useDoc((s) => s.doc.teams.length >= LARGE_FROM_TEAMS);
  const far = useStore((s) => s.transform[2] < COARSE_BELOW_ZOOM);
  return large && far;
}
