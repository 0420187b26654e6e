import { useCallback, useRef, useState } from 'react';
import { moveTeams, type TeamMove } from '../commands/canvasCommands';
import type { Stores } from '../store/context';
import type { LayerId } from '../model';
import { dropTarget, toCanvas, type Frames, type Point } from './geometry';

/** Where a dragged team is drawn until the drop. */
export interface LiveMove {
  /** The card's top-left corner under the pointer, as React Flow reports it. */
  topLeft: Point;
  /** The lane it would land in, and its place there on the canvas (kept clear of the name plates). */
  layer: LayerId;
  at: Point;
}

export type LiveMoves = ReadonlyMap<string, LiveMove>;

/**
 * A drag in progress lives in the canvas's React state, not in the document: the drop commits it
 * as one `team.move` step. Writing each pointer move into the document store made React render
 * synchronously inside the pointer event and rebuild the whole flow from the document, twice the
 * work of a plain React Flow page per move; a state update is scheduled like the plain page's.
 * @example const drag = useLiveDrag(stores, flow.frames); drag.move([{ id: 'eng', topLeft }]); drag.finish();
 */
export function useLiveDrag(stores: Stores, frames: Frames) {
  const [live, setLive] = useState<LiveMoves | null>(null);
  // The drop reads the moves synchronously, before React has rendered the last one.
  const current = useRef<LiveMoves | null>(null);
  const framesNow = useRef(frames);
  framesNow.current = frames;

  const move = useCallback((moves: readonly TeamMove[]) => {
    const next = new Map(current.current ?? []);
    for (const m of moves) {
      const target = dropTarget(framesNow.current, m.topLeft);
      next.set(m.id, { topLeft: m.topLeft, layer: target.layer, at: toCanvas(target.layer, target.position, framesNow.current) });
    }
    current.current = next;
    setLive(next);
  }, []);

  const finish = useCallback(() => {
    const moves = current.current;
    current.current = null;
    setLive(null);
    if (moves?.size) moveTeams(stores, [...moves].map(([id, m]) => ({ id, topLeft: m.topLeft })));
  }, [stores]);

  return { live, move, finish };
}

/**
 * Places with the dragged teams where they are drawn now, for the handoff labels.
 * @example placesWithLive(flow.at, live).get('eng') // the dragged card's top-left
 */
export function placesWithLive(at: ReadonlyMap<string, Point>, live: LiveMoves | null): ReadonlyMap<string, Point> {
  if (!live?.size) return at;
  const places = new Map(at);
  for (const [id, m] of live) places.set(id, m.at);
  return places;
}
