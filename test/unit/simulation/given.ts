// Fixtures for the simulation service tests: a model large enough for the worker, and a service whose
// workers are FakeWorkers the test answers by hand.
import type { FivefoldDocument } from '../../../src/model';
import { SimulationService } from '../../../src/simulation/service';
import { createStores } from '../../../src/store/context';
import { build, team, work } from '../sim/build';
import { FakeWorker } from './fakeWorker';

/** `n` non-Control teams in a chain plus one Control team: more than 12 puts it in the worker. */
export function chain(n = 14): FivefoldDocument {
  const ids = Array.from({ length: n }, (_, i) => `t${String(i).padStart(2, '0')}`);
  const teams = [...ids.map((id, i) => team(id, i === 0 ? 'strategy' : 'build', 1 + (i % 3), 2)), team('ctrl', 'control', 2, 1)];
  const handoffs = ids.slice(1).map((id, i) => work(`h${i}`, ids[i], id, 3, 0.9));
  return build(teams, handoffs);
}

/** A service over `doc`, the FakeWorkers it has made so far, and how often it has notified. */
export function givenService(doc: FivefoldDocument = chain()) {
  const stores = createStores(doc);
  const workers: FakeWorker[] = [];
  const service = new SimulationService(stores, () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  let notified = 0;
  service.subscribe(() => notified++);
  return { stores, service, workers, notified: () => notified };
}
