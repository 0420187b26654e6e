/// <reference lib="webworker" />
/**
 * The simulation off the main thread, for large models: it keeps the last document it was sent (the
 * page sends a document only when it changed) and the caches of `SimulationCache`.
 */
import type { FivefoldDocument } from '../model';
import { SimulationCache } from './compute';
import type { SimRequest, SimResponse } from './protocol';

const cache = new SimulationCache();
let doc: FivefoldDocument | null = null;
let docKey = -1;

self.onmessage = (event: MessageEvent<SimRequest>) => {
  const req = event.data;
  let response: SimResponse;
  try {
    if (req.doc) {
      doc = req.doc;
      docKey = req.docKey;
    }
    if (!doc || docKey !== req.docKey) throw new Error(`the worker has no document ${req.docKey}`);
    response = { id: req.id, ok: true, answer: cache.answer(doc, req.scenario, req.quarter, req.explainTeam) };
  } catch (error) {
    response = { id: req.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
