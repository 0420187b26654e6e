/**
 * The uncertainty ranges of the chosen scenario, for every view that shows them (headline, charts,
 * dock): sampled in workers on every core, partial percentiles as chunks arrive, cancelled and started
 * again by any edit the engine reads. A scenario without ranges costs nothing: no pool, no worker.
 */
import type { FivefoldDocument, Scenario } from '../../model';
import type { RangeSummary } from '../../sim';
import type { SortedColumns } from '../../sim/columns';
import { uncertaintyOf, type UncertainParam } from '../../sim/ranges';
import type { Stores } from '../../store/context';
import { chosenScenario } from '../chosen';
import { isLarge } from '../compute';
import { simulationInput } from '../simulationInput';
import type { JobProgress, SamplingPool } from './pool';
import { gatherReceived } from './gather';

/** An edit that follows another this soon waits this long without a further edit before sampling starts. */
const QUIET_MS = 100;
/** Partial percentiles are recomputed at most this often while chunks stream in. */
const SUMMARY_MS = 120;

export interface RangesView {
  /** "none": the chosen scenario has no ranges. */
  state: 'none' | 'sampling' | 'done' | 'failed';
  scenarioId: string | null;
  done: number;
  total: number;
  /** Percentiles per quarter over the samples received so far (null before the first chunk). */
  summaries: RangeSummary[] | null;
  /** Every received sample's figures, sorted per quarter and figure: the chance of a target reads them. */
  columns: SortedColumns | null;
  /** Every sample's row in sample order (see SAMPLED_FIGURES), once all have arrived (null until then). */
  rows: Float64Array | null;
  /** Every sample's drawn levers (`params`, draw order), once all have arrived (null until then). */
  values: Float64Array | null;
  params: UncertainParam[];
  count: number;
  quarters: number;
  error?: string;
  /** Workers sampling (0 when the main thread does). */
  workers: number;
}

const NONE: RangesView = { state: 'none', scenarioId: null, done: 0, total: 0, summaries: null, columns: null, rows: null, values: null, params: [], count: 0, quarters: 0, workers: 0 };

type PoolFactory = () => Promise<SamplingPool>;

const defaultPool: PoolFactory = async () => {
  const { SamplingPool } = await import('./pool');
  return new SamplingPool(typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2);
};

/**
 * @example
 * const service = new RangesService(stores);
 * const off = service.subscribe(() => show(service.getSnapshot()));
 */
export class RangesService {
  private readonly listeners = new Set<() => void>();
  private unsubscribeStores: (() => void) | null = null;
  private pool: Promise<SamplingPool> | null = null;
  private input: { doc: FivefoldDocument; scenario: Scenario | null } | null = null;
  private view: RangesView = NONE;
  private job = 0;
  private summaryTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSummary = 0;
  private summaryGap = SUMMARY_MS;
  private lastChange = -Infinity;

  constructor(
    private readonly stores: Stores,
    private readonly createPool: PoolFactory = defaultPool,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unsubscribeStores) {
      const changed = () => this.refresh();
      const offDoc = this.stores.document.subscribe(changed);
      const offUi = this.stores.ui.subscribe(changed);
      this.unsubscribeStores = () => (offDoc(), offUi());
      this.refresh();
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        this.unsubscribeStores?.();
        this.unsubscribeStores = null;
        // No one is looking: stop sampling, and start again when someone is.
        this.stop();
        this.input = null;
      }
    };
  };

  getSnapshot = (): RangesView => this.view;

  dispose(): void {
    this.stop();
    void this.pool?.then((p) => p.dispose());
    this.pool = null;
  }

  private stop(): void {
    this.job++;
    if (this.summaryTimer !== null) clearTimeout(this.summaryTimer);
    this.summaryTimer = null;
    void this.pool?.then((p) => p.cancel());
  }

  private refresh(): void {
    const doc = simulationInput(this.stores.document.getState().doc, this.input?.doc ?? null);
    const scenario = chosenScenario(doc, this.stores.ui.getState().scenarioId);
    if (this.input && this.input.doc === doc && this.input.scenario === scenario) return;
    this.input = { doc, scenario };
    const job = ++this.job;
    if (this.summaryTimer !== null) clearTimeout(this.summaryTimer);
    this.summaryTimer = null;
    const uncertainty = scenario ? uncertaintyOf(scenario) : undefined;
    if (!scenario || !uncertainty) {
      void this.pool?.then((p) => p.cancel());
      this.set(NONE);
      return;
    }
    const quarters = scenario.adoption.length;
    // A lone edit (an import, a click) samples at once; a drag's stream of edits waits for a pause.
    const at = now();
    const wait = at - this.lastChange < QUIET_MS ? QUIET_MS : 0;
    this.lastChange = at;
    this.set({ ...NONE, state: 'sampling', scenarioId: scenario.id, total: uncertainty.samples, quarters, workers: this.view.workers });
    this.pool ??= this.createPool();
    void this.pool.then((pool) => {
      if (job !== this.job) return;
      if (!pool.workers && isLarge(doc)) {
        this.set({ ...this.view, state: 'failed', error: 'this page runs no Web Workers, and sampling a model this large here would hold the page up' });
        return;
      }
      const start = () => {
        if (job === this.job) pool.run(doc, scenario, uncertainty, (p) => this.progress(job, scenario.id, pool.workers, p));
      };
      // The old job stops at once, whether or not the new one waits.
      pool.cancel();
      if (wait) setTimeout(start, wait);
      else start();
    });
  }

  private progress(job: number, scenarioId: string, workers: number, p: JobProgress): void {
    if (job !== this.job) return;
    if (p.error) {
      this.set({ ...this.view, state: 'failed', error: p.error });
      return;
    }
    const finished = p.done >= p.total;
    const publish = () => {
      this.summaryTimer = null;
      if (job !== this.job) return;
      const t0 = now();
      const { rows, count, summaries } = gatherReceived(p, seedOf(this.input?.scenario));
      // Sorting many samples takes the main thread a while: the longer it took, the longer until the next.
      this.summaryGap = Math.max(SUMMARY_MS, 8 * (now() - t0));
      this.lastSummary = now();
      this.set({ state: finished ? 'done' : 'sampling', scenarioId, done: p.done, total: p.total, summaries, columns: p.columns, rows, values: rows ? p.values : null, params: p.params, count, quarters: p.quarters, workers });
    };
    if (finished || now() - this.lastSummary >= this.summaryGap) {
      if (this.summaryTimer !== null) clearTimeout(this.summaryTimer);
      publish();
    } else if (this.summaryTimer === null) this.summaryTimer = setTimeout(publish, this.summaryGap);
  }

  private set(view: RangesView): void {
    this.view = view;
    for (const l of [...this.listeners]) l();
  }
}

function seedOf(scenario: Scenario | null | undefined): number {
  return (scenario && uncertaintyOf(scenario)?.seed) ?? 1;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
