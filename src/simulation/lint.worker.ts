/// <reference lib="webworker" />
/**
 * The model checks off the main thread, for large models: the single-point-of-failure rule simulates
 * every scenario, which takes long enough on a thousand teams to be felt as a freeze.
 */
import type { FivefoldDocument } from '../model';
import { lint } from '../lint';
import type { RequestEnvelope, WorkerResponse } from './protocol';

let doc: FivefoldDocument | null = null;
let docKey = -1;

self.onmessage = (event: MessageEvent<RequestEnvelope>) => {
  const req = event.data;
  let response: WorkerResponse<unknown>;
  try {
    if (req.doc) {
      doc = req.doc;
      docKey = req.docKey;
    }
    if (!doc || docKey !== req.docKey) throw new Error(`the worker has no document ${req.docKey}`);
    response = { id: req.id, ok: true, answer: lint(doc) };
  } catch (error) {
    response = { id: req.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
