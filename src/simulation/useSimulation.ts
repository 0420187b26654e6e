import { useSyncExternalStore } from 'react';
import { useStores, type Stores } from '../store/context';
import { SimulationService, type SimulationView } from './service';

export type { SimulationView } from './service';

const services = new WeakMap<Stores, SimulationService>();

/** The one simulation service of an editor's stores (every view shares its answers and its worker). */
export function simulationServiceFor(stores: Stores): SimulationService {
  let service = services.get(stores);
  if (!service) services.set(stores, (service = new SimulationService(stores)));
  return service;
}

/**
 * The simulation of the open document for the chosen scenario and quarter: on the main thread for
 * small models, in a worker for large ones (`pending` is true while it computes).
 * @example const { result, baseline, pending } = useSimulation();
 */
export function useSimulation(): SimulationView {
  const service = simulationServiceFor(useStores());
  return useSyncExternalStore(service.subscribe, service.getSnapshot);
}
