/**
 * The sensitivity view (simulation.md §10) as a `LaneService`: every lever moved down and up is two
 * full simulations, so a large model's tornado is computed in a Web Worker and never freezes the page.
 */
import type { Scenario } from '../model';
import { type Sensitivity, sensitivity } from '../sim';
import { SensitivityClient } from './client';
import { LaneService, type LaneView } from './laneService';
import type { SensitivityRequest, SensitivityResponse } from './protocol';
import { defaultWorkerFactory, type WorkerFactory } from './workerLane';

export interface SensitivityArgs {
  scenario: Scenario;
  quarter: number;
}
export type SensitivityView = LaneView<Sensitivity>;

/**
 * @example
 * const service = new SensitivityService();
 * service.view(doc, { scenario: aiNative, quarter: 3 }).answer?.levers[0].lever // 'adoption'
 */
export class SensitivityService extends LaneService<SensitivityClient, SensitivityArgs, Sensitivity, SensitivityRequest, SensitivityResponse> {
  constructor(createWorker: WorkerFactory<SensitivityRequest, SensitivityResponse> = defaultWorkerFactory) {
    super(SensitivityClient, createWorker, {
      key: ({ scenario, quarter }) => `${quarter}|${JSON.stringify(scenario)}`,
      computeHere: (doc, { scenario, quarter }) => sensitivity(doc, scenario, quarter),
      ask: (client, doc, { scenario, quarter }) => client.request(doc, scenario, quarter),
    });
  }
}
