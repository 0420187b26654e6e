// Uncertainty sampling (simulation.md §11) on one thread: the hoisted sampler against the plain way (a
// whole `project` per sample, canonical form and graph facts rebuilt every time), alternating in the same
// run so both see the same machine load. The browser figures (workers on every core) come from
// scripts/ranges-browser.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText, type FivefoldDocument } from '../../src/model';
import { presetUncertainty } from '../../src/model/presets';
import { project } from '../../src/sim';
import { drawPlan, worldOf } from '../../src/sim/ranges';
import { Sampler } from '../../src/sim/sampling';
import { median } from '../../scripts/lib/stats';
import type { BenchRow } from './util';

const here = dirname(fileURLToPath(import.meta.url));

function loadOtt(): FivefoldDocument {
  const parsed = parseText(readFileSync(join(here, '../../examples/ott-churn.fivefold.json'), 'utf8'));
  if (!parsed.ok) throw new Error('examples/ott-churn.fivefold.json must be valid');
  return parsed.doc;
}

export default async function bench(): Promise<BenchRow[]> {
  const doc = loadOtt();
  const sc = doc.scenarios.find((s) => s.id === 'ai-native')!;
  const ranges = presetUncertainty();
  const N = 1000;
  const hoisted = () => new Sampler(doc, sc, ranges).run(0, N);
  const plain = () => {
    const plan = drawPlan(sc, ranges);
    for (let s = 0; s < N; s++) {
      const w = worldOf(sc, plan, 1, s);
      const scaled = { ...doc, handoffs: doc.handoffs.map((h) => ({ ...h, waitDays: h.waitDays * w.waitFactor })) };
      project(scaled, w.scenario);
    }
  };
  hoisted();
  plain();
  const times = { hoisted: [] as number[], plain: [] as number[] };
  for (let k = 0; k < 5; k++) {
    for (const [name, fn] of [['hoisted', hoisted], ['plain', plain]] as const) {
      const t0 = performance.now();
      fn();
      times[name].push(performance.now() - t0);
    }
  }
  const h = median(times.hoisted);
  const p = median(times.plain);
  const quarters = sc.adoption.length;
  return [
    { name: `ranges: OTT ai-native, ${N} samples × ${quarters} quarters, one thread`, value: h, unit: 'ms', goal: '≤ 1,000 ms in the browser on every core' },
    { name: 'ranges: same, a whole project() per sample (no hoisting)', value: p, unit: 'ms', note: 'alternates with the row above' },
    { name: 'ranges: plain ÷ hoisted (same run)', value: p / h, unit: '×' },
    { name: 'ranges: one sampled quarter, hoisted', value: (h / (N * quarters)) * 1000, unit: 'µs' },
  ];
}
