import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/model';
import { findTemplate } from '../../../src/model/catalogue';
import { given } from '../../support/given';

describe('team.add', () => {
  it('given the example, when a catalogue team is added, then it has the template defaults, a new id, its lane, and is selected; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    const template = findTemplate('build.qa')!;

    expect(ed.run('team.add', { template: 'build.qa' })).toBe(true);

    const added = ed.doc().teams.at(-1)!;
    expect(ed.doc().teams).toHaveLength(before.teams.length + 1);
    expect(before.teams.map((t) => t.id)).not.toContain(added.id);
    expect(added).toMatchObject({ name: template.name, layer: 'build', headcount: template.headcount, costPerFte: template.costPerFte, mix: template.mix });
    expect(ed.selection().teams).toEqual([added.id]);
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    expect(ed.undoLabel()).toContain('Add team');

    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().teams.at(-1)).toEqual(added);
  });

  it('given two additions of one template, then their ids differ', () => {
    const ed = given();
    ed.run('team.add', { template: 'control.aigov' });
    ed.run('team.add', { template: 'control.aigov' });
    const [a, b] = ed.doc().teams.slice(-2);
    expect(a.id).not.toBe(b.id);
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
  });

  it('given teams placed in a lane, when a blank team is added to it, then it lands right of the last one at the same height', () => {
    const ed = given();
    ed.stores.document.getState().commit('place', (d) => {
      d.teams.find((t) => t.id === 'data')!.position = { x: 100, y: 300 };
      d.teams.find((t) => t.id === 'eng')!.position = { x: 400, y: 310 };
    });
    ed.run('team.add', { layer: 'build' });
    const added = ed.doc().teams.at(-1)!;
    expect(added.layer).toBe('build');
    expect(added.position!.x).toBeGreaterThan(400);
    expect(added.position!.y).toBe(310);
  });

  it('given a drop position, then the team is placed exactly there', () => {
    const ed = given();
    ed.run('team.add', { template: 'strategy.legal', position: { x: 12, y: 34 } });
    expect(ed.doc().teams.at(-1)!.position).toEqual({ x: 12, y: 34 });
  });
});

describe('team.update', () => {
  it('given a team, when its headcount changes, then one labelled step changes only that field; undo and redo', () => {
    const ed = given();
    const before = ed.doc();
    ed.run('team.update', { id: 'qa', patch: { headcount: 4 }, label: 'Change headcount of QA' });
    expect(ed.doc().teams.find((t) => t.id === 'qa')!.headcount).toBe(4);
    expect(ed.undoLabel()).toBe('Change headcount of QA');
    expect(ed.stores.document.getState().past).toHaveLength(1);
    ed.undo();
    expect(ed.doc()).toBe(before);
    ed.redo();
    expect(ed.doc().teams.find((t) => t.id === 'qa')!.headcount).toBe(4);
  });

  it('given a team with handoffs, when its id changes, then the handoffs and the selection follow', () => {
    const ed = given();
    ed.select(['eng']);
    ed.run('team.update', { id: 'eng', patch: { id: 'engineering' } });
    const ends = ed.doc().handoffs.flatMap((h) => [h.from, h.to]);
    expect(ends).not.toContain('eng');
    expect(ends.filter((x) => x === 'engineering').length).toBeGreaterThan(0);
    expect(ed.selection().teams).toEqual(['engineering']);
    expect(DocumentSchema.safeParse(ed.doc()).success).toBe(true);
    ed.undo();
    expect(ed.doc().handoffs.some((h) => h.from === 'eng')).toBe(true);
  });

  it('given notes, when the patch holds undefined, then the optional key is removed', () => {
    const ed = given();
    ed.run('team.update', { id: 'qa', patch: { notes: 'hello' } });
    ed.run('team.update', { id: 'qa', patch: { notes: undefined } });
    expect('notes' in ed.doc().teams.find((t) => t.id === 'qa')!).toBe(false);
  });

  it('given an unknown team, then it does not run', () => {
    const ed = given();
    expect(ed.run('team.update', { id: 'nobody', patch: { headcount: 2 } })).toBe(false);
    expect(ed.stores.document.getState().past).toHaveLength(0);
  });
});
