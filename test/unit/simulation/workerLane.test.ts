import { describe, expect, it } from 'vitest';
import { SimClient } from '../../../src/simulation/client';
import type { SimulationAnswer } from '../../../src/simulation/compute';
import { WorkerLane, type WorkerFactory } from '../../../src/simulation/workerLane';
import { chain } from './given';
import { FakeWorker } from './fakeWorker';

/** A lane over FakeWorkers, recording what it tells its service. */
function givenLane(create: WorkerFactory = () => new FakeWorker()) {
  const workers: FakeWorker[] = [];
  const told: string[] = [];
  let starts = 0;
  const counted: WorkerFactory = () => {
    starts++;
    const worker = create();
    if (worker) workers.push(worker as FakeWorker);
    return worker;
  };
  const lane = new WorkerLane<SimClient, SimulationAnswer>(SimClient, counted, {
    answer: () => told.push('answer'),
    fallBack: () => told.push('fallBack'),
  });
  return { lane, workers, told, starts: () => starts };
}

const doc = chain();
const ask = (quarter: number) => (client: SimClient) => client.request(doc, doc.scenarios[0], quarter);

describe('WorkerLane', () => {
  it('starts one worker on first need and passes on the answer to the newest request', () => {
    const { lane, workers, told } = givenLane();
    expect(lane.send(ask(1))).toBe(true);
    expect(lane.send(ask(2))).toBe(true);
    expect(workers).toHaveLength(1);
    workers[0].answerNext(); // quarter 1: stale, the queued quarter 2 goes out
    expect(told).toEqual([]);
    workers[0].answerNext();
    expect(told).toEqual(['answer']);
  });

  it('drops an answer that arrives after the view was computed here', () => {
    const { lane, workers, told } = givenLane();
    lane.send(ask(1));
    lane.computedHere();
    workers[0].answerNext();
    expect(told).toEqual([]);
  });

  it('after a worker crash, falls back once and never starts another worker', () => {
    const { lane, workers, told, starts } = givenLane();
    lane.send(ask(1));
    workers[0].crash('blocked');
    expect(told).toEqual(['fallBack']);
    expect(lane.send(ask(2))).toBe(false);
    expect(starts()).toBe(1);
  });

  it('keeps its worker after one failed request (the worker itself still runs)', () => {
    const { lane, workers, told } = givenLane();
    lane.send(ask(1));
    workers[0].received[0].json = undefined; // the worker answers "no document"
    workers[0].answerNext();
    expect(told).toEqual(['fallBack']);
    expect(lane.send(ask(2))).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('where no worker can be made (none, or the page blocks it), asks only once', () => {
    for (const create of [() => null, () => { throw new Error('blocked by policy'); }]) {
      const { lane, starts } = givenLane(create);
      expect(lane.send(ask(1))).toBe(false);
      expect(lane.send(ask(2))).toBe(false);
      expect(starts()).toBe(1);
    }
  });

  it('terminates its worker on dispose', () => {
    const { lane, workers } = givenLane();
    lane.send(ask(1));
    lane.dispose();
    expect(workers[0].terminated).toBe(true);
  });
});
