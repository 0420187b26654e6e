/**
 * The record of one simulation run, apart from the engine that makes it and the trace that reads
 * it, so that neither imports the other.
 */
import type { Scenario } from '../model/schema';
import type { Model } from './canonical';
import type { Flow } from './leadTime';
import type { Stage } from './stage';
import type { GroupFigures } from './staffing';
import type { SearchKind } from './types';

/** Everything one simulation decided, kept for the Result and the trace. */
export interface Run {
  m: Model;
  st: Stage;
  sc: Scenario;
  isBaseline: boolean;
  search: SearchKind;
  /** Stand-alone need and absorbability per team (all false at baseline). */
  x: number[];
  absorbable: boolean[];
  groupOf: Int32Array;
  figures: Map<number, GroupFigures>;
  flow: Flow;
  evaluated: number;
}
