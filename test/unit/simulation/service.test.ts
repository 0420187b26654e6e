import { describe, expect, it } from 'vitest';
import { baseline, explain, project, simulate } from '../../../src/sim';
import { SimulationService } from '../../../src/simulation/service';
import { createStores } from '../../../src/store/context';
import { example as exampleDoc } from '../../support/examples';
import { chain, givenService } from './given';

describe('SimulationService', () => {
  it('computes a small model on the main thread, equal to the engine, and never starts a worker', () => {
    const { service, workers, stores } = givenService(exampleDoc());
    const doc = stores.document.getState().doc;
    const view = service.getSnapshot();
    const sc = doc.scenarios.at(-1)!;
    expect(view.pending).toBe(false);
    expect(view.computedIn).toBe('main');
    expect(view.result).toEqual(explain(doc, sc, sc.adoption.length - 1));
    expect(view.projection).toEqual(project(doc, sc));
    expect(view.baseline).toEqual(baseline(doc));
    expect(workers).toHaveLength(0);
    expect(service.getSnapshot()).toBe(view);
  });

  it('sends a large model to the worker: pending with the baseline first, then the engine answer', () => {
    const { service, workers, stores, notified } = givenService();
    const doc = stores.document.getState().doc;
    const first = service.getSnapshot();
    expect(first.pending).toBe(true);
    expect(first.baseline).toEqual(baseline(doc));
    expect(workers).toHaveLength(1);
    workers[0].answerNext();
    const view = service.getSnapshot();
    expect(notified()).toBeGreaterThan(0);
    expect(view.pending).toBe(false);
    expect(view.computedIn).toBe('worker');
    expect(view.result).toEqual(simulate(doc, doc.scenarios[0], 2));
    expect(view.result!.search).toBe('greedy');
  });

  it('asks the worker for the explained team’s trace only (a whole trace is megabytes), equal to the engine’s', () => {
    const { service, workers, stores } = givenService();
    const doc = stores.document.getState().doc;
    service.getSnapshot();
    workers[0].answerNext();
    stores.ui.getState().explain('t05');
    expect(service.getSnapshot().pending).toBe(true);
    expect(workers[0].received[0].explainTeam).toBe('t05');
    workers[0].answerNext();
    const full = explain(doc, doc.scenarios[0], 2).trace!;
    const trace = service.getSnapshot().result!.trace!;
    const t05 = full.teams.find((t) => t.team === 't05')!;
    expect(trace.teams).toEqual([t05]);
    expect(trace.groups).toEqual(full.groups.filter((g) => g.owner === t05.group));
    expect(trace.scenarioSteps).toEqual(full.scenarioSteps);
  });

  it('while scrubbing, shows the last answer as pending and ends on the newest quarter', () => {
    const { service, workers, stores } = givenService();
    service.getSnapshot();
    workers[0].answerNext();
    for (const q of [0, 1, 2, 0]) stores.ui.getState().setQuarter(q);
    const meanwhile = service.getSnapshot();
    expect(meanwhile.pending).toBe(true);
    expect(meanwhile.result!.quarter).toBe(2); // the last answer, kept until the new one comes
    while (workers[0].received.length) workers[0].answerNext();
    expect(service.getSnapshot().pending).toBe(false);
    expect(service.getSnapshot().result!.quarter).toBe(0);
  });

  it('ignores a late worker answer once the model became small (computed here instead)', () => {
    const { service, workers, stores } = givenService();
    service.getSnapshot();
    stores.document.getState().load(exampleDoc());
    const small = service.getSnapshot();
    expect(small.computedIn).toBe('main');
    workers[0].answerNext();
    expect(service.getSnapshot()).toBe(small);
  });

  it('falls back to the main thread when the worker fails, with the same numbers', () => {
    const { service, workers, stores } = givenService();
    const doc = stores.document.getState().doc;
    service.getSnapshot();
    workers[0].crash('blocked');
    const view = service.getSnapshot();
    expect(view.pending).toBe(false);
    expect(view.computedIn).toBe('main');
    expect(view.result).toEqual(explain(doc, doc.scenarios[0], 2));
    stores.ui.getState().setQuarter(0);
    expect(service.getSnapshot().computedIn).toBe('main');
    expect(workers).toHaveLength(1);
  });

  it('falls back to the main thread where no worker can be made (jsdom, old browsers)', () => {
    const stores = createStores(chain(14));
    const service = new SimulationService(stores, () => null);
    expect(service.getSnapshot().computedIn).toBe('main');
    expect(service.getSnapshot().pending).toBe(false);
  });
});
