// The ranges service: a scenario without ranges gives no ranges and costs nothing (no pool, no worker);
// one with ranges streams percentiles that end equal to the single-thread figures; an edit restarts.
import { describe, expect, it } from 'vitest';
import { createStores } from '../../../src/store/context';
import { RangesService, type RangesView } from '../../../src/simulation/ranges/service';
import { SamplingPool } from '../../../src/simulation/ranges/pool';
import { sampleRanges } from '../../../src/sim/sampling';
import { ott, scenarioOf } from '../sim/ott';

const withoutRanges = () => {
  const doc = ott();
  return { ...doc, scenarios: doc.scenarios.map(({ uncertainty: _u, ...s }) => s) };
};

function until(service: RangesService, done: (v: RangesView) => boolean): Promise<RangesView> {
  return new Promise((resolve) => {
    const check = () => done(service.getSnapshot()) && (off(), resolve(service.getSnapshot()));
    const off = service.subscribe(check);
    check();
  });
}

describe('RangesService', () => {
  it('a scenario without ranges: state "none", no summaries, and no pool is ever made', () => {
    const stores = createStores(withoutRanges());
    let pools = 0;
    const service = new RangesService(stores, async () => (pools++, new SamplingPool(1, () => null)));
    const off = service.subscribe(() => {});
    expect(service.getSnapshot()).toMatchObject({ state: 'none', summaries: null, rows: null });
    stores.ui.getState().setScenario('cautious');
    expect(service.getSnapshot().state).toBe('none');
    off();
    expect(pools).toBe(0);
  });

  it('with the example’s ranges: samples to the end and gives the single-thread percentiles; an edit starts again', async () => {
    const doc = ott();
    const stores = createStores(doc);
    const service = new RangesService(stores, async () => new SamplingPool(2, () => null));
    const off = service.subscribe(() => {});
    expect(service.getSnapshot()).toMatchObject({ state: 'sampling', scenarioId: 'ai-native', total: 1000 });
    const done = await until(service, (v) => v.state === 'done');
    expect(done.summaries).toEqual(sampleRanges(doc, scenarioOf(doc, 'ai-native'), scenarioOf(doc, 'ai-native').uncertainty!));
    expect(done.summaries![3].headcount).toMatchObject({ p10: 7, p50: 9, p90: 10 });

    stores.document.getState().commit('narrower', (d) => {
      d.scenarios[2].uncertainty!.samples = 100;
    });
    expect(service.getSnapshot()).toMatchObject({ state: 'sampling', total: 100, summaries: null });
    const again = await until(service, (v) => v.state === 'done');
    expect(again.done).toBe(100);
    off();
  });
});
