import { describe, expect, it } from 'vitest';
import { dryRun } from '../../../src/commands/dryRun';
import { given } from '../../support/given';

describe('dryRun', () => {
  it('given QA selected, when team.update renames it in a dry run, then the result carries the new id into its handoffs and the real stores are untouched', () => {
    const ed = given();
    ed.select(['qa']);
    const before = ed.doc();
    const touching = before.handoffs.filter((h) => h.from === 'qa' || h.to === 'qa').length;

    const after = dryRun(ed.registry, ed.stores, { commandId: 'team.update', args: { id: 'qa', patch: { id: 'quality' } } });

    expect(touching).toBeGreaterThan(0);
    expect(after.teams.some((t) => t.id === 'quality')).toBe(true);
    expect(after.handoffs.filter((h) => h.from === 'quality' || h.to === 'quality')).toHaveLength(touching);
    expect(ed.doc()).toBe(before);
    expect(ed.stores.document.getState().past).toHaveLength(0);
    expect(ed.selection().teams).toEqual(['qa']);
  });

  it('given a call the command refuses (no such team), then the document is returned as it is', () => {
    const ed = given();
    const after = dryRun(ed.registry, ed.stores, { commandId: 'team.update', args: { id: 'nobody', patch: { headcount: 3 } } });
    expect(after).toBe(ed.doc());
  });

  it('gives the same document a real run of the command gives', () => {
    const ed = given();
    const call = { commandId: 'initiative.update' as const, args: { patch: { target: 7, unit: undefined } } };
    const dry = dryRun(ed.registry, ed.stores, call);
    ed.run(call.commandId, call.args);
    expect(dry).toEqual(ed.doc());
    expect(dry).not.toBe(ed.stores.document.getState().past[0].doc);
  });
});
