import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/model';
import { given } from '../../support/given';

describe('handoff.add', () => {
  it('given two teams, when connected, then one work handoff between them, selected; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    expect(ed.run('handoff.add', { from: 'qa', to: 'revops' })).toBe(true);
    const added = ed.doc().handoffs.at(-1)!;
    expect(added).toMatchObject({ from: 'qa', to: 'revops', kind: 'work' });
    expect(before.handoffs.map((h) => h.id)).not.toContain(added.id);
    expect(ed.selection().handoffs).toEqual([added.id]);
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().handoffs.at(-1)).toEqual(added);
  });

  it('given a second handoff between the same two teams, then both exist (another artifact)', () => {
    const ed = given();
    ed.run('handoff.add', { from: 'prod', to: 'eng' });
    expect(ed.doc().handoffs.filter((h) => h.from === 'prod' && h.to === 'eng')).toHaveLength(2);
  });

  it('given a self-connection, then it is refused with a message and nothing changes', () => {
    const ed = given();
    const before = ed.doc();
    ed.run('handoff.add', { from: 'qa', to: 'qa' });
    expect(ed.doc()).toBe(before);
    expect(ed.stores.ui.getState().notice?.kind).toBe('warning');
  });

  it('given an unknown team, then it cannot run', () => {
    const ed = given();
    expect(ed.run('handoff.add', { from: 'qa', to: 'nobody' })).toBe(false);
  });
});

describe('handoff.update', () => {
  it('given a selected handoff, when its id changes, then the selection follows and the selected teams stay; undo restores it', () => {
    const ed = given();
    const [first, second] = ed.doc().handoffs;
    ed.select(['qa'], [first.id, second.id]);
    ed.run('handoff.update', { id: first.id, patch: { id: 'renamed' } });
    expect(ed.doc().handoffs.map((h) => h.id)).toContain('renamed');
    expect(ed.selection()).toEqual({ teams: ['qa'], handoffs: ['renamed', second.id] });
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    ed.undo();
    expect(ed.doc().handoffs[0].id).toBe(first.id);
  });

  it('given an unselected handoff, when its id changes, then the selection is untouched', () => {
    const ed = given();
    const [first, second] = ed.doc().handoffs;
    ed.select([], [second.id]);
    const before = ed.selection();
    ed.run('handoff.update', { id: first.id, patch: { id: 'renamed' } });
    expect(ed.selection()).toBe(before);
  });

  it('given an unknown handoff, then it does not run', () => {
    const ed = given();
    expect(ed.run('handoff.update', { id: 'nobody', patch: { waitDays: 2 } })).toBe(false);
    expect(ed.stores.document.getState().past).toHaveLength(0);
  });
});
