// Uncertainty sampling (simulation.md §11) on one thread: the hoisted sampler against the plain way (a
// whole `project` per sample, canonical form and graph facts rebuilt every time), and one partial
// read-out of 10,000 samples on the page's main thread: the sorted columns merged as chunks arrive
// against sorting every received sample again (what the page did before). Interleaved in the same run,
// wall-clock and CPU medians, with the load average. The browser figures (workers on every core) come
// from scripts/ranges-browser.ts and test/bench/rangesBrowser.bench.ts.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText, type FivefoldDocument } from '../../src/model';
import { presetUncertainty } from '../../src/model/presets';
import { project } from '../../src/sim';
import { columnMeans, SortedColumns, sortColumns } from '../../src/sim/columns';
import { drawPlan, worldOf } from '../../src/sim/ranges';
import { Sampler, summarise } from '../../src/sim/sampling';
import { interleavedMedians, type BenchRow } from './util';

const here = dirname(fileURLToPath(import.meta.url));

function loadOtt(): FivefoldDocument {
  const parsed = parseText(readFileSync(join(here, '../../examples/ott-churn.fivefold.json'), 'utf8'));
  if (!parsed.ok) throw new Error('examples/ott-churn.fivefold.json must be valid');
  return parsed.doc;
}

export default async function bench(): Promise<BenchRow[]> {
  const load = loadavg()[0];
  const doc = loadOtt();
  const sc = doc.scenarios.find((s) => s.id === 'ai-native')!;
  const ranges = presetUncertainty();
  const N = 1000;
  const quarters = sc.adoption.length;
  const hoisted = () => new Sampler(doc, sc, ranges).run(0, N);
  const plain = () => {
    const plan = drawPlan(sc, ranges);
    for (let s = 0; s < N; s++) {
      const w = worldOf(sc, plan, 1, s);
      const scaled = { ...doc, handoffs: doc.handoffs.map((h) => ({ ...h, waitDays: h.waitDays * w.waitFactor })) };
      project(scaled, w.scenario);
    }
  };
  const [h, p] = interleavedMedians([hoisted, plain], 5, 2);

  // A partial read-out at 10,000 samples, 40 chunks of 250 arriving: merge each, then read the percentiles.
  const big = 10_000;
  const rows = new Sampler(doc, sc, { ...ranges, samples: big }).run(0, big);
  const chunk = 250;
  const sortedChunks = Array.from({ length: big / chunk }, (_, k) => sortColumns(rows.subarray(k * chunk * quarters * 4, (k + 1) * chunk * quarters * 4), chunk, quarters));
  const merged = () => {
    const columns = new SortedColumns(big, quarters);
    for (const c of sortedChunks) columns.merge(c, chunk);
    return columns.summaries(columnMeans(rows, big, quarters), 1);
  };
  const ready = SortedColumns.of(rows, big, quarters);
  const oneReadOut = () => ready.summaries(columnMeans(rows, big, quarters), 1);
  const resorted = () => summarise(Float64Array.from(rows), big, quarters, 1);
  const [m, r, all] = interleavedMedians([merged, oneReadOut, resorted], 7, 2);
  const note = `load average ${load.toFixed(1)}, CPU medians`;
  return [
    { name: `ranges: OTT ai-native, ${N} samples × ${quarters} quarters, one thread`, value: h.cpu, unit: 'ms', goal: '≤ 1,000 ms in the browser on every core', note: `${note}; wall ${h.wall.toFixed(0)} ms` },
    { name: 'ranges: same, a whole project() per sample (no hoisting)', value: p.cpu, unit: 'ms', note: `wall ${p.wall.toFixed(0)} ms, interleaved with the row above` },
    { name: 'ranges: plain ÷ hoisted (same run, CPU)', value: p.cpu / h.cpu, unit: '×' },
    { name: 'ranges: one sampled quarter, hoisted', value: (h.cpu / (N * quarters)) * 1000, unit: 'µs' },
    { name: 'ranges read-out, 10,000 samples: all 40 chunk merges + percentiles', value: m.cpu, unit: 'ms', note: 'the page, spread over the job' },
    { name: 'ranges read-out, 10,000 samples: one partial read-out (percentiles + means)', value: r.cpu, unit: 'ms', note: 'sorted columns already merged' },
    { name: 'ranges read-out, 10,000 samples: re-sorting every sample (before)', value: all.cpu, unit: 'ms', note: 'what each partial read-out cost before' },
  ];
}
