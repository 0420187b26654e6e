/**
 * The page's side of the worker: numbered requests, at most one in flight, only the newest waiting
 * (scrubbing sends many; the worker computes the last), and answers to older requests dropped.
 * `SimClient` asks for the editor's view; `PairClient` for the compare view's two results.
 */
import type { FivefoldDocument, Scenario } from '../model';
import type { CompareSide } from '../sim/compare';
import type { SimulationAnswer } from './compute';
import type { Sensitivity } from '../sim';
import { DocSender } from './docSync';
import type { PairAnswer, RequestEnvelope, SensitivityRequest, SimRequest, WorkerLike, WorkerResponse } from './protocol';

export interface ClientEvents<Answer> {
  /** The answer to the newest request. */
  answer(id: number, answer: Answer): void;
  /** The newest request failed, or the worker itself did: the caller computes on the main thread. */
  failure(id: number, error: string): void;
}

export type SimClientEvents = ClientEvents<SimulationAnswer>;

interface Pending<Job> {
  id: number;
  doc: FivefoldDocument;
  job: Job;
}

/**
 * The revision bookkeeping shared by every kind of request: `Job` is what a request asks besides its
 * envelope, `Answer` what comes back.
 */
export class RevisionClient<Job extends object, Answer> {
  private nextId = 0;
  private latest = 0;
  private inFlight: number | null = null;
  private queued: Pending<Job> | null = null;
  /** What the worker holds, so an unchanged document is never cloned again and a changed one goes as its change. */
  private readonly sender = new DocSender();
  private readonly docKeys = new WeakMap<FivefoldDocument, number>();
  private nextDocKey = 0;
  private broken = false;

  constructor(
    private readonly worker: WorkerLike<RequestEnvelope & Job, WorkerResponse<Answer>>,
    private readonly events: ClientEvents<Answer>,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = (e) => this.fail(e.message ?? 'the simulation worker failed');
  }

  /** Whether the worker has failed for good (the caller then stays on the main thread). */
  get failed(): boolean {
    return this.broken;
  }

  /** True while a request has no answer yet. */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  dispose(): void {
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
  }

  /** Sends (or queues) a request; returns its revision. Only the newest revision is ever answered. */
  protected send(doc: FivefoldDocument, job: Job): number {
    const id = ++this.nextId;
    this.latest = id;
    const pending = { id, doc, job };
    if (this.inFlight !== null) this.queued = pending;
    else this.post(pending);
    return id;
  }

  private post(p: Pending<Job>): void {
    let docKey = this.docKeys.get(p.doc);
    if (docKey === undefined) this.docKeys.set(p.doc, (docKey = this.nextDocKey++));
    const message: RequestEnvelope & Job = { id: p.id, ...this.sender.part(p.doc, docKey), ...p.job };
    this.inFlight = p.id;
    this.worker.postMessage(message);
  }

  private receive(response: WorkerResponse<Answer>): void {
    if (response.id !== this.inFlight) return;
    this.inFlight = null;
    if (!response.ok) this.sender.forget(); // the worker may not hold it; send it whole next time
    const next = this.queued;
    this.queued = null;
    if (next) this.post(next);
    else if (response.id === this.latest) {
      if (response.ok) this.events.answer(response.id, response.answer);
      else this.events.failure(response.id, response.error);
    }
    // An older answer with a newer request under way is stale: dropped.
  }

  private fail(error: string): void {
    this.broken = true;
    this.inFlight = null;
    this.queued = null;
    this.events.failure(this.latest, error);
  }
}

/**
 * @example
 * const client = new SimClient(new Worker(url, { type: 'module' }), { answer: show, failure: computeHere });
 * client.request(doc, scenario, 3, 'qa'); // → answer(1, { baseline, projection, result with qa's trace })
 */
export class SimClient extends RevisionClient<Omit<SimRequest, keyof RequestEnvelope>, SimulationAnswer> {
  /** Asks for a simulation; returns its revision. Only the newest revision is ever answered. */
  request(doc: FivefoldDocument, scenario: Scenario | null, quarter: number, explainTeam: string | null = null): number {
    return this.send(doc, { scenario, quarter, explainTeam });
  }
}

/**
 * @example
 * const client = new PairClient(new Worker(url, { type: 'module' }), { answer: show, failure: computeHere });
 * client.request(doc, [{ scenario: null, quarter: 0 }, { scenario: aiNative, quarter: 3 }]); // → answer(1, [baseline, q3])
 */
export class PairClient extends RevisionClient<{ sides: [CompareSide, CompareSide] }, PairAnswer> {
  /** Asks for two results; returns its revision. Only the newest revision is ever answered. */
  request(doc: FivefoldDocument, sides: [CompareSide, CompareSide]): number {
    return this.send(doc, { sides });
  }
}

/**
 * @example
 * const client = new SensitivityClient(new Worker(url, { type: 'module' }), { answer: show, failure: computeHere });
 * client.request(doc, aiNative, 3); // → answer(1, sensitivity(doc, aiNative, 3))
 */
export class SensitivityClient extends RevisionClient<Omit<SensitivityRequest, keyof RequestEnvelope>, Sensitivity> {
  /** Asks for the sensitivity of a scenario at a quarter; returns its revision. */
  request(doc: FivefoldDocument, scenario: Scenario, quarter: number): number {
    return this.send(doc, { sensitivity: { scenario, quarter } });
  }
}
