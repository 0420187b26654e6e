/// <reference lib="webworker" />
/**
 * The model checks off the main thread, for large models: the single-point-of-failure rule simulates
 * every scenario, which takes long enough on a thousand teams to be felt as a freeze.
 */
import { lint } from '../lint';
import { DocHolder } from './docSync';
import type { RequestEnvelope, WorkerResponse } from './protocol';

const held = new DocHolder();

self.onmessage = (event: MessageEvent<RequestEnvelope>) => {
  const req = event.data;
  let response: WorkerResponse<unknown>;
  try {
    const doc = held.receive(req);
    response = { id: req.id, ok: true, answer: lint(doc) };
  } catch (error) {
    response = { id: req.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
