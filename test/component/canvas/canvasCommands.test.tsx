import { describe, expect, it } from 'vitest';
import {
  applySelectionChanges,
  autoLayout,
  connectHandoff,
  finishMove,
  moveTeams,
  moveTeamsLive,
  nextHandoffId,
  reconnectHandoff,
} from '../../../src/commands/canvasCommands';
import { framesFor } from '../../../src/geometry/layout';
import { LANE_PAD_Y, ROW_LAYERS, TEAM_H, TEAM_W, toCanvas } from '../../../src/geometry/geometry';
import { undoLabel } from '../../../src/store/documentStore';
import { docOf, givenExample, teamOf } from './given';

/** A point inside a lane, clear of its name plate, where a dropped team lands in that lane. */
function pointIn(stores: ReturnType<typeof givenExample>, layer: 'strategy' | 'product' | 'build' | 'execution' | 'control') {
  const f = framesFor(docOf(stores))[layer];
  return layer === 'control'
    ? { x: f.x + 20, y: Math.round(f.height / 2 - TEAM_H / 2) }
    : { x: Math.round(f.width / 2 - TEAM_W), y: f.y + LANE_PAD_Y };
}

describe('move team', () => {
  it('moves a team within its lane as one undo step; undo and redo restore both states', () => {
    // Given the example, where Engineering has no stored position
    const stores = givenExample();
    const before = docOf(stores);
    expect(teamOf(stores, 'eng').position).toBeUndefined();
    // When it is dropped further right in its own lane
    const target = pointIn(stores, 'build');
    moveTeams(stores, [{ id: 'eng', topLeft: target }]);
    // Then it is in the same layer at the drop point, relative to the lane, in one step
    const eng = teamOf(stores, 'eng');
    expect(eng.layer).toBe('build');
    expect(toCanvas('build', eng.position!, framesFor(docOf(stores)))).toEqual(target);
    expect(stores.document.getState().past).toHaveLength(1);
    expect(undoLabel(stores.document.getState())).toBe('Move team');
    // and the other teams were pinned where they were drawn, so nothing else jumps
    expect(docOf(stores).teams.every((t) => t.position)).toBe(true);

    stores.document.getState().undo();
    expect(docOf(stores)).toBe(before);
    stores.document.getState().redo();
    expect(teamOf(stores, 'eng').position).toEqual(eng.position);
  });

  it('dropping into another lane changes the layer', () => {
    const stores = givenExample();
    for (const layer of [...ROW_LAYERS, 'control'] as const) {
      moveTeams(stores, [{ id: 'qa', topLeft: pointIn(stores, layer) }]);
      expect(teamOf(stores, 'qa').layer).toBe(layer);
    }
    stores.document.getState().undo();
    expect(teamOf(stores, 'qa').layer).toBe('execution');
  });

  it('a live drag previews without undo steps and commits once on drop', () => {
    const stores = givenExample();
    const before = docOf(stores);
    const start = pointIn(stores, 'strategy');
    for (let i = 1; i <= 5; i++) moveTeamsLive(stores, [{ id: 'strat', topLeft: { x: start.x + i * 10, y: start.y } }]);
    expect(stores.document.getState().past).toHaveLength(0);
    expect(toCanvas('strategy', teamOf(stores, 'strat').position!, framesFor(before)).x).toBe(start.x + 50);
    finishMove(stores);
    expect(stores.document.getState().past).toHaveLength(1);
    stores.document.getState().undo();
    expect(docOf(stores)).toBe(before);
  });

  it('a click without movement adds no undo step', () => {
    const stores = givenExample();
    finishMove(stores);
    expect(stores.document.getState().past).toHaveLength(0);
  });
});

describe('connect handoff', () => {
  it('adds a work handoff with defaults and a new id, selects it; undo and redo', () => {
    const stores = givenExample();
    const before = docOf(stores);
    const result = connectHandoff(stores, 'strat', 'qa');
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : '';
    expect(before.handoffs.some((h) => h.id === id)).toBe(false);
    expect(docOf(stores).handoffs.find((h) => h.id === id)).toEqual({ id, from: 'strat', to: 'qa', artifact: '', waitDays: 5, ca: 0.9, kind: 'work' });
    expect(undoLabel(stores.document.getState())).toBe('Connect handoff');
    expect(stores.ui.getState().selection.handoffs).toEqual([id]);

    stores.document.getState().undo();
    expect(docOf(stores)).toBe(before);
    stores.document.getState().redo();
    expect(docOf(stores).handoffs).toHaveLength(before.handoffs.length + 1);
  });

  it('a second handoff between the same teams is allowed and gets its own id', () => {
    const stores = givenExample();
    const first = connectHandoff(stores, 'prod', 'eng');
    const second = connectHandoff(stores, 'prod', 'eng');
    expect(first.ok && second.ok).toBe(true);
    const ids = docOf(stores).handoffs.filter((h) => h.from === 'prod' && h.to === 'eng').map((h) => h.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('refuses a self-connection with a message and changes nothing', () => {
    const stores = givenExample();
    const before = docOf(stores);
    const result = connectHandoff(stores, 'eng', 'eng');
    expect(result.ok).toBe(false);
    expect(docOf(stores)).toBe(before);
    expect(stores.document.getState().past).toHaveLength(0);
    expect(stores.ui.getState().notice?.text).toMatch(/itself/);
    expect(stores.ui.getState().notice?.text).toContain('Engineering');
  });

  it('refuses a handoff that would close a loop of work, naming the loop', () => {
    const stores = givenExample();
    const before = docOf(stores);
    // care is downstream of strat in the example, so care → strat closes a loop
    const result = connectHandoff(stores, 'care', 'strat');
    expect(result.ok).toBe(false);
    expect(docOf(stores)).toBe(before);
    const text = stores.ui.getState().notice?.text ?? '';
    expect(text).toMatch(/loop/);
    expect(text).toContain('Strategy & finance');
  });

  it('ids continue the e01, e02 … pattern past any taken one', () => {
    expect(nextHandoffId({ handoffs: [] })).toBe('e01');
    const stores = givenExample();
    const taken = new Set(docOf(stores).handoffs.map((h) => h.id));
    const id = nextHandoffId(docOf(stores));
    expect(taken.has(id)).toBe(false);
    expect(id).toMatch(/^e\d\d+$/);
  });
});

describe('reconnect handoff', () => {
  it('moves either end; undo and redo', () => {
    const stores = givenExample();
    const before = docOf(stores);
    expect(reconnectHandoff(stores, 'e04', { from: 'prod', to: 'qa' }).ok).toBe(true);
    expect(docOf(stores).handoffs.find((h) => h.id === 'e04')).toMatchObject({ from: 'prod', to: 'qa' });
    expect(reconnectHandoff(stores, 'e04', { from: 'insight', to: 'qa' }).ok).toBe(true);
    expect(docOf(stores).handoffs.find((h) => h.id === 'e04')).toMatchObject({ from: 'insight', to: 'qa' });
    expect(undoLabel(stores.document.getState())).toBe('Reconnect handoff');
    stores.document.getState().undo();
    stores.document.getState().undo();
    expect(docOf(stores)).toBe(before);
    stores.document.getState().redo();
    expect(docOf(stores).handoffs.find((h) => h.id === 'e04')).toMatchObject({ from: 'prod', to: 'qa' });
  });

  it('refuses a self-loop or a work cycle, and allows a feedback handoff to point upstream', () => {
    const stores = givenExample((d) => ({
      ...d,
      handoffs: [...d.handoffs, { id: 'fb', from: 'care', to: 'qa', artifact: 'Bug reports', waitDays: 3, ca: 1, kind: 'feedback' as const }],
    }));
    const before = docOf(stores);
    expect(reconnectHandoff(stores, 'e06', { from: 'eng', to: 'eng' }).ok).toBe(false);
    expect(reconnectHandoff(stores, 'e06', { from: 'care', to: 'eng' }).ok).toBe(false);
    expect(docOf(stores)).toBe(before);
    expect(reconnectHandoff(stores, 'fb', { from: 'care', to: 'strat' }).ok).toBe(true);
  });
});

describe('selection and auto-layout', () => {
  it('select changes from the canvas add and remove ids in the ui store', () => {
    const stores = givenExample();
    applySelectionChanges(stores, 'teams', [{ id: 'eng', selected: true }]);
    applySelectionChanges(stores, 'teams', [{ id: 'qa', selected: true }]);
    applySelectionChanges(stores, 'handoffs', [{ id: 'e01', selected: true }]);
    expect(stores.ui.getState().selection).toEqual({ teams: ['eng', 'qa'], handoffs: ['e01'] });
    applySelectionChanges(stores, 'teams', [{ id: 'eng', selected: false }]);
    expect(stores.ui.getState().selection.teams).toEqual(['qa']);
  });

  it('auto-layout places every team, as one step; undo restores the hand-placed team', () => {
    const stores = givenExample();
    moveTeams(stores, [{ id: 'eng', topLeft: pointIn(stores, 'strategy') }]);
    const moved = docOf(stores);
    autoLayout(stores);
    expect(undoLabel(stores.document.getState())).toBe('Auto-layout');
    expect(docOf(stores).teams.every((t) => t.position)).toBe(true);
    expect(teamOf(stores, 'eng').position).not.toEqual(moved.teams.find((t) => t.id === 'eng')!.position);
    stores.document.getState().undo();
    expect(docOf(stores)).toBe(moved);
    stores.document.getState().redo();
    expect(docOf(stores)).not.toBe(moved);
  });
});
