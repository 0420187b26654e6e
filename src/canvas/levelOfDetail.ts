/**
 * Level of detail, in two parts:
 * - semantic zoom for every model (geometry/zoomLevels.ts): cards, then chips, then lane summaries;
 * - on a large model seen from far away as cards, no handoff labels and no card shadows: on 1,000
 *   teams they are most of the page's elements, which every frame of a drag or pan pays for.
 * The canvas reads both once and sets classes (`is-coarse`, `is-chips`) that the cards' CSS follows,
 * so no card subscribes to the zoom.
 */
import { useStore } from '@xyflow/react';
import { useDoc } from '../store/context';
import { detailAt, type Detail } from '../geometry/zoomLevels';

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

/**
 * What the canvas draws at the current zoom: cards, chips or lane summaries. Must be used inside React Flow.
 * @example const detail = useDetail(); if (detail === 'summary') return null;
 */
export function useDetail(): Detail {
  return useStore((s) => detailAt(s.transform[2]));
}
