/** @vitest-environment jsdom */
// A handoff dropped anywhere on a card joins that team, in the direction of the handle it was drawn from.
import { afterEach, describe, expect, it } from 'vitest';
import type { FinalConnectionState } from '@xyflow/react';
import { droppedConnection, reconnectedEnds, teamUnder } from '../../../src/canvas/dropOnCard';

/** A card for team `id` with a name inside it, as React Flow and TeamNode draw it; the pointer is over the name. */
function pointerOverCardOf(id: string | null): void {
  document.body.innerHTML = id ? `<div class="react-flow__node react-flow__node-team" data-id="${id}"><div class="team-node"><div class="team-name">x</div></div></div>` : '<div class="react-flow__pane"></div>';
  const under = document.querySelector(id ? '.team-name' : '.react-flow__pane');
  document.elementFromPoint = () => under;
}

const up = () => new MouseEvent('mouseup', { clientX: 10, clientY: 10 });
const state = (isValid: boolean | null, fromType: 'source' | 'target', fromNode = 'strat') =>
  ({ isValid, fromNode: { id: fromNode }, fromHandle: { type: fromType, id: null, nodeId: fromNode, x: 0, y: 0, position: 'right' } }) as unknown as FinalConnectionState;

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

  it('leaves alone a drop React Flow joined already, and one beside every card', () => {
    pointerOverCardOf('revops');
    expect(droppedConnection(up(), state(true, 'source'))).toBeNull();
    pointerOverCardOf(null);
    expect(droppedConnection(up(), state(false, 'source'))).toBeNull();
  });

  it('a dragged end of a handoff moves to the card: the sender when the receiving end stayed, and the other way', () => {
    pointerOverCardOf('eng');
    const ends = { source: 'data', target: 'growth' };
    expect(reconnectedEnds(up(), ends, 'target', state(false, 'target', 'growth'))).toEqual({ from: 'eng', to: 'growth' });
    expect(reconnectedEnds(up(), ends, 'source', state(false, 'source', 'data'))).toEqual({ from: 'data', to: 'eng' });
    expect(reconnectedEnds(up(), ends, 'source', state(true, 'source', 'data'))).toBeNull();
  });
});
