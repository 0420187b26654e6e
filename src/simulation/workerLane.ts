/**
 * The worker half that the editor's simulation and the compare view's pair share: the worker is
 * started on first need (or never, on a page without workers), only the answer to the newest request
 * reaches the view, and a failed request or worker hands the work back to the main thread — for good
 * once the worker itself has broken.
 */
import type { ClientEvents, RevisionClient } from './client';
import type { SimRequest, SimResponse, WorkerLike } from './protocol';

export type WorkerFactory<Request = SimRequest, Response = SimResponse> = () => WorkerLike<Request, Response> | null;

/**
 * A module worker from the same origin (allowed by the page's `worker-src 'self' blob:`), or null where
 * there is none. One script answers both the editor's requests and the compare view's pairs.
 */
export const defaultWorkerFactory = <Request = SimRequest, Response = SimResponse>(): WorkerLike<Request, Response> | null =>
  typeof Worker === 'undefined' ? null : (new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<Request, Response>);

/**
 * A worker from `create`, or null when it gives none or throws (a page without workers, or one
 * that blocks them): the caller then computes on the main thread.
 * @example const worker = workerOrNull(defaultWorkerFactory)
 */
export function workerOrNull<Request, Response>(create: WorkerFactory<Request, Response>): WorkerLike<Request, Response> | null {
  try {
    return create();
  } catch {
    return null;
  }
}

/** What a lane tells its service. */
export interface LaneEvents<Answer> {
  /** The answer to the newest request sent through the lane. */
  answer(answer: Answer): void;
  /** The newest request failed (or the worker did): compute it on the main thread. */
  fallBack(): void;
}

/** A client class over a worker, such as `SimClient` or `PairClient`. */
export type ClientClass<Client, Answer, Request, Response> = new (worker: WorkerLike<Request, Response>, events: ClientEvents<Answer>) => Client;

/**
 * @example
 * const lane = new WorkerLane(SimClient, defaultWorkerFactory, { answer: show, fallBack: () => show(computeHere()) });
 * if (!lane.send((client) => client.request(doc, scenario, 3))) show(computeHere()); // no worker on this page
 */
export class WorkerLane<Client extends RevisionClient<object, Answer>, Answer, Request = SimRequest, Response = SimResponse> {
  private client: Client | null = null;
  private noWorker = false;
  /** The worker request whose answer is awaited; null when the view was computed here. */
  private awaiting: number | null = null;

  constructor(
    private readonly Client: ClientClass<Client, Answer, Request, Response>,
    private readonly createWorker: WorkerFactory<Request, Response>,
    private readonly events: LaneEvents<Answer>,
  ) {}

  /**
   * Sends a request through the worker and awaits its answer; false when there is no worker (the
   * caller computes on the main thread).
   */
  send(request: (client: Client) => number): boolean {
    const client = this.workerClient();
    if (!client) return false;
    this.awaiting = request(client);
    return true;
  }

  /** The view was just computed on the main thread: an answer still on its way is stale. */
  computedHere(): void {
    this.awaiting = null;
  }

  /** Stops the worker (the editor is going away). */
  dispose(): void {
    this.client?.dispose();
    this.client = null;
  }

  private workerClient(): Client | null {
    if (this.client && !this.client.failed) return this.client;
    if (this.noWorker) return null;
    const worker = workerOrNull(this.createWorker);
    if (!worker) {
      this.noWorker = true;
      return null;
    }
    this.client = new this.Client(worker, {
      answer: (id, answer) => {
        if (id !== this.awaiting) return;
        this.awaiting = null;
        this.events.answer(answer);
      },
      // A worker that cannot run (blocked, crashed) must not leave the page without numbers.
      failure: (id) => {
        if (id !== this.awaiting) return;
        this.awaiting = null;
        if (this.client?.failed) this.noWorker = true;
        this.events.fallBack();
      },
    });
    return this.client;
  }
}
