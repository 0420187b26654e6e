/**
 * A view computed like the editor's simulation: small models on the main thread, large ones in their
 * own Web Worker, so asking for it never freezes the page. A view is always about the inputs it was
 * asked for: while the worker computes, the view says `pending` and holds no answer, so an old answer
 * is never shown for new inputs. The compare view's pair and the sensitivity view are two such jobs.
 */
import type { FivefoldDocument } from '../model';
import type { RevisionClient } from './client';
import { isLarge } from './compute';
import { simulationInput } from './simulationInput';
import { type ClientClass, WorkerLane, type WorkerFactory } from './workerLane';

export type LaneView<Answer> =
  | { pending: true; answer: null; doc: null; computedIn: 'worker' }
  | {
      pending: false;
      answer: Answer;
      /** The document the answer was computed for: unchanged by drags, so views can memoise on it. */
      doc: FivefoldDocument;
      computedIn: 'main' | 'worker';
    };

/** What a kind of view asks: a key for its arguments, how to compute it here, how to ask the worker. */
export interface LaneJob<Client, Args, Answer> {
  key(args: Args): string;
  computeHere(doc: FivefoldDocument, args: Args): Answer;
  ask(client: Client, doc: FivefoldDocument, args: Args): number;
}

const PENDING = { pending: true, answer: null, doc: null, computedIn: 'worker' } as const;

/**
 * @example
 * const pairs = new ComparePairService(); // a LaneService with the pair job
 * const off = pairs.subscribe(() => render(pairs.view(doc, sides))); // pending first on a large model
 */
export class LaneService<Client extends RevisionClient<object, Answer>, Args, Answer, Request, Response> {
  private readonly listeners = new Set<() => void>();
  private readonly lane: WorkerLane<Client, Answer, Request, Response>;
  private inputs: { doc: FivefoldDocument; args: Args; key: string } | null = null;
  private current: LaneView<Answer> = PENDING;

  constructor(
    Client: ClientClass<Client, Answer, Request, Response>,
    createWorker: WorkerFactory<Request, Response>,
    private readonly job: LaneJob<Client, Args, Answer>,
  ) {
    this.lane = new WorkerLane(Client, createWorker, {
      answer: (answer) => {
        this.current = { pending: false, answer, doc: this.inputs!.doc, computedIn: 'worker' };
        this.notify();
      },
      fallBack: () => {
        this.computeHere();
        this.notify();
      },
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The view for `doc` and `args`. Safe to call on every render (it is `useSyncExternalStore`'s
   * snapshot): the same arguments by key, or a document that differs only in positions, return the
   * same view without computing or sending anything.
   */
  view(doc: FivefoldDocument, args: Args): LaneView<Answer> {
    const input = simulationInput(doc, this.inputs?.doc ?? null);
    const key = this.job.key(args);
    if (this.inputs && this.inputs.doc === input && this.inputs.key === key) return this.current;
    const next = (this.inputs = { doc: input, args, key });
    if (isLarge(input) && this.lane.send((client) => this.job.ask(client, next.doc, next.args))) this.current = PENDING;
    else this.computeHere();
    return this.current;
  }

  /** Stops the worker (the editor is going away). */
  dispose(): void {
    this.lane.dispose();
  }

  private computeHere(): void {
    const { doc, args } = this.inputs!;
    this.lane.computedHere();
    this.current = { pending: false, answer: this.job.computeHere(doc, args), doc, computedIn: 'main' };
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}
