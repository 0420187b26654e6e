/** @vitest-environment jsdom */
// A handoff dropped anywhere on a card joins that team, in the direction of the handle it was drawn
// from, even when React Flow snapped to a handle of a neighbouring card.
import { afterEach, describe, expect, it } from 'vitest';
import type { FinalConnectionState } from '@xyflow/react';
import { droppedConnection, reconnectedEnds, teamUnder } from '../../../src/canvas/dropOnCard';

/** A card for team `id` with a name inside it, as React Flow and TeamNode draw it; the pointer is over the name. */
function pointerOverCardOf(id: string | null): void {
  document.body.innerHTML = id ? `<div class="react-flow__node react-flow__node-team" data-id="${id}"><div class="team-node"><div class="team-name">x</div></div></div>` : '<div class="react-flow__pane"></div>';
  // A handoff raised above the cards comes first, as a selected one is.
  const edge = document.createElement('div');
  edge.className = 'react-flow__edge';
  const under = document.querySelector(id ? '.team-name' : '.react-flow__pane')!;
  document.elementsFromPoint = () => [edge, under, document.body];
}

const up = () => new MouseEvent('mouseup', { clientX: 10, clientY: 10 });
const state = (isValid: boolean | null, fromType: 'source' | 'target', fromNode = 'strat', toNode: string | null = null) =>
  ({ isValid, fromNode: { id: fromNode }, toNode: toNode ? { id: toNode } : null, fromHandle: { type: fromType, id: null, nodeId: fromNode, x: 0, y: 0, position: 'right' } }) as unknown as FinalConnectionState;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dropping a handoff on a card', () => {
  it('finds the team whose card is under the pointer, and none over the empty canvas', () => {
    pointerOverCardOf('revops');
    expect(teamUnder(up())).toBe('revops');
    pointerOverCardOf(null);
    expect(teamUnder(up())).toBeNull();
  });

  it('a drag from a sending handle makes the card the receiver; from a receiving handle, the sender', () => {
    pointerOverCardOf('revops');
    expect(droppedConnection(up(), state(false, 'source'))).toEqual({ from: 'strat', to: 'revops' });
    expect(droppedConnection(up(), state(null, 'target'))).toEqual({ from: 'revops', to: 'strat' });
  });

  it('the card under the pointer wins over a handle of another team that React Flow snapped to nearby', () => {
    pointerOverCardOf('revops');
    expect(droppedConnection(up(), state(true, 'source', 'qa', 'growth'))).toEqual({ from: 'qa', to: 'revops' });
  });

  it('beside every card, the snapped handle decides; with none, nothing is joined', () => {
    pointerOverCardOf(null);
    expect(droppedConnection(up(), state(true, 'source', 'qa', 'growth'))).toEqual({ from: 'qa', to: 'growth' });
    expect(droppedConnection(up(), state(false, 'source'))).toBeNull();
  });

  it('a dragged end of a handoff moves to the card: the sender when the receiving end stayed, and the other way', () => {
    pointerOverCardOf('eng');
    const ends = { source: 'data', target: 'growth' };
    expect(reconnectedEnds(up(), ends, 'target', state(false, 'target', 'growth'))).toEqual({ from: 'eng', to: 'growth' });
    expect(reconnectedEnds(up(), ends, 'source', state(false, 'source', 'data'))).toEqual({ from: 'data', to: 'eng' });
    pointerOverCardOf(null);
    expect(reconnectedEnds(up(), ends, 'source', state(false, 'source', 'data'))).toBeNull();
    expect(reconnectedEnds(up(), ends, 'source', state(true, 'source', 'data', 'qa'))).toEqual({ from: 'data', to: 'qa' });
  });
});
