import type { FivefoldDocument } from '../../../src/model';
import { PairCache } from '../../../src/simulation/pairCache';
import type { PairRequest, PairResponse, WorkerLike } from '../../../src/simulation/protocol';

/** A compare worker that holds its messages until the test answers them, computing with the real engine. */
export class FakePairWorker implements WorkerLike<PairRequest, PairResponse> {
  onmessage: ((event: { data: PairResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  received: PairRequest[] = [];
  private readonly cache = new PairCache();
  private doc: FivefoldDocument | null = null;

  postMessage(message: PairRequest): void {
    this.received.push(message);
  }
  terminate(): void {}
  /** Answers the oldest unanswered message the way sim.worker.ts does. */
  answerNext(): void {
    const req = this.received.shift()!;
    if (req.doc) this.doc = req.doc;
    const response: PairResponse = this.doc
      ? { id: req.id, ok: true, answer: this.cache.answer(this.doc, req.sides) }
      : { id: req.id, ok: false, error: 'no document' };
    this.onmessage?.({ data: response });
  }
  crash(message: string): void {
    this.onerror?.({ message });
  }
}

/** A factory that makes FakePairWorkers and keeps them for the test. */
export function fakePairWorkers() {
  const workers: FakePairWorker[] = [];
  const create = () => {
    const w = new FakePairWorker();
    workers.push(w);
    return w;
  };
  return { workers, create };
}
