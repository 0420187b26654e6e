import { useSyncExternalStore } from 'react';
import { useStores, type Stores } from '../../store/context';
import { RangesService, type RangesView } from './service';

export type { RangesView } from './service';

const services = new WeakMap<Stores, RangesService>();

/** The one ranges service of an editor's stores. */
export function rangesServiceFor(stores: Stores): RangesService {
  let service = services.get(stores);
  if (!service) services.set(stores, (service = new RangesService(stores)));
  return service;
}

/**
 * The chosen scenario's uncertainty ranges as they are sampled (state "none" when it has none).
 * @example const { summaries, done, total } = useRanges();
 */
export function useRanges(): RangesView {
  const service = rangesServiceFor(useStores());
  return useSyncExternalStore(service.subscribe, service.getSnapshot);
}
