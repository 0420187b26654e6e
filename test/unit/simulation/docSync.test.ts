import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { applyDelta, docDelta, DocHolder, DocSender } from '../../../src/simulation/docSync';
import { example as exampleDoc } from '../../support/examples';

const doc = exampleDoc();

/** What the worker ends up holding after `prev` then `next` are sent. */
function roundTrip(prev: typeof doc, next: typeof doc) {
  const sender = new DocSender();
  const holder = new DocHolder();
  holder.receive(structuredClone(sender.part(prev, 0)));
  const part = sender.part(next, 1);
  return { part, held: holder.receive(structuredClone(part)) };
}

describe('a document sent to a worker as what changed', () => {
  it('an edit of one team sends that team only, and the worker holds the edited document', () => {
    const edited = produce(doc, (d) => {
      d.teams[2].headcount += 5;
    });
    const { part, held } = roundTrip(doc, edited);
    expect(part.json).toBeUndefined();
    expect(part.delta).toEqual({ from: 0, set: [], lists: [['teams', doc.teams.length, [[2, edited.teams[2]]]]] });
    expect(held).toEqual(edited);
  });

  it('added, removed and reordered records, changed and removed fields all arrive', () => {
    const edits: ((d: typeof doc) => void)[] = [
      (d) => void d.teams.push({ ...d.teams[0], id: 'new-team', name: 'Nouvelle équipe' }),
      (d) => void d.teams.pop(),
      (d) => void d.handoffs.splice(0, 1),
      (d) => void d.handoffs.reverse(),
      (d) => void (d.title = 'Renamed'),
      (d) => void delete (d as { view?: unknown }).view,
      (d) => void (d.scenarios[0].name = 'Changed'),
    ];
    for (const edit of edits) {
      const next = produce(doc, edit);
      expect(roundTrip(doc, next).held).toEqual(next);
      expect(applyDelta(doc, docDelta(0, doc, next))).toEqual(next);
    }
  });

  it('the applied document shares every record the change did not touch, and leaves the held one as it was', () => {
    const edited = produce(doc, (d) => {
      d.teams[0].name = 'First';
    });
    const applied = applyDelta(doc, docDelta(0, doc, edited));
    expect(applied.teams[1]).toBe(doc.teams[1]);
    expect(applied.handoffs).toBe(doc.handoffs);
    expect(doc.teams[0].name).not.toBe('First');
  });

  it('an unchanged document is not sent again; after forget() it is sent whole', () => {
    const sender = new DocSender();
    expect(sender.part(doc, 0).json).toBe(JSON.stringify(doc));
    expect(sender.part(doc, 0)).toEqual({ docKey: 0 });
    sender.forget();
    expect(sender.part(doc, 0).json).toBe(JSON.stringify(doc));
  });

  it('a document sent whole to several workers is written as text once, and each holds an equal copy', () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    const fresh = structuredClone(doc);
    const parts = [new DocSender(), new DocSender(), new DocSender()].map((s) => s.part(fresh, 3));
    expect(stringify.mock.calls.filter(([value]) => value === fresh)).toHaveLength(1);
    stringify.mockRestore();
    for (const part of parts) expect(new DocHolder().receive(structuredClone(part))).toEqual(doc);
  });

  it('a worker that does not hold the document a change is from says so instead of guessing', () => {
    const holder = new DocHolder();
    const edited = produce(doc, (d) => void (d.title = 'x'));
    expect(() => holder.receive({ docKey: 1, delta: docDelta(0, doc, edited) })).toThrow('no document 0');
    holder.receive({ docKey: 0, json: JSON.stringify(doc) });
    expect(() => holder.receive({ docKey: 2, delta: docDelta(1, doc, edited) })).toThrow('no document 1');
    expect(() => holder.receive({ docKey: 5 })).toThrow('no document 5');
  });
});
