/** Messages between the page and the simulation worker. Plain data only (structured clone). */
import type { Scenario } from '../model';
import type { Result, Sensitivity } from '../sim';
import type { CompareSide } from '../sim/compare';
import type { SimulationAnswer } from './compute';
import type { DocPart } from './docSync';

/**
 * What every request carries: its revision and which document it is about (`docKey`); the document
 * itself, or what changed since the one the worker holds, only when it changed since the last request.
 */
export interface RequestEnvelope extends DocPart {
  /** Revision of this request: answers to older ones are dropped. */
  id: number;
}

/** The editor's view: a scenario at a quarter, with its projection and baseline. */
export interface SimRequest extends RequestEnvelope {
  scenario: Scenario | null;
  quarter: number;
  /** The team whose explanation the page shows (only its trace comes back), or null. */
  explainTeam: string | null;
}

/** The compare view: two results, each a scenario at a quarter or the baseline. */
export interface PairRequest extends RequestEnvelope {
  sides: [CompareSide, CompareSide];
}

/** The two results of a pair request, A then B. */
export type PairAnswer = [Result, Result];

/** The sensitivity view (simulation.md §10): every lever moved down and up, for a scenario at a quarter. */
export interface SensitivityRequest extends RequestEnvelope {
  sensitivity: { scenario: Scenario; quarter: number };
}

export type WorkerResponse<Answer> = { id: number; ok: true; answer: Answer } | { id: number; ok: false; error: string };

export type SimResponse = WorkerResponse<SimulationAnswer>;
export type PairResponse = WorkerResponse<PairAnswer>;
export type SensitivityResponse = WorkerResponse<Sensitivity>;

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike<Request = SimRequest, Response = SimResponse> {
  postMessage(message: Request): void;
  onmessage: ((event: { data: Response }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
