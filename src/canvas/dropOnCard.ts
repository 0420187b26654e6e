import type { FinalConnectionState, HandleType } from '@xyflow/react';

/**
 * The team whose card is under the pointer where a gesture ended, or null. Looks through whatever
 * is drawn above the cards there (a selected handoff is raised above them).
 * @example teamUnder(event) // 'eng'
 */
export function teamUnder(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  for (const hit of document.elementsFromPoint(point.clientX, point.clientY)) {
    const card = hit.closest('.react-flow__node-team');
    if (card) return card.getAttribute('data-id');
  }
  return null;
}

/**
 * The team a dragged connection ends on: the card under the pointer first, else the team of the
 * handle React Flow snapped to. React Flow alone joins the closest handle within its radius, which
 * may belong to the card below the one the pointer is on, and a card draws few handles (see
 * TeamData.handles), so a drop on the card itself must count.
 */
function teamDroppedOn(event: MouseEvent | TouchEvent, state: FinalConnectionState): string | null {
  return teamUnder(event) ?? (state.isValid ? (state.toNode?.id ?? null) : null);
}

/**
 * The two ends of a new handoff drawn from a handle and dropped: from a source handle the team
 * dropped on receives, from a target handle it sends. Null when it was dropped on no team.
 * @example droppedConnection(event, state) // { from: 'strat', to: 'revops' }
 */
export function droppedConnection(event: MouseEvent | TouchEvent, state: FinalConnectionState): { from: string; to: string } | null {
  if (!state.fromNode || !state.fromHandle) return null;
  const team = teamDroppedOn(event, state);
  if (!team) return null;
  const from = state.fromNode.id;
  return state.fromHandle.type === 'target' ? { from: team, to: from } : { from, to: team };
}

/**
 * The new ends of a handoff whose end was dragged and dropped. `fixed` is the type of the end that
 * stayed (React Flow's handleType): a fixed target means the sender moved.
 * @example reconnectedEnds(event, edge, 'target', state) // { from: 'eng', to: 'growth' }
 */
export function reconnectedEnds(event: MouseEvent | TouchEvent, ends: { source: string; target: string }, fixed: HandleType, state: FinalConnectionState): { from: string; to: string } | null {
  const team = teamDroppedOn(event, state);
  if (!team) return null;
  return fixed === 'target' ? { from: team, to: ends.target } : { from: ends.source, to: team };
}
