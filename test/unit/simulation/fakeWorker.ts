import { SimulationCache } from '../../../src/simulation/compute';
import { DocHolder } from '../../../src/simulation/docSync';
import type { SimRequest, SimResponse, WorkerLike } from '../../../src/simulation/protocol';

/** A worker that holds its messages until the test answers them, computing with the real engine. */
export class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: SimResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  received: SimRequest[] = [];
  terminated = false;
  private readonly cache = new SimulationCache();
  private readonly held = new DocHolder();

  postMessage(message: SimRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest unanswered message the way sim.worker.ts does. */
  answerNext(): void {
    const req = this.received.shift()!;
    let response: SimResponse;
    try {
      const doc = this.held.receive(req);
      response = { id: req.id, ok: true, answer: this.cache.answer(doc, req.scenario, req.quarter, req.explainTeam) };
    } catch {
      response = { id: req.id, ok: false, error: 'no document' };
    }
    this.onmessage?.({ data: response });
  }
  crash(message: string): void {
    this.onerror?.({ message });
  }
}
