// The sampling pool (simulation.md §11 in the app): the same figures whatever the number of workers and
// whatever order chunks come back in; an edit's new job drops the old job's chunks; no workers → here.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { presetUncertainty } from '../../../src/model/presets';
import type { FivefoldDocument, Scenario } from '../../../src/model';
import { ChunkRunner } from '../../../src/simulation/ranges/chunks';
import { gatherReceived } from '../../../src/simulation/ranges/gather';
import { SamplingPool, type JobProgress } from '../../../src/simulation/ranges/pool';
import type { ChunkRequest, ChunkResponse, SamplingWorker } from '../../../src/simulation/ranges/protocol';
import { sampleRanges } from '../../../src/sim/sampling';
import { ott, scenarioOf } from '../sim/ott';

/** A worker in this process that answers after a delay chosen per message, so chunks come back out of order. */
class FakeWorker implements SamplingWorker {
  onmessage: ((event: { data: ChunkResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  readonly runner = new ChunkRunner();
  posted: ChunkRequest[] = [];
  constructor(private readonly delay: () => number) {}
  postMessage(message: ChunkRequest): void {
    this.posted.push(message);
    const data = this.runner.run(structuredClone(message));
    setTimeout(() => this.onmessage?.({ data }), this.delay());
  }
  terminate(): void {}
}

function runPool(pool: SamplingPool, doc: FivefoldDocument, scenario: Scenario, samples: number): Promise<JobProgress> {
  return new Promise((resolve, reject) => {
    pool.run(doc, scenario, { ...presetUncertainty(), samples }, (p) => {
      if (p.error) reject(new Error(p.error));
      else if (p.done === p.total) resolve(p);
    });
  });
}

describe('SamplingPool', () => {
  const doc = ott();
  const aiNative = scenarioOf(doc, 'ai-native');

  it('gives the single-thread figures with 1, 2, 3 and 8 workers, chunks arriving in any order', async () => {
    const expected = sampleRanges(doc, aiNative, { ...presetUncertainty(), samples: 200 });
    let tick = 0;
    for (const size of [1, 2, 3, 8]) {
      const workers: FakeWorker[] = [];
      const pool = new SamplingPool(size, () => {
        const w = new FakeWorker(() => (tick++ * 7) % 5);
        workers.push(w);
        return w;
      });
      expect(pool.workers).toBe(size);
      const done = await runPool(pool, doc, aiNative, 200);
      expect(gatherReceived(done, 1).summaries).toEqual(expected);
      if (size > 1) expect(workers.filter((w) => w.posted.length > 0).length).toBeGreaterThan(1);
      // Each worker gets the document once, then only chunk bounds.
      for (const w of workers) expect(w.posted.filter((m) => m.json).length).toBeLessThanOrEqual(1);
    }
  });

  it('after an edit each worker is sent the records that changed, and samples the edited model', async () => {
    const workers: FakeWorker[] = [];
    const pool = new SamplingPool(2, () => {
      const w = new FakeWorker(() => 1);
      workers.push(w);
      return w;
    });
    await runPool(pool, doc, aiNative, 40);
    const edited = produce(doc, (d) => {
      d.teams[1].headcount += 9;
    });
    for (const w of workers) w.posted.length = 0;
    const done = await runPool(pool, edited, aiNative, 40);
    expect(gatherReceived(done, 1).summaries).toEqual(sampleRanges(edited, aiNative, { ...presetUncertainty(), samples: 40 }));
    for (const w of workers.filter((x) => x.posted.length)) {
      const [first, ...rest] = w.posted;
      expect(first.json).toBeUndefined();
      expect(first.delta?.lists).toEqual([['teams', doc.teams.length, [[1, edited.teams[1]]]]]);
      expect(rest.every((m) => !m.json && !m.delta)).toBe(true);
    }
  });

  it('a new job drops the chunks of the one it replaces', async () => {
    const pool = new SamplingPool(2, () => new FakeWorker(() => 1));
    const heard: number[] = [];
    pool.run(doc, aiNative, { ...presetUncertainty(), samples: 400 }, (p) => heard.push(p.total));
    const cautious = scenarioOf(doc, 'cautious');
    const done = await runPool(pool, doc, cautious, 100);
    expect(heard.every((t) => t === 400)).toBe(true);
    expect(gatherReceived(done, 1).summaries).toEqual(sampleRanges(doc, cautious, { ...presetUncertainty(), samples: 100 }));
  });

  it('without workers it samples on the main thread in slices, with the same figures', async () => {
    const pool = new SamplingPool(4, () => null);
    expect(pool.workers).toBe(0);
    const done = await runPool(pool, doc, aiNative, 60);
    expect(gatherReceived(done, 1).summaries).toEqual(sampleRanges(doc, aiNative, { ...presetUncertainty(), samples: 60 }));
  });

  it('a worker that breaks hands its samples to the others', async () => {
    let made = 0;
    const pool = new SamplingPool(2, () => {
      const w = new FakeWorker(() => 0);
      if (made++ === 0) w.postMessage = () => setTimeout(() => w.onerror?.({ message: 'boom' }), 0);
      return w;
    });
    const done = await runPool(pool, doc, aiNative, 50);
    expect(pool.workers).toBe(1);
    expect(gatherReceived(done, 1).summaries).toEqual(sampleRanges(doc, aiNative, { ...presetUncertainty(), samples: 50 }));
  });
});
