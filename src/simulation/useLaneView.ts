import { useSyncExternalStore } from 'react';
import type { FivefoldDocument } from '../model';
import { useStores, type Stores } from '../store/context';
import { ComparePairService, type PairView, type Sides } from './compareService';
import type { LaneService, LaneView } from './laneService';
import type { PairRequest, PairResponse, SensitivityRequest, SensitivityResponse } from './protocol';
import { type SensitivityArgs, SensitivityService, type SensitivityView } from './sensitivityService';
import type { WorkerFactory } from './workerLane';

export type { PairView } from './compareService';
export type { SensitivityView } from './sensitivityService';

/**
 * One service of a kind per editor's stores: its worker and its cache outlive the tab that shows it.
 * `make` runs only for the call that creates the service (tests pass a fake worker through it).
 */
function perStores<Service>(make: () => Service) {
  const services = new WeakMap<Stores, Service>();
  return (stores: Stores): Service => {
    let service = services.get(stores);
    if (!service) services.set(stores, (service = make()));
    return service;
  };
}

// biome-ignore lint/suspicious/noExplicitAny: any client, request and response; the hook only reads views
function useLaneView<Args, Answer>(service: LaneService<any, Args, Answer, any, any>, doc: FivefoldDocument, args: Args): LaneView<Answer> {
  return useSyncExternalStore(service.subscribe, () => service.view(doc, args));
}

let pairWorker: WorkerFactory<PairRequest, PairResponse> | undefined;
const pairServiceOf = perStores(() => new ComparePairService(pairWorker));
/** The compare service of an editor's stores; `createWorker` is used only by the call that makes it. */
export function comparePairServiceFor(stores: Stores, createWorker?: WorkerFactory<PairRequest, PairResponse>): ComparePairService {
  pairWorker = createWorker;
  return pairServiceOf(stores);
}

let sensitivityWorker: WorkerFactory<SensitivityRequest, SensitivityResponse> | undefined;
const sensitivityServiceOf = perStores(() => new SensitivityService(sensitivityWorker));
/** The sensitivity service of an editor's stores; `createWorker` is used only by the call that makes it. */
export function sensitivityServiceFor(stores: Stores, createWorker?: WorkerFactory<SensitivityRequest, SensitivityResponse>): SensitivityService {
  sensitivityWorker = createWorker;
  return sensitivityServiceOf(stores);
}

/**
 * Results A and B for the compare view: at once on small models, from a worker on large ones
 * (`pending` with no answer until the one for exactly these sides has come).
 * @example const { pending, answer } = useComparePair(doc, [{ scenario: null, quarter: 0 }, { scenario: aiNative, quarter: 3 }]);
 */
export function useComparePair(doc: FivefoldDocument, sides: Sides): PairView {
  return useLaneView(comparePairServiceFor(useStores()), doc, sides);
}

/**
 * The sensitivity of a scenario at a quarter: at once on small models, from a worker on large ones.
 * @example const { answer } = useSensitivity(doc, { scenario: aiNative, quarter: 3 }); // answer.levers[0].lever 'adoption'
 */
export function useSensitivity(doc: FivefoldDocument, args: SensitivityArgs): SensitivityView {
  return useLaneView(sensitivityServiceFor(useStores()), doc, args);
}
