import { describe, expect, it } from 'vitest';
import { moveTeams, moveTeamsLive, finishMove } from '../../../src/commands/canvasCommands';
import { framesFor } from '../../../src/geometry/layout';
import { toCanvas } from '../../../src/geometry/geometry';
import type { Stores } from '../../../src/store/context';
import { example as exampleDoc } from '../../support/examples';
import { chain, givenService } from './given';

/** A service over `doc` whose first answers have all come back. */
function givenAnsweredService(doc = chain()) {
  const { stores, service, workers, notified } = givenService(doc);
  service.getSnapshot();
  while (workers[0]?.received.length) workers[0].answerNext();
  return { stores, service, posted: () => workers[0]?.received.length ?? 0, notified };
}

/** Where team `id` is drawn now, shifted by (dx, dy): a place within its own lane. */
function nudged(stores: Stores, id: string, dx: number, dy: number) {
  const doc = stores.document.getState().doc;
  const t = doc.teams.find((x) => x.id === id)!;
  const p = toCanvas(t.layer, t.position ?? { x: 400, y: 40 }, framesFor(doc));
  return { id, topLeft: { x: p.x + dx, y: p.y + dy } };
}

describe('The simulation ignores what it never reads', () => {
  it('a large model: a whole drag (live moves and the drop) posts nothing to the worker and notifies no view', () => {
    const { stores, service, posted, notified } = givenAnsweredService();
    const view = service.getSnapshot();
    const before = notified();
    for (let i = 1; i <= 5; i++) moveTeamsLive(stores, [nudged(stores, 't03', 7, 0)]);
    expect(stores.document.getState().gestureBase).not.toBeNull();
    finishMove(stores);
    expect(stores.document.getState().past.at(-1)?.label).toBe('Move team');
    expect(posted()).toBe(0);
    expect(notified()).toBe(before);
    expect(service.getSnapshot()).toBe(view);
    expect(view.pending).toBe(false);
  });

  it('a large model: undoing a move (positions only) posts nothing; a headcount edit does', () => {
    const { stores, service, posted } = givenAnsweredService();
    moveTeams(stores, [nudged(stores, 't05', 30, 0)]);
    stores.document.getState().undo();
    service.getSnapshot();
    expect(posted()).toBe(0);
    stores.document.getState().commit('Edit headcount', (d) => {
      d.teams[2].headcount += 3;
    });
    expect(service.getSnapshot().pending).toBe(true);
    expect(posted()).toBe(1);
  });

  it('a drag across lanes is simulated once, when the layer changes, not once per pointer move', () => {
    const { stores, service, posted } = givenAnsweredService();
    const view = service.getSnapshot();
    stores.document.getState().preview((d) => {
      d.teams[4].layer = 'execution';
    });
    expect(service.getSnapshot()).not.toBe(view);
    expect(posted()).toBe(1);
    for (let i = 1; i <= 3; i++)
      stores.document.getState().preview((d) => {
        d.teams[4].position = { x: 400 + 10 * i, y: 40 };
      });
    finishMove(stores);
    service.getSnapshot();
    expect(posted()).toBe(1);
  });

  it('a small model: a move keeps the very same answer (nothing recomputed on the main thread)', () => {
    const { stores, service } = givenAnsweredService(exampleDoc());
    const view = service.getSnapshot();
    expect(view.computedIn).toBe('main');
    moveTeams(stores, [nudged(stores, stores.document.getState().doc.teams[0].id, 12, 0)]);
    expect(service.getSnapshot()).toBe(view);
  });
});
