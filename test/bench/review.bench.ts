// The reviewer's desk on the 1,200-team generated model (figures only, never asserted), as medians:
// - lint without the rule that simulates scenarios (single-point-of-failure), the issue's ≤ 50 ms goal,
//   beside the engine's baseline() of the same model in the same run for scale, and its first call;
// - lint with all nine rules (three scenarios simulated), for scale;
// - the semantic diff of two versions, structural (the ≤ 100 ms goal) and with the outcomes, which
//   simulate each scenario's last quarter on both sides.
// The documents are frozen as the editor's store keeps them (immer); the edited version is made from
// its own copy, so that making it does not freeze part of the other.
import { freeze, produce } from 'immer';
import { presetScenarios, type FivefoldDocument } from '../../src/model';
import { baseline } from '../../src/sim';
import { lint, RULES } from '../../src/lint';
import { diffDocuments } from '../../src/review/diff';
import { largeOrganisation } from '../../scripts/lib/generatedOrg';
import { loadavg } from 'node:os';
import { interleavedMedians, medianMs, type BenchRow } from './util';

const RUNS = 21;
const WARMUP = 10;

function generated(): FivefoldDocument {
  return largeOrganisation(presetScenarios().map((s) => ({ ...s, uncertainty: undefined })));
}

/** The first call's time: what one `npm run cli -- lint` on the file pays, before the engine is warm. */
function firstMs(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export default async function review(): Promise<BenchRow[]> {
  const doc = freeze(generated(), true);
  // A second version: 60 teams resized, 30 handoffs re-timed, 12 teams removed, every team moved.
  const edited = produce(generated(), (d) => {
    d.teams.forEach((t, i) => {
      if (i % 20 === 0) t.headcount += 1;
      t.position = { x: i, y: i };
    });
    d.handoffs.forEach((h, i) => {
      if (i % 80 === 0) h.waitDays += 2;
    });
    const gone = new Set(d.teams.filter((_, i) => i % 100 === 7).map((t) => t.id));
    d.teams = d.teams.filter((t) => !gone.has(t.id));
    d.handoffs = d.handoffs.filter((h) => !gone.has(h.from) && !gone.has(h.to));
  });
  const structural = () => lint(doc, { simulation: false });
  const structuralDiff = () => diffDocuments(doc, edited, { outcomes: false });
  const cold = firstMs(structural);
  const [lintMs, diffMs, engine] = interleavedMedians([structural, structuralDiff, () => baseline(doc)], RUNS, WARMUP);
  const all = medianMs(() => lint(doc), 3, 1);
  const diffWithOutcomes = medianMs(() => diffDocuments(doc, edited), 3, 1);
  const simulating = RULES.filter((r) => r.simulates).map((r) => r.id).join(', ');
  const about = `median of ${RUNS} after ${WARMUP} warm-up, load average ${loadavg()[0].toFixed(1)}`;
  const size = `${doc.teams.length.toLocaleString('en-US')} teams, ${doc.handoffs.length.toLocaleString('en-US')} handoffs`;
  return [
    {
      name: `lint, 1,200 teams, ${RULES.length - 1} rules (not ${simulating}), median`,
      value: lintMs.wall,
      unit: 'ms',
      goal: '≤ 50 ms',
      note: `${size}; CPU ${lintMs.cpu.toFixed(1)} ms; ${(lintMs.wall / engine.wall).toFixed(2)}× the engine's baseline() (${engine.wall.toFixed(1)} ms, CPU ${engine.cpu.toFixed(1)} ms) in turns with it; first call ${cold.toFixed(0)} ms; ${about}`,
    },
    { name: `lint, 1,200 teams, all ${RULES.length} rules (simulates 3 scenarios), median`, value: all, unit: 'ms', note: 'median of 3; the editor runs it in a worker' },
    {
      name: 'diff of two 1,200-team versions, structural, median',
      value: diffMs.wall,
      unit: 'ms',
      goal: '≤ 100 ms',
      note: `60 teams resized, 30 handoffs re-timed, 12 teams removed, all moved; CPU ${diffMs.cpu.toFixed(1)} ms; ${(diffMs.wall / engine.wall).toFixed(2)}× baseline(); ${about}`,
    },
    { name: 'diff of two 1,200-team versions, with outcomes (8 simulations), median', value: diffWithOutcomes, unit: 'ms', note: 'median of 3; each scenario’s last quarter on both sides' },
  ];
}
