/** Messages between the page and a sampling worker (simulation.md §11). Plain data only. */
import type { FivefoldDocument, Scenario } from '../../model';
import type { Uncertainty } from '../../sim/ranges';

/** Samples [start, end) of one sampling job. */
export interface ChunkRequest {
  job: number;
  /** Which document; the document itself comes only when the worker does not hold it yet. */
  docKey: number;
  doc?: FivefoldDocument;
  scenario: Scenario;
  uncertainty: Uncertainty;
  start: number;
  end: number;
}

export type ChunkResponse =
  | { job: number; start: number; end: number; ok: true; rows: Float64Array; ms: number }
  | { job: number; start: number; end: number; ok: false; error: string };

/** The part of `Worker` the pool uses, so tests can pass an in-process fake. */
export interface SamplingWorker {
  postMessage(message: ChunkRequest): void;
  onmessage: ((event: { data: ChunkResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
