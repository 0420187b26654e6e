import { useSyncExternalStore } from 'react';
import type { FivefoldDocument } from '../model';
import type { CompareSide } from '../sim/compare';
import { useStores, type Stores } from '../store/context';
import { ComparePairService, type PairView } from './compareService';
import type { PairRequest, PairResponse } from './protocol';
import type { WorkerFactory } from './workerLane';

export type { PairView } from './compareService';

const services = new WeakMap<Stores, ComparePairService>();

/**
 * The compare service of an editor's stores: its worker and its cache outlive the compare tab.
 * `createWorker` is used only by the call that makes the service (tests pass a fake worker).
 */
export function comparePairServiceFor(stores: Stores, createWorker?: WorkerFactory<PairRequest, PairResponse>): ComparePairService {
  let service = services.get(stores);
  if (!service) services.set(stores, (service = new ComparePairService(createWorker)));
  return service;
}

/**
 * Results A and B for the compare view: at once on small models, from a worker on large ones
 * (`pending` with no pair until the answer for exactly these sides has come).
 * @example const { pending, pair } = useComparePair(doc, [{ scenario: null, quarter: 0 }, { scenario: aiNative, quarter: 3 }]);
 */
export function useComparePair(doc: FivefoldDocument, sides: readonly [CompareSide, CompareSide]): PairView {
  const service = comparePairServiceFor(useStores());
  return useSyncExternalStore(service.subscribe, () => service.view(doc, sides));
}
