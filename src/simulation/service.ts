/**
 * One simulation per editor, shared by every view: small models are computed on the main thread
 * (well under a millisecond for the example), large ones in a Web Worker so the page never blocks.
 * While the worker computes, views keep showing the last answer with `pending: true`.
 */
import { baseline, type Result } from '../sim';
import type { FivefoldDocument, Scenario } from '../model';
import type { Stores } from '../store/context';
import { chosenQuarter, chosenScenario } from './chosen';
import { isLarge, SimulationCache, type SimulationAnswer } from './compute';
import { SimClient } from './client';
import { simulationInput } from './simulationInput';
import { defaultWorkerFactory, WorkerLane, type WorkerFactory } from './workerLane';

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
  private readonly lane: WorkerLane<SimClient, SimulationAnswer>;
  private inputs: Inputs | null = null;
  private view: SimulationView | null = null;

  constructor(
    private readonly stores: Stores,
    createWorker: WorkerFactory = defaultWorkerFactory,
  ) {
    this.lane = new WorkerLane(SimClient, createWorker, {
      answer: (answer) => {
        const inputs = this.inputs!;
        this.view = { scenario: inputs.scenario, quarter: inputs.quarter, ...answer, pending: false, computedIn: 'worker' };
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
    this.lane.dispose();
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
    if (!large || !this.lane.send((client) => client.request(next.doc, next.scenario, next.quarter, next.explainTeam))) {
      this.computeHere(next);
      return;
    }
    // Until the answer comes, show the last one; on the very first request only the baseline (no search, cheap).
    const previous = this.view;
    this.view = previous
      ? { ...previous, pending: true }
      : { scenario: next.scenario, quarter: next.quarter, baseline: baseline(next.doc), result: null, projection: [], pending: true, computedIn: 'worker' };
  }

  private computeHere(inputs: Inputs): void {
    this.lane.computedHere();
    const answer = this.cache.answer(inputs.doc, inputs.scenario, inputs.quarter);
    this.view = { scenario: inputs.scenario, quarter: inputs.quarter, ...answer, pending: false, computedIn: 'main' };
  }
}
