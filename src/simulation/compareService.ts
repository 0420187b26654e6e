/**
 * The compare view's two results, computed like the editor's view: small models on the main thread
 * (a few milliseconds for the example), large ones in their own Web Worker so picking a result never
 * freezes the page. A view is always about the inputs it was asked for: while the worker computes a
 * new pair, the view says `pending` and holds no pair, so an old pair is never shown as the new one.
 */
import type { FivefoldDocument } from '../model';
import type { CompareSide } from '../sim/compare';
import { PairClient } from './client';
import { isLarge } from './compute';
import { PairCache, sideKey } from './pairCache';
import type { PairAnswer, PairRequest, PairResponse } from './protocol';
import { simulationInput } from './simulationInput';
import { defaultWorkerFactory, WorkerLane, type WorkerFactory } from './workerLane';

export type PairView =
  | { pending: true; pair: null; doc: null; computedIn: 'worker' }
  | {
      pending: false;
      pair: PairAnswer;
      /** The document the pair was computed for: unchanged by drags, so views can memoise on it. */
      doc: FivefoldDocument;
      computedIn: 'main' | 'worker';
    };

interface PairInputs {
  doc: FivefoldDocument;
  sides: [CompareSide, CompareSide];
  keys: [string, string];
}

const PENDING: PairView = { pending: true, pair: null, doc: null, computedIn: 'worker' };

/**
 * @example
 * const pairs = new ComparePairService();
 * const off = pairs.subscribe(() => render(pairs.view(doc, sides))); // pending first on a large model
 */
export class ComparePairService {
  private readonly cache = new PairCache();
  private readonly listeners = new Set<() => void>();
  private readonly lane: WorkerLane<PairClient, PairAnswer, PairRequest, PairResponse>;
  private inputs: PairInputs | null = null;
  private current: PairView = PENDING;

  constructor(createWorker: WorkerFactory<PairRequest, PairResponse> = defaultWorkerFactory) {
    this.lane = new WorkerLane(PairClient, createWorker, {
      answer: (pair) => {
        this.current = { pending: false, pair, doc: this.inputs!.doc, computedIn: 'worker' };
        this.notify();
      },
      fallBack: () => {
        this.computeHere(this.inputs!);
        this.notify();
      },
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The pair for `doc` and `sides`. Safe to call on every render (it is `useSyncExternalStore`'s
   * snapshot): the same inputs by value, or a document that differs only in positions, return the same
   * view without computing or sending anything.
   */
  view(doc: FivefoldDocument, sides: readonly [CompareSide, CompareSide]): PairView {
    const input = simulationInput(doc, this.inputs?.doc ?? null);
    const keys: [string, string] = [sideKey(sides[0]), sideKey(sides[1])];
    const last = this.inputs;
    if (last && last.doc === input && last.keys[0] === keys[0] && last.keys[1] === keys[1]) return this.current;
    const next = (this.inputs = { doc: input, sides: [sides[0], sides[1]], keys });
    if (isLarge(input) && this.lane.send((client) => client.request(next.doc, next.sides))) this.current = PENDING;
    else this.computeHere(next);
    return this.current;
  }

  /** Stops the worker (the editor is going away). */
  dispose(): void {
    this.lane.dispose();
  }

  private computeHere(inputs: PairInputs): void {
    this.lane.computedHere();
    this.current = { pending: false, pair: this.cache.answer(inputs.doc, inputs.sides), doc: inputs.doc, computedIn: 'main' };
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}
