/**
 * The compare view's two results (a `LaneService`): a few milliseconds on the main thread for the
 * example, a Web Worker on large models so picking a result never freezes the page.
 */
import type { CompareSide } from '../sim/compare';
import { PairClient } from './client';
import { LaneService, type LaneView } from './laneService';
import { PairCache, sideKey } from './pairCache';
import type { PairAnswer, PairRequest, PairResponse } from './protocol';
import { defaultWorkerFactory, type WorkerFactory } from './workerLane';

export type Sides = readonly [CompareSide, CompareSide];
export type PairView = LaneView<PairAnswer>;

/**
 * @example
 * const pairs = new ComparePairService();
 * const off = pairs.subscribe(() => render(pairs.view(doc, sides))); // pending first on a large model
 */
export class ComparePairService extends LaneService<PairClient, Sides, PairAnswer, PairRequest, PairResponse> {
  constructor(createWorker: WorkerFactory<PairRequest, PairResponse> = defaultWorkerFactory) {
    const cache = new PairCache();
    super(PairClient, createWorker, {
      key: (sides) => `${sideKey(sides[0])}|${sideKey(sides[1])}`,
      computeHere: (doc, sides) => cache.answer(doc, [sides[0], sides[1]]),
      ask: (client, doc, sides) => client.request(doc, [sides[0], sides[1]]),
    });
  }
}
