/**
 * One simulation per editor, shared by every view: small models are computed on the main thread
 * (well under a millisecond for the example), large ones in a Web Worker so the page never blocks.
 * While the worker computes, views keep showing the last answer with `pending: true`.
 */
import { baseline, type Result } from '../sim';
import type { FivefoldDocument, Scenario } from '../model';
import type { Stores } from '../store/context';
import { chosenQuarter, chosenScenario } from './chosen';
import { isLarge, SimulationCache } from './compute';
import { SimClient } from './client';
import type { SimRequest, SimResponse, WorkerLike } from './protocol';
import { simulationInput } from './simulationInput';

/** What every simulation view reads: derived from (document, scenario, quarter), never stored. */
export interface SimulationView {
  scenario: Scenario | null;
  quarter: number;
  baseline: Result;
  /** The chosen scenario at the chosen quarter, with its explanation trace. */
  result: Result | null;
  /** The chosen scenario at every quarter from 0 to its last. */
  projection: Result[];
  /** True while a newer answer is being computed (large models compute off the main thread). */
  pending: boolean;
  /** Where the answer was computed: tests and the status line can tell. */
  computedIn: 'main' | 'worker';
}

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

interface Inputs {
  doc: FivefoldDocument;
  scenario: Scenario | null;
  quarter: number;
  /** Large models trace only the explained team (a whole trace is megabytes to copy back). */
  explainTeam: string | null;
}

/**
 * @example
 * const service = new SimulationService(stores);
 * const off = service.subscribe(() => render(service.getSnapshot()));
 */
export class SimulationService {
  private readonly cache = new SimulationCache();
  private readonly listeners = new Set<() => void>();
  private unsubscribeStores: (() => void) | null = null;
  private client: SimClient | null = null;
  private noWorker = false;
  private inputs: Inputs | null = null;
  private view: SimulationView | null = null;
  /** The worker request whose answer is awaited; null when the view was computed here. */
  private awaiting: number | null = null;

  constructor(
    private readonly stores: Stores,
    private readonly createWorker: WorkerFactory = defaultWorkerFactory,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unsubscribeStores) {
      const changed = () => this.notifyIfChanged();
      const offDoc = this.stores.document.subscribe(changed);
      const offUi = this.stores.ui.subscribe(changed);
      this.unsubscribeStores = () => (offDoc(), offUi());
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        this.unsubscribeStores?.();
        this.unsubscribeStores = null;
      }
    };
  };

  getSnapshot = (): SimulationView => {
    this.refresh();
    return this.view!;
  };

  /** Stops the worker (the editor is going away). */
  dispose(): void {
    this.client?.dispose();
    this.client = null;
  }

  private notifyIfChanged(): void {
    const before = this.view;
    this.refresh();
    if (this.view !== before) this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private currentInputs(): Inputs {
    // A change of positions alone (a drag) keeps the document already simulated and already in the
    // worker. Other live gestures (a lever being dragged) are simulated as they go.
    const doc = simulationInput(this.stores.document.getState().doc, this.inputs?.doc ?? null);
    const ui = this.stores.ui.getState();
    const scenario = chosenScenario(doc, ui.scenarioId);
    return { doc, scenario, quarter: chosenQuarter(scenario, ui.quarter), explainTeam: ui.explainTeam };
  }

  private refresh(): void {
    const next = this.currentInputs();
    const last = this.inputs;
    const large = isLarge(next.doc);
    if (last && last.doc === next.doc && last.scenario === next.scenario && last.quarter === next.quarter && (!large || last.explainTeam === next.explainTeam)) return;
    this.inputs = next;
    const client = large ? this.workerClient() : null;
    if (!client) {
      this.computeHere(next);
      return;
    }
    this.awaiting = client.request(next.doc, next.scenario, next.quarter, next.explainTeam);
    // Until the answer comes, show the last one; on the very first request only the baseline (no search, cheap).
    const previous = this.view;
    this.view = previous
      ? { ...previous, pending: true }
      : { scenario: next.scenario, quarter: next.quarter, baseline: baseline(next.doc), result: null, projection: [], pending: true, computedIn: 'worker' };
  }

  private computeHere(inputs: Inputs): void {
    this.awaiting = null;
    const answer = this.cache.answer(inputs.doc, inputs.scenario, inputs.quarter);
    this.view = { scenario: inputs.scenario, quarter: inputs.quarter, ...answer, pending: false, computedIn: 'main' };
  }

  private workerClient(): SimClient | null {
    if (this.client && !this.client.failed) return this.client;
    if (this.noWorker) return null;
    const worker = workerOrNull(this.createWorker);
    if (!worker) {
      this.noWorker = true;
      return null;
    }
    this.client = new SimClient(worker, {
      answer: (id, answer) => {
        if (id !== this.awaiting) return;
        this.awaiting = null;
        const inputs = this.inputs!;
        this.view = { scenario: inputs.scenario, quarter: inputs.quarter, ...answer, pending: false, computedIn: 'worker' };
        this.notify();
      },
      // A worker that cannot run (blocked, crashed) must not leave the page without numbers.
      failure: (id) => {
        if (id !== this.awaiting) return;
        if (this.client?.failed) this.noWorker = true;
        this.computeHere(this.inputs!);
        this.notify();
      },
    });
    return this.client;
  }
}
