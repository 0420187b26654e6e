import { useCallback, useEffect, useRef, useState } from 'react';
import type { TeamMove } from '../commands/canvasCommands';
import type { CommandRegistry } from '../commands/registry';
import type { Stores } from '../store/context';
import type { LayerId } from '../model';
import { dropTarget, toCanvas, type Frames, type Point } from '../geometry/geometry';
import { frameBox } from '../geometry/overlay';
import type { FlowNode } from './toFlow';

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
 *
 * React Flow ends some drags without a drag-stop (a second finger on a touch screen, the dragged
 * card deleted by a shortcut): when the pointer is released or the window loses focus and no stop
 * came, what is drawn is committed, so the canvas never shows a place the document does not have.
 * @example const drag = useLiveDrag(stores, registry, flow.frames); drag.move([{ id: 'eng', topLeft }]); drag.finish();
 */
export function useLiveDrag(stores: Stores, registry: CommandRegistry, frames: Frames) {
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
    if (moves?.size) registry.run('team.move', stores, { moves: [...moves].map(([id, m]) => ({ id, topLeft: m.topLeft })) });
  }, [stores, registry]);

  const dragging = live !== null;
  useEffect(() => {
    if (!dragging) return;
    // After the pointer's own events: a normal drop has called finish() by then.
    const settle = () => setTimeout(() => current.current && finish(), 0);
    const events = ['pointerup', 'pointercancel', 'touchend', 'touchcancel'] as const;
    for (const e of events) window.addEventListener(e, settle, true);
    window.addEventListener('blur', settle);
    return () => {
      for (const e of events) window.removeEventListener(e, settle, true);
      window.removeEventListener('blur', settle);
    };
  }, [dragging, finish]);

  return { live, move, finish };
}

/**
 * The flow's nodes as drawn now: selected ones marked, dragged teams at their live place and in
 * the lane they would land in, and in After the group frames around them following.
 * @example nodesAsDrawn(flow.nodes, new Set(['eng']), drag.live, flow.at)
 */
export function nodesAsDrawn(nodes: FlowNode[], selected: ReadonlySet<string>, live: LiveMoves | null, at: ReadonlyMap<string, Point>): FlowNode[] {
  if (!selected.size && !live?.size) return nodes;
  const places = live?.size ? placesWithLive(at, live) : at;
  return nodes.map((n): FlowNode => {
    if (n.type === 'team') {
      const moved = live?.get(n.id);
      if (moved) return { ...n, position: moved.at, selected: selected.has(n.id), data: moved.layer === n.data.layer ? n.data : { ...n.data, layer: moved.layer } };
    } else if (n.type === 'frame' && live && n.data.frame.members.some((m) => live.has(m))) {
      const box = frameBox(n.data.frame.members, places);
      return { ...n, position: { x: box.x, y: box.y }, width: box.width, height: box.height, measured: { width: box.width, height: box.height }, data: { ...n.data, frame: { ...n.data.frame, ...box } } };
    }
    return selected.has(n.id) ? { ...n, selected: true } : n;
  });
}

/**
 * Places with the dragged teams where they are drawn now, for the handoff labels and group frames.
 * @example placesWithLive(flow.at, live).get('eng') // the dragged card's top-left
 */
export function placesWithLive(at: ReadonlyMap<string, Point>, live: LiveMoves | null): ReadonlyMap<string, Point> {
  if (!live?.size) return at;
  const places = new Map(at);
  for (const [id, m] of live) places.set(id, m.at);
  return places;
}
