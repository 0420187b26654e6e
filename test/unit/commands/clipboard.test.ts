import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/model';
import { given } from '../../support/given';

const pair = ['data', 'eng'];

describe('clipboard.copy and clipboard.paste', () => {
  it('given data and eng copied, when pasted, then copies have new ids and the handoff between them is remapped; undo and redo', () => {
    const ed = given();
    const inner = ed.doc().handoffs.filter((h) => pair.includes(h.from) && pair.includes(h.to));
    expect(inner.length).toBeGreaterThan(0);
    ed.select(pair);
    ed.run('clipboard.copy');
    expect(ed.stores.document.getState().past).toHaveLength(0);
    const before = ed.doc();

    expect(ed.run('clipboard.paste')).toBe(true);

    const newTeams = ed.doc().teams.slice(before.teams.length);
    const newHandoffs = ed.doc().handoffs.slice(before.handoffs.length);
    expect(newTeams.map((t) => t.name)).toEqual(pair.map((id) => before.teams.find((t) => t.id === id)!.name));
    for (const t of newTeams) expect(pair).not.toContain(t.id);
    expect(newHandoffs).toHaveLength(inner.length);
    const copyIds = new Set(newTeams.map((t) => t.id));
    for (const h of newHandoffs) {
      expect(copyIds.has(h.from) && copyIds.has(h.to)).toBe(true);
      expect(before.handoffs.map((x) => x.id)).not.toContain(h.id);
    }
    expect(ed.selection().teams).toEqual(newTeams.map((t) => t.id));
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);

    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().teams).toHaveLength(before.teams.length + 2);
  });

  it('given a handoff to a team outside the copy, then it is not pasted (it would dangle)', () => {
    const ed = given();
    ed.select(['eng']);
    ed.run('clipboard.copy');
    const before = ed.doc();
    ed.run('clipboard.paste');
    expect(ed.doc().handoffs).toHaveLength(before.handoffs.length);
  });

  it('given two pastes, then the second lands further away and all ids stay unique', () => {
    const ed = given();
    ed.stores.document.getState().load({ ...ed.doc(), teams: ed.doc().teams.map((t) => ({ ...t, position: { x: 0, y: 0 } })) });
    ed.select(['qa']);
    ed.run('clipboard.copy');
    ed.run('clipboard.paste');
    ed.run('clipboard.paste');
    const [a, b] = ed.doc().teams.slice(-2);
    expect(b.position!.x).toBeGreaterThan(a.position!.x);
    expect(new Set(ed.doc().teams.map((t) => t.id)).size).toBe(ed.doc().teams.length);
  });

  it('given nothing copied, then paste cannot run', () => {
    const ed = given();
    expect(ed.run('clipboard.paste')).toBe(false);
  });
});

describe('selection.duplicate', () => {
  it('given data and eng selected, when duplicated, then one step adds remapped copies; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    ed.select(pair);
    ed.run('selection.duplicate');
    const copies = ed.doc().teams.slice(before.teams.length);
    expect(copies).toHaveLength(2);
    const copied = ed.doc().handoffs.slice(before.handoffs.length);
    const ids = new Set(copies.map((t) => t.id));
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.every((h) => ids.has(h.from) && ids.has(h.to))).toBe(true);
    expect(ed.undoLabel()).toBe('Duplicate teams');
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().teams).toHaveLength(before.teams.length + 2);
    // Duplicate leaves the clipboard alone.
    expect(ed.run('clipboard.paste')).toBe(false);
  });
});
