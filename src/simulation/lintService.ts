/**
 * The model checks of the open document, live: small models are checked on the main thread as they
 * change (a few milliseconds for the example), large ones in their own Web Worker. Moving teams
 * changes no finding, so a drag never re-checks.
 */
import { lint, type Finding, type Severity } from '../lint';
import type { FivefoldDocument } from '../model';
import type { Stores } from '../store/context';
import { RevisionClient } from './client';
import { isLarge } from './compute';
import type { RequestEnvelope, WorkerLike, WorkerResponse } from './protocol';
import { simulationInput } from './simulationInput';
import { WorkerLane, type WorkerFactory } from './workerLane';

export interface LintView {
  findings: readonly Finding[];
  /** The highest severity of the findings on each target, keyed `team:eng`, `handoff:e09`, `layer:build`. */
  marks: ReadonlyMap<string, Severity>;
  /** True while a newer document is being checked in the worker (the last findings are shown meanwhile). */
  pending: boolean;
}

type LintRequest = RequestEnvelope;
type LintResponse = WorkerResponse<Finding[]>;

/** The page's side of the lint worker. */
export class LintClient extends RevisionClient<object, Finding[]> {
  request(doc: FivefoldDocument): number {
    return this.send(doc, {});
  }
}

export const lintWorkerFactory: WorkerFactory<LintRequest, LintResponse> = () =>
  typeof Worker === 'undefined' ? null : (new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<LintRequest, LintResponse>);

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** @example markKey({ kind: 'team', id: 'eng' }) // "team:eng" */
export const markKey = (target: Finding['target']): string => `${target.kind}:${target.id}`;

function viewOf(findings: Finding[], pending = false): LintView {
  const marks = new Map<string, Severity>();
  for (const f of findings) {
    const key = markKey(f.target);
    const had = marks.get(key);
    if (!had || RANK[f.severity] > RANK[had]) marks.set(key, f.severity);
  }
  return { findings, marks, pending };
}

const EMPTY: LintView = viewOf([]);

/**
 * @example
 * const service = new LintService(stores);
 * const off = service.subscribe(() => show(service.getSnapshot().findings));
 */
export class LintService {
  private readonly listeners = new Set<() => void>();
  private readonly lane: WorkerLane<LintClient, Finding[], LintRequest, LintResponse>;
  private unsubscribe: (() => void) | null = null;
  private doc: FivefoldDocument | null = null;
  /** The store's document last seen, so a thousand cards asking in one render compare once. */
  private seen: FivefoldDocument | null = null;
  private view: LintView = EMPTY;
  /** The store's generation the view belongs to: a document opened since makes it another model's. */
  private generation = -1;

  constructor(
    private readonly stores: Stores,
    createWorker: WorkerFactory<LintRequest, LintResponse> = lintWorkerFactory,
  ) {
    this.lane = new WorkerLane(LintClient, createWorker, {
      answer: (findings) => {
        this.view = viewOf(findings);
        this.notify();
      },
      fallBack: () => {
        this.computeHere(this.doc!);
        this.notify();
      },
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unsubscribe) {
      this.unsubscribe = this.stores.document.subscribe(() => {
        const before = this.view;
        this.refresh();
        if (this.view !== before) this.notify();
      });
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        this.unsubscribe?.();
        this.unsubscribe = null;
      }
    };
  };

  getSnapshot = (): LintView => {
    this.refresh();
    return this.view;
  };

  dispose(): void {
    this.lane.dispose();
  }

  private refresh(): void {
    const { doc: current, generation } = this.stores.document.getState();
    if (current === this.seen) return;
    this.seen = current;
    const doc = simulationInput(current, this.doc);
    if (doc === this.doc) return;
    this.doc = doc;
    // While the worker checks an edit, the last findings stay; those of the model open before another
    // one name teams it does not have, so they go.
    const same = generation === this.generation;
    this.generation = generation;
    if (isLarge(doc) && this.lane.send((client) => client.request(doc))) this.view = { ...(same ? this.view : EMPTY), pending: true };
    else this.computeHere(doc);
  }

  private computeHere(doc: FivefoldDocument): void {
    this.lane.computedHere();
    this.view = viewOf(lint(doc));
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}
