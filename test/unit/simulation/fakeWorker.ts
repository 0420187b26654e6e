import { SimulationCache } from '../../../src/simulation/compute';
import type { SimRequest, SimResponse, WorkerLike } from '../../../src/simulation/protocol';
import type { FivefoldDocument } from '../../../src/model';

/** A worker that holds its messages until the test answers them, computing with the real engine. */
export class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: SimResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  received: SimRequest[] = [];
  terminated = false;
  private readonly cache = new SimulationCache();
  private doc: FivefoldDocument | null = null;

  postMessage(message: SimRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest unanswered message the way sim.worker.ts does. */
  answerNext(): void {
    const req = this.received.shift()!;
    if (req.doc) this.doc = req.doc;
    const response: SimResponse = this.doc
      ? { id: req.id, ok: true, answer: this.cache.answer(this.doc, req.scenario, req.quarter, req.explainTeam) }
      : { id: req.id, ok: false, error: 'no document' };
    this.onmessage?.({ data: response });
  }
  crash(message: string): void {
    this.onerror?.({ message });
  }
}
