// The sensitivity view's numbers: computed here on small models, in a worker on large ones (two full
// simulations per lever would freeze the page), and the same as the engine's either way.
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/sim';
import { SensitivityService } from '../../../src/simulation/sensitivityService';
import { example as exampleDoc } from '../../support/examples';
import { fakeSensitivityWorkers } from './fakeLaneWorker';
import { chain } from './given';

function givenSensitivity() {
  const { workers, create } = fakeSensitivityWorkers();
  const service = new SensitivityService(create);
  let notified = 0;
  service.subscribe(() => notified++);
  return { service, workers, notified: () => notified };
}

describe('SensitivityService', () => {
  it('computes the OTT example here, equal to the engine (adoption first, §10), with no worker', () => {
    const { service, workers } = givenSensitivity();
    const doc = exampleDoc();
    const scenario = doc.scenarios.find((s) => s.id === 'ai-native')!;
    const view = service.view(doc, { scenario, quarter: 3 });
    expect(view).toMatchObject({ pending: false, computedIn: 'main' });
    expect(view.answer).toEqual(sensitivity(doc, scenario, 3));
    expect(view.answer!.levers[0].lever).toBe('adoption');
    expect(workers).toHaveLength(0);
  });

  it('sends a large model to the worker: pending with no numbers, then the engine’s, and a new quarter asks again', () => {
    const { service, workers, notified } = givenSensitivity();
    const doc = chain();
    const scenario = doc.scenarios[0];
    expect(service.view(doc, { scenario, quarter: 2 })).toMatchObject({ pending: true, answer: null });
    expect(workers).toHaveLength(1);
    workers[0].answerNext();
    expect(notified()).toBe(1);
    const view = service.view(doc, { scenario, quarter: 2 });
    expect(view).toMatchObject({ pending: false, computedIn: 'worker' });
    expect(view.answer).toEqual(sensitivity(doc, scenario, 2));

    // The same arguments by value (a copy of the scenario) ask nothing; another quarter does.
    expect(service.view(doc, { scenario: structuredClone(scenario), quarter: 2 })).toBe(view);
    expect(workers[0].received).toHaveLength(0);
    expect(service.view(doc, { scenario, quarter: 1 })).toMatchObject({ pending: true, answer: null });
    expect(workers[0].received).toHaveLength(1);
  });

  it('a worker that crashes hands the work back to the main thread', () => {
    const { service, workers } = givenSensitivity();
    const doc = chain();
    const scenario = doc.scenarios[0];
    service.view(doc, { scenario, quarter: 3 });
    workers[0].crash('out of memory');
    const view = service.view(doc, { scenario, quarter: 3 });
    expect(view).toMatchObject({ pending: false, computedIn: 'main' });
    expect(view.answer).toEqual(sensitivity(doc, scenario, 3));
  });
});
