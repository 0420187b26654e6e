/** Messages between the page and the simulation worker. Plain data only (structured clone). */
import type { FivefoldDocument, Scenario } from '../model';
import type { SimulationAnswer } from './compute';

export interface SimRequest {
  /** Revision of this request: answers to older ones are dropped. */
  id: number;
  /** Which document version; the document itself is sent only when it changed since the last request. */
  docKey: number;
  doc?: FivefoldDocument;
  scenario: Scenario | null;
  quarter: number;
  /** The team whose explanation the page shows (only its trace comes back), or null. */
  explainTeam: string | null;
}

export type SimResponse = { id: number; ok: true; answer: SimulationAnswer } | { id: number; ok: false; error: string };

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: SimRequest): void;
  onmessage: ((event: { data: SimResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
