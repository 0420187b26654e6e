// The compare view's pair of results: computed here on small models, in a worker on large ones, and
// never an old pair reported for new inputs. Expected results are direct engine calls.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { baseline, simulate } from '../../../src/sim';
import type { CompareSide } from '../../../src/sim/compare';
import { ComparePairService } from '../../../src/simulation/compareService';
import { PairCache } from '../../../src/simulation/pairCache';
import { example as exampleDoc } from '../../support/examples';
import { fakePairWorkers } from './fakeLaneWorker';
import { chain } from './given';

function givenPairs() {
  const { workers, create } = fakePairWorkers();
  const service = new ComparePairService(create);
  let notified = 0;
  service.subscribe(() => notified++);
  return { service, workers, notified: () => notified };
}

const BASE: CompareSide = { scenario: null, quarter: 0 };

describe('ComparePairService', () => {
  it('computes a small model here, equal to the engine, and never starts a worker', () => {
    const { service, workers } = givenPairs();
    const doc = exampleDoc();
    const aiNative = doc.scenarios.find((s) => s.id === 'ai-native')!;
    const view = service.view(doc, [BASE, { scenario: aiNative, quarter: 3 }]);
    expect(view.pending).toBe(false);
    expect(view.computedIn).toBe('main');
    expect(view.answer).toEqual([baseline(doc), simulate(doc, aiNative, 3)]);
    expect(view.answer![1].headcount).toBe(5); // simulation.md §8
    expect(workers).toHaveLength(0);
  });

  it('sends a large model to the worker: pending with no pair, then the engine’s pair', () => {
    const { service, workers, notified } = givenPairs();
    const doc = chain();
    const s = doc.scenarios[0];
    const sides: [CompareSide, CompareSide] = [{ scenario: s, quarter: 2 }, BASE];
    const first = service.view(doc, sides);
    expect(first).toMatchObject({ pending: true, answer: null });
    expect(workers).toHaveLength(1);
    expect(JSON.parse(workers[0].received[0].json!)).toEqual(doc);
    workers[0].answerNext();
    expect(notified()).toBe(1);
    const view = service.view(doc, sides);
    expect(view.pending).toBe(false);
    expect(view.computedIn).toBe('worker');
    expect(view.answer).toEqual([simulate(doc, s, 2), baseline(doc)]);
    expect(view.answer![0].search).toBe('greedy');
  });

  it('answers the same inputs, or a document moved only in positions, with the same view and no request', () => {
    const { service, workers } = givenPairs();
    const doc = chain();
    const sides: [CompareSide, CompareSide] = [{ scenario: doc.scenarios[0], quarter: 1 }, BASE];
    service.view(doc, sides);
    workers[0].answerNext();
    const view = service.view(doc, sides);
    // Equal sides by value (a fresh array, a copy of the scenario) and a drag of one team.
    const moved = produce(doc, (d) => {
      d.teams[0].position = { x: 40, y: 40 };
    });
    expect(service.view(moved, [{ scenario: { ...doc.scenarios[0] }, quarter: 1 }, { ...BASE }])).toBe(view);
    expect(workers[0].received).toHaveLength(0);
  });

  it('a new pick while an answer is out: pending, the stale answer dropped, the newest pair shown', () => {
    const { service, workers } = givenPairs();
    const doc = chain();
    const s = doc.scenarios[0];
    service.view(doc, [{ scenario: s, quarter: 0 }, BASE]);
    workers[0].answerNext();
    expect(service.view(doc, [{ scenario: s, quarter: 0 }, BASE]).pending).toBe(false);
    // Two picks in a row: the first goes out, the second waits; the first's answer must not show.
    expect(service.view(doc, [{ scenario: s, quarter: 1 }, BASE])).toMatchObject({ pending: true, answer: null });
    const newest: [CompareSide, CompareSide] = [{ scenario: s, quarter: 2 }, BASE];
    expect(service.view(doc, newest).pending).toBe(true);
    workers[0].answerNext(); // quarter 1: stale
    expect(service.view(doc, newest)).toMatchObject({ pending: true, answer: null });
    workers[0].answerNext();
    expect(service.view(doc, newest).answer![0]).toEqual(simulate(doc, s, 2));
  });

  it('an edit sends what changed in the document and is pending until its pair comes', () => {
    const { service, workers } = givenPairs();
    const doc = chain();
    const sides = (d: typeof doc): [CompareSide, CompareSide] => [BASE, { scenario: d.scenarios[0], quarter: 2 }];
    service.view(doc, sides(doc));
    workers[0].answerNext();
    const edited = produce(doc, (d) => {
      d.teams[3].headcount += 4;
    });
    expect(service.view(edited, sides(edited)).pending).toBe(true);
    expect(workers[0].received[0].delta?.lists).toEqual([['teams', doc.teams.length, [[3, edited.teams[3]]]]]);
    workers[0].answerNext();
    expect(service.view(edited, sides(edited)).answer).toEqual([baseline(edited), simulate(edited, edited.scenarios[0], 2)]);
    expect(service.view(edited, sides(edited)).answer![0].headcount).toBe(baseline(doc).headcount + 4);
  });

  it('ignores a late worker answer once the model became small (computed here instead)', () => {
    const { service, workers } = givenPairs();
    const big = chain();
    service.view(big, [BASE, { scenario: big.scenarios[0], quarter: 2 }]);
    const small = exampleDoc();
    const sides: [CompareSide, CompareSide] = [BASE, { scenario: small.scenarios[0], quarter: 1 }];
    const here = service.view(small, sides);
    expect(here.computedIn).toBe('main');
    workers[0].answerNext();
    expect(service.view(small, sides)).toBe(here);
    expect(here.answer![0]).toEqual(baseline(small));
  });

  it('falls back to the main thread when the worker fails, with the same numbers', () => {
    const { service, workers, notified } = givenPairs();
    const doc = chain();
    const sides: [CompareSide, CompareSide] = [BASE, { scenario: doc.scenarios[0], quarter: 2 }];
    service.view(doc, sides);
    workers[0].crash('blocked');
    expect(notified()).toBe(1);
    const view = service.view(doc, sides);
    expect(view.computedIn).toBe('main');
    expect(view.answer).toEqual([baseline(doc), simulate(doc, doc.scenarios[0], 2)]);
  });
});

describe('PairCache', () => {
  it('keeps the side that did not change (same object), and forgets every side for a new document', () => {
    const cache = new PairCache();
    const doc = exampleDoc();
    const [cautious, aiNative] = ['cautious', 'ai-native'].map((id) => doc.scenarios.find((s) => s.id === id)!);
    const [, b] = cache.answer(doc, [{ scenario: cautious, quarter: 3 }, { scenario: aiNative, quarter: 3 }]);
    const [a2, b2] = cache.answer(doc, [BASE, { scenario: aiNative, quarter: 3 }]);
    expect(b2).toBe(b);
    expect(a2).toEqual(baseline(doc));
    const copy = structuredClone(doc);
    expect(cache.answer(copy, [BASE, { scenario: aiNative, quarter: 3 }])[1]).not.toBe(b);
  });
});
