/** Messages between the page and a sampling worker (simulation.md §11). Plain data only. */
import type { Scenario } from '../../model';
import type { Uncertainty } from '../../sim/ranges';
import type { DocDelta } from '../docSync';

/** Samples [start, end) of one sampling job. */
export interface ChunkRequest {
  job: number;
  /**
   * Which model; the model itself (the document's teams, handoffs, assumptions and initiative) comes
   * only when the worker does not hold it yet, so moving a lever never sends the organisation again;
   * after an edit, only what changed since the model the worker holds (`delta`, see docSync.ts).
   */
  docKey: number;
  json?: string;
  delta?: DocDelta;
  scenario: Scenario;
  uncertainty: Uncertainty;
  start: number;
  end: number;
}

export type ChunkResponse =
  | {
      job: number;
      start: number;
      end: number;
      ok: true;
      /** The stretch's rows in sample order, and the same figures as sorted columns (see `sortColumns`). */
      rows: Float64Array;
      sorted: Float64Array;
      /** Each sample's drawn levers, plan order (for the ranking of levers over the samples). */
      values: Float64Array;
      ms: number;
    }
  | { job: number; start: number; end: number; ok: false; error: string };

/** The part of `Worker` the pool uses, so tests can pass an in-process fake. */
export interface SamplingWorker {
  postMessage(message: ChunkRequest, transfer?: Transferable[]): void;
  onmessage: ((event: { data: ChunkResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
