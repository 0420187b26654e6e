/// <reference lib="webworker" />
/**
 * The simulation off the main thread, for large models: it keeps the last document it was sent (the
 * page sends a document only when it changed) and the caches of `SimulationCache` and `PairCache`.
 * One script serves every kind of request; the editor's view, the compare view and the sensitivity
 * view each start their own worker, so each worker holds the document its own client last sent.
 */
import { SimulationCache } from './compute';
import { DocHolder } from './docSync';
import { PairCache } from './pairCache';
import { sensitivity } from '../sim/sensitivity';
import type { PairRequest, SensitivityRequest, SimRequest, WorkerResponse } from './protocol';

const cache = new SimulationCache();
const pairs = new PairCache();
const held = new DocHolder();

self.onmessage = (event: MessageEvent<SimRequest | PairRequest | SensitivityRequest>) => {
  const req = event.data;
  let response: WorkerResponse<unknown>;
  try {
    const doc = held.receive(req);
    const answer =
      'sides' in req
        ? pairs.answer(doc, req.sides)
        : 'sensitivity' in req
          ? sensitivity(doc, req.sensitivity.scenario, req.sensitivity.quarter)
          : cache.answer(doc, req.scenario, req.quarter, req.explainTeam);
    response = { id: req.id, ok: true, answer };
  } catch (error) {
    response = { id: req.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
