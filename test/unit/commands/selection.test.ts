import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/model';
import { NUDGE_BIG_STEP, NUDGE_STEP } from '../../../src/commands/selectionCommands';
import { given } from '../../support/given';
import { resolvePositions } from '../../../src/geometry/layout';

describe('selection.delete', () => {
  it('given a selected team, when deleted, then its handoffs go too; undo restores both; redo deletes again', () => {
    const ed = given();
    const before = ed.doc();
    const touching = before.handoffs.filter((h) => h.from === 'eng' || h.to === 'eng').map((h) => h.id);
    expect(touching.length).toBeGreaterThan(0);
    ed.select(['eng']);

    ed.run('selection.delete');

    expect(ed.doc().teams.some((t) => t.id === 'eng')).toBe(false);
    expect(ed.doc().handoffs.filter((h) => touching.includes(h.id))).toEqual([]);
    expect(ed.doc().handoffs).toHaveLength(before.handoffs.length - touching.length);
    expect(ed.selection()).toEqual({ teams: [], handoffs: [] });
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().teams.some((t) => t.id === 'eng')).toBe(false);
  });

  it('given a selected handoff only, then only that handoff goes', () => {
    const ed = given();
    ed.select([], ['e04']);
    ed.run('selection.delete');
    expect(ed.doc().handoffs.map((h) => h.id)).not.toContain('e04');
    expect(ed.doc().teams).toHaveLength(10);
    expect(ed.undoLabel()).toBe('Delete handoff');
  });

  it('given nothing selected, then it cannot run and nothing changes', () => {
    const ed = given();
    expect(ed.run('selection.delete')).toBe(false);
    expect(ed.stores.document.getState().past).toHaveLength(0);
  });

  it('is bound to Delete and Backspace', () => {
    const ed = given();
    for (const key of ['Delete', 'Backspace']) {
      expect(ed.registry.forEvent({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })?.id).toBe('selection.delete');
    }
  });
});

describe('selection.all', () => {
  it('given the example, when Mod+A, then every team and handoff is selected, and the document is untouched', () => {
    const ed = given();
    const cmd = ed.registry.forEvent({ key: 'a', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false });
    expect(cmd?.id).toBe('selection.all');
    ed.run('selection.all');
    expect(ed.selection().teams).toHaveLength(ed.doc().teams.length);
    expect(ed.selection().handoffs).toHaveLength(ed.doc().handoffs.length);
    expect(ed.stores.document.getState().past).toHaveLength(0);
  });
});

describe('selection.nudge', () => {
  const place = (ed: ReturnType<typeof given>) =>
    ed.stores.document.getState().load({
      ...ed.doc(),
      teams: ed.doc().teams.map((t, i) => ({ ...t, position: { x: i * 100, y: 50 } })),
    });

  it('given a selected team, when ArrowRight and then Shift+ArrowUp, then two steps of the right size; undo goes back one key press', () => {
    const ed = given();
    place(ed);
    const start = ed.doc().teams.find((t) => t.id === 'qa')!.position!;
    ed.select(['qa']);
    const nudge = ed.registry.get('selection.nudge')!;
    const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });

    expect(ed.registry.forEvent(key('ArrowRight'))?.id).toBe('selection.nudge');
    ed.run('selection.nudge', nudge.keyArgs!(key('ArrowRight')));
    ed.run('selection.nudge', nudge.keyArgs!(key('ArrowUp', true)));

    const pos = () => ed.doc().teams.find((t) => t.id === 'qa')!.position!;
    expect(pos()).toEqual({ x: start.x + NUDGE_STEP, y: start.y - NUDGE_BIG_STEP });
    expect(ed.stores.document.getState().past).toHaveLength(2);
    ed.undo();
    expect(pos()).toEqual({ x: start.x + NUDGE_STEP, y: start.y });
    ed.redo();
    expect(pos()).toEqual({ x: start.x + NUDGE_STEP, y: start.y - NUDGE_BIG_STEP });
  });

  it('given several selected teams, then all move and the others stay', () => {
    const ed = given();
    place(ed);
    const before = ed.doc();
    ed.select(['qa', 'eng']);
    ed.run('selection.nudge', { dx: 0, dy: 10 });
    for (const t of ed.doc().teams) {
      const was = before.teams.find((b) => b.id === t.id)!.position!;
      expect(t.position!.y).toBe(['qa', 'eng'].includes(t.id) ? was.y + 10 : was.y);
    }
  });

  it('given teams the layout still places, when one is nudged, then it moves from where it is shown and the others keep their shown places', () => {
    const ed = given();
    expect(ed.doc().teams.every((t) => t.position === undefined)).toBe(true);
    const shown = resolvePositions(ed.doc());
    ed.select(['qa']);

    ed.run('selection.nudge', { dx: NUDGE_STEP, dy: 0 });

    for (const t of ed.doc().teams) {
      const was = shown.get(t.id)!;
      expect(t.position, t.id).toEqual(t.id === 'qa' ? { x: was.x + NUDGE_STEP, y: was.y } : { x: was.x, y: was.y });
    }
    expect(ed.undoLabel()).toBe('Move team');
    ed.undo();
    expect(ed.doc().teams.every((t) => t.position === undefined)).toBe(true);
  });
});
