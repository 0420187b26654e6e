import type { FinalConnectionState, HandleType } from '@xyflow/react';

/**
 * The team whose card is under the pointer where a gesture ended, or null. React Flow joins a
 * connection only to a handle near the pointer; a card draws few handles (see TeamData.handles), so
 * a handoff dropped anywhere on a card is joined to that team here instead.
 * @example teamUnder(event) // 'eng'
 */
export function teamUnder(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const hit = document.elementFromPoint(point.clientX, point.clientY);
  return hit?.closest('.react-flow__node-team')?.getAttribute('data-id') ?? null;
}

/**
 * The two ends of a new handoff drawn from a handle and dropped on a card that React Flow did not
 * join: from a source handle the card receives, from a target handle it sends. Null when the drop
 * was joined already, or not on a card.
 * @example droppedConnection(event, state) // { from: 'strat', to: 'revops' }
 */
export function droppedConnection(event: MouseEvent | TouchEvent, state: FinalConnectionState): { from: string; to: string } | null {
  if (state.isValid || !state.fromNode || !state.fromHandle) return null;
  const team = teamUnder(event);
  if (!team) return null;
  const from = state.fromNode.id;
  return state.fromHandle.type === 'target' ? { from: team, to: from } : { from, to: team };
}

/**
 * The new ends of a handoff whose end was dragged onto a card React Flow did not join. `fixed` is
 * the type of the end that stayed (React Flow's handleType): a fixed target means the sender moved.
 * @example reconnectedEnds(event, edge, 'target', state) // { from: 'eng', to: 'growth' }
 */
export function reconnectedEnds(event: MouseEvent | TouchEvent, ends: { source: string; target: string }, fixed: HandleType, state: FinalConnectionState): { from: string; to: string } | null {
  if (state.isValid) return null;
  const team = teamUnder(event);
  if (!team) return null;
  return fixed === 'target' ? { from: team, to: ends.target } : { from: ends.source, to: team };
}
