import type { FivefoldDocument } from '../../../src/model';
import { sensitivity } from '../../../src/sim';
import { DocHolder } from '../../../src/simulation/docSync';
import { PairCache } from '../../../src/simulation/pairCache';
import type { PairRequest, PairResponse, RequestEnvelope, SensitivityRequest, SensitivityResponse, WorkerLike, WorkerResponse } from '../../../src/simulation/protocol';

/**
 * A lane worker that holds its messages until the test answers them, computing with the real engine
 * (`compute`) the way sim.worker.ts does.
 */
export class FakeLaneWorker<Request extends RequestEnvelope, Answer> implements WorkerLike<Request, WorkerResponse<Answer>> {
  onmessage: ((event: { data: WorkerResponse<Answer> }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  received: Request[] = [];
  private readonly held = new DocHolder();

  constructor(private readonly compute: (doc: FivefoldDocument, req: Request) => Answer) {}

  postMessage(message: Request): void {
    this.received.push(message);
  }
  terminate(): void {}
  /** Answers the oldest unanswered message. */
  answerNext(): void {
    const req = this.received.shift()!;
    let response: WorkerResponse<Answer>;
    try {
      response = { id: req.id, ok: true, answer: this.compute(this.held.receive(req), req) };
    } catch {
      response = { id: req.id, ok: false, error: 'no document' };
    }
    this.onmessage?.({ data: response });
  }
  crash(message: string): void {
    this.onerror?.({ message });
  }
}

/** A factory that makes fake workers and keeps them for the test. */
function fakeLaneWorkers<Request extends RequestEnvelope, Answer>(compute: (doc: FivefoldDocument, req: Request) => Answer) {
  const workers: FakeLaneWorker<Request, Answer>[] = [];
  const create = () => {
    const w = new FakeLaneWorker(compute);
    workers.push(w);
    return w;
  };
  return { workers, create };
}

/** Compare workers: each answers with its own `PairCache`. */
export function fakePairWorkers() {
  const cache = new PairCache();
  return fakeLaneWorkers<PairRequest, PairResponse extends WorkerResponse<infer A> ? A : never>((doc, req) => cache.answer(doc, req.sides));
}

/** Sensitivity workers. */
export function fakeSensitivityWorkers() {
  return fakeLaneWorkers<SensitivityRequest, SensitivityResponse extends WorkerResponse<infer A> ? A : never>((doc, req) =>
    sensitivity(doc, req.sensitivity.scenario, req.sensitivity.quarter),
  );
}
