/**
 * The page's side of the worker: numbered requests, at most one in flight, only the newest waiting
 * (scrubbing sends many; the worker computes the last), and answers to older requests dropped.
 */
import type { FivefoldDocument, Scenario } from '../model';
import type { SimulationAnswer } from './compute';
import type { SimRequest, SimResponse, WorkerLike } from './protocol';

export interface SimClientEvents {
  /** The answer to the newest request. */
  answer(id: number, answer: SimulationAnswer): void;
  /** The newest request failed, or the worker itself did: the caller computes on the main thread. */
  failure(id: number, error: string): void;
}

interface Pending {
  id: number;
  doc: FivefoldDocument;
  scenario: Scenario | null;
  quarter: number;
  explainTeam: string | null;
}

/**
 * @example
 * const client = new SimClient(new Worker(url, { type: 'module' }), { answer: show, failure: computeHere });
 * client.request(doc, scenario, 3, 'qa'); // → answer(1, { baseline, projection, result with qa's trace })
 */
export class SimClient {
  private nextId = 0;
  private latest = 0;
  private inFlight: number | null = null;
  private queued: Pending | null = null;
  /** The document the worker holds, so an unchanged document is never cloned again. */
  private sentDoc: FivefoldDocument | null = null;
  private readonly docKeys = new WeakMap<FivefoldDocument, number>();
  private nextDocKey = 0;
  private broken = false;

  constructor(
    private readonly worker: WorkerLike,
    private readonly events: SimClientEvents,
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

  /** Asks for a simulation; returns its revision. Only the newest revision is ever answered. */
  request(doc: FivefoldDocument, scenario: Scenario | null, quarter: number, explainTeam: string | null = null): number {
    const id = ++this.nextId;
    this.latest = id;
    const pending = { id, doc, scenario, quarter, explainTeam };
    if (this.inFlight !== null) this.queued = pending;
    else this.post(pending);
    return id;
  }

  dispose(): void {
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
  }

  private post(p: Pending): void {
    let docKey = this.docKeys.get(p.doc);
    if (docKey === undefined) this.docKeys.set(p.doc, (docKey = this.nextDocKey++));
    const message: SimRequest = { id: p.id, docKey, scenario: p.scenario, quarter: p.quarter, explainTeam: p.explainTeam };
    if (p.doc !== this.sentDoc) message.doc = p.doc;
    this.sentDoc = p.doc;
    this.inFlight = p.id;
    this.worker.postMessage(message);
  }

  private receive(response: SimResponse): void {
    if (response.id !== this.inFlight) return;
    this.inFlight = null;
    if (!response.ok) this.sentDoc = null; // the worker may not hold it; send it again next time
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
