/**
 * Sampling on every core (simulation.md §11): one worker per core, each handed chunks of sample
 * indices as it becomes free. A chunk's figures depend only on its indices, and every chunk lands at
 * its place in one array, so the result is the same whatever the number of workers or the order
 * chunks come back in. A new job (any edit) cancels the last: chunks of an old job are dropped.
 */
import type { FivefoldDocument, Scenario } from '../../model';
import type { ModelInput } from '../../sim/canonical';
import { SAMPLED_FIGURES, SortedColumns, sortColumns } from '../../sim/columns';
import { drawPlan, type UncertainParam, type Uncertainty } from '../../sim/ranges';
import { DocSender } from '../docSync';
import { ChunkRunner } from './chunks';
import type { ChunkRequest, ChunkResponse, SamplingWorker } from './protocol';

const FIGURES = SAMPLED_FIGURES.length;
/** Each chunk aims at this much work, so a cancelled job frees its workers quickly. */
const CHUNK_MS = 40;
/** The first chunk of each worker is one sample: it measures the model's speed and brings the first percentiles soon. */
const FIRST_CHUNK = 1;

export interface JobProgress {
  /** Samples received so far, and how many the job has. */
  done: number;
  total: number;
  quarters: number;
  /** Row (s·quarters + q)·4 … holds sample s at quarter q (see SAMPLED_FIGURES); filled as chunks arrive. */
  rows: Float64Array;
  /** 1 where sample s has arrived. */
  received: Uint8Array;
  /** Every received sample's figures, sorted per quarter and figure (merged as chunks arrive). */
  columns: SortedColumns;
  /** The levers each sample drew (`params`, draw order), sample s at s·params.length. */
  params: UncertainParam[];
  values: Float64Array;
  /** Set when a chunk failed: the job stops. */
  error?: string;
}

export type WorkerFactory = () => SamplingWorker | null;

/** A module worker per core where the page has workers, or null (the pool then samples here, in short slices). */
export const defaultSamplingWorker: WorkerFactory = () =>
  typeof Worker === 'undefined' ? null : (new Worker(new URL('./ranges.worker.ts', import.meta.url), { type: 'module' }) as unknown as SamplingWorker);

interface Slot {
  worker: SamplingWorker;
  busy: boolean;
  /**
   * What this worker was sent of the model. Cloning the whole 1,200-team model for each worker at each
   * edit took a quarter of a second of the page's main thread; an edit now sends the records it changed.
   */
  sender: DocSender<ModelInput>;
}

interface Job {
  id: number;
  docKey: number;
  doc: ModelInput;
  scenario: Scenario;
  uncertainty: Uncertainty;
  next: number;
  msPerSample: number | null;
  progress: JobProgress;
  listener: (p: JobProgress) => void;
}

/**
 * @example
 * const pool = new SamplingPool(navigator.hardwareConcurrency);
 * pool.run(doc, scenario, scenario.uncertainty, (p) => show(p.done, p.total));
 */
export class SamplingPool {
  private readonly slots: Slot[] = [];
  private job: Job | null = null;
  private nextJob = 0;
  private readonly models = new ModelKeys();
  private readonly here = new ChunkRunner();
  private hereTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly size: number,
    createWorker: WorkerFactory = defaultSamplingWorker,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = safely(createWorker);
      if (!worker) break;
      const slot: Slot = { worker, busy: false, sender: new DocSender() };
      worker.onmessage = (e) => this.receive(slot, e.data);
      worker.onerror = (e) => this.broken(slot, e.message ?? 'a sampling worker failed');
      this.slots.push(slot);
    }
  }

  /** How many workers sample (0: the main thread does, in short slices). */
  get workers(): number {
    return this.slots.length;
  }

  /** Starts sampling (cancelling any job under way); `listener` hears of every chunk that arrives. */
  run(doc: FivefoldDocument, scenario: Scenario, uncertainty: Uncertainty, listener: (p: JobProgress) => void): void {
    this.cancel();
    const { key: docKey, model } = this.models.keyOf(doc);
    const total = uncertainty.samples;
    const quarters = scenario.adoption.length;
    const params = drawPlan(scenario, uncertainty).map((d) => d.param);
    this.job = {
      id: ++this.nextJob,
      docKey,
      doc: model,
      scenario,
      uncertainty,
      next: 0,
      msPerSample: null,
      listener,
      progress: {
        done: 0,
        total,
        quarters,
        rows: new Float64Array(total * quarters * FIGURES),
        received: new Uint8Array(total),
        columns: new SortedColumns(total, quarters),
        params,
        values: new Float64Array(total * params.length),
      },
    };
    if (this.slots.length) for (const slot of this.slots) this.feed(slot);
    else this.sampleHere();
  }

  /** Stops the job under way; its chunks still in flight are dropped when they come back. */
  cancel(): void {
    this.job = null;
    if (this.hereTimer !== null) clearTimeout(this.hereTimer);
    this.hereTimer = null;
  }

  dispose(): void {
    this.cancel();
    for (const s of this.slots) {
      s.worker.onmessage = null;
      s.worker.onerror = null;
      s.worker.terminate();
    }
    this.slots.length = 0;
  }

  /** The next chunk of the job: small at first, then about CHUNK_MS of work. */
  private take(job: Job): [number, number] | null {
    if (job.next >= job.progress.total) return null;
    const size = job.msPerSample === null ? FIRST_CHUNK : Math.max(1, Math.min(1000, Math.round(CHUNK_MS / Math.max(job.msPerSample, 1e-3))));
    const start = job.next;
    job.next = Math.min(job.progress.total, start + size);
    return [start, job.next];
  }

  private feed(slot: Slot): void {
    const job = this.job;
    if (!job || slot.busy) return;
    const chunk = this.take(job);
    if (!chunk) return;
    const req: ChunkRequest = { job: job.id, ...slot.sender.part(job.doc, job.docKey), scenario: job.scenario, uncertainty: job.uncertainty, start: chunk[0], end: chunk[1] };
    slot.busy = true;
    slot.worker.postMessage(req);
  }

  private receive(slot: Slot, res: ChunkResponse): void {
    slot.busy = false;
    if (!res.ok) slot.sender.forget(); // it may not hold the document: send it again
    this.land(res);
    this.feed(slot);
  }

  private land(res: ChunkResponse): void {
    const job = this.job;
    if (!job || res.job !== job.id) return; // a cancelled job's chunk
    const p = job.progress;
    if (!res.ok) {
      p.error = res.error;
      this.job = null;
      job.listener(p);
      return;
    }
    const count = res.end - res.start;
    const perSample = res.ms / Math.max(1, count);
    job.msPerSample = job.msPerSample === null ? perSample : (job.msPerSample + perSample) / 2;
    p.rows.set(res.rows, res.start * p.quarters * FIGURES);
    p.values.set(res.values, res.start * p.params.length);
    const fresh = freshSamples(p.received, res.start, res.end);
    if (fresh.length === count) p.columns.merge(res.sorted, count);
    else if (fresh.length) {
      // After a worker broke, samples may be handed out twice: merge each once (its rows are the same).
      const width = p.quarters * FIGURES;
      const rows = new Float64Array(fresh.length * width);
      fresh.forEach((s, k) => rows.set(res.rows.subarray((s - res.start) * width, (s - res.start + 1) * width), k * width));
      p.columns.merge(sortColumns(rows, fresh.length, p.quarters), fresh.length);
    }
    for (const s of fresh) p.received[s] = 1;
    p.done += fresh.length;
    if (p.done >= p.total) this.job = null;
    job.listener(p);
  }

  private broken(slot: Slot, error: string): void {
    slot.worker.onmessage = null;
    slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
    const job = this.job;
    if (!job) return;
    // Whatever that worker held is handed out again (here, if no worker is left).
    job.next = firstMissing(job.progress.received);
    if (this.slots.length) for (const s of this.slots) this.feed(s);
    else if (job.next < job.progress.total) this.sampleHere();
    else {
      job.progress.error = error;
      job.listener(job.progress);
    }
  }

  /** Without workers: one short chunk per task, so the page keeps answering. */
  private sampleHere(): void {
    const job = this.job;
    if (!job) return;
    const chunk = this.take(job);
    if (!chunk) return;
    this.hereTimer = setTimeout(() => {
      this.hereTimer = null;
      if (this.job !== job) return;
      this.land(this.here.run({ job: job.id, docKey: job.docKey, scenario: job.scenario, uncertainty: job.uncertainty, start: chunk[0], end: chunk[1] }, job.doc));
      this.sampleHere();
    }, 0);
  }
}

/**
 * A key per organisation the engine reads (teams, handoffs, assumptions, initiative): documents that
 * differ only in their scenarios, story or view share it, so a worker keeps the model it was sent and
 * the search's graph facts built on it.
 */
class ModelKeys {
  private last: { key: number; model: ModelInput } | null = null;
  private next = 0;

  keyOf(doc: FivefoldDocument): { key: number; model: ModelInput } {
    const l = this.last;
    if (l && l.model.teams === doc.teams && l.model.handoffs === doc.handoffs && l.model.assumptions === doc.assumptions && l.model.initiative === doc.initiative)
      return l;
    const { teams, handoffs, assumptions, initiative } = doc;
    this.last = { key: this.next++, model: { teams, handoffs, assumptions, initiative } };
    return this.last;
  }
}

function freshSamples(received: Uint8Array, start: number, end: number): number[] {
  const fresh: number[] = [];
  for (let s = start; s < end; s++) if (!received[s]) fresh.push(s);
  return fresh;
}

function firstMissing(received: Uint8Array): number {
  const i = received.indexOf(0);
  return i < 0 ? received.length : i;
}

function safely(create: WorkerFactory): SamplingWorker | null {
  try {
    return create();
  } catch {
    return null;
  }
}
