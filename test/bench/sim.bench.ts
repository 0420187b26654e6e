// Engine speed (testing.md: figures only, never asserted): the OTT example, the exhaustive search's worst
// case, and a large organisation through the greedy pass.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText, parseValue, type FivefoldDocument, type Scenario } from '../../src/model';
import { simulate } from '../../src/sim';
import { canonical } from '../../src/sim/canonical';
import { greedySearch } from '../../src/sim/greedy';
import { isAbsorbable } from '../../src/sim/grouping';
import { FlowEvaluator } from '../../src/sim/leadTime';
import { stage } from '../../src/sim/stage';
import { standAloneNeed, type StaffingContext } from '../../src/sim/staffing';
import { largeOrganisation, prng } from '../../scripts/lib/generatedOrg';
import { median } from '../../scripts/lib/stats';
import { referenceGreedySearch } from '../unit/sim/greedyReference';
import { medianMs, type BenchRow } from './util';

const here = dirname(fileURLToPath(import.meta.url));

function loadOtt(): FivefoldDocument {
  const parsed = parseText(readFileSync(join(here, '../../examples/ott-churn.fivefold.json'), 'utf8'));
  if (!parsed.ok) throw new Error('examples/ott-churn.fivefold.json must be valid');
  return parsed.doc;
}

const FRONTIER = { routine: 0.95, create: 0.9, decide: 0.7, assure: 0.4, coordinate: 0.8 };
export const scenario = (patch: Partial<Scenario> = {}): Scenario => ({
  id: 'bench',
  name: 'Bench',
  adoption: [0.95],
  potential: { ...FRONTIER },
  cap: { ...FRONTIER },
  capGrowth: 0,
  sigmaFirst: 0.05,
  sigmaControl: 0.1,
  minHumans: 1,
  controlNoShrink: true,
  absorbThreshold: 0.75,
  maxDomains: 3,
  roundingSlack: 0.1,
  aiCostRatio: 0.1,
  ...patch,
});

function docOf(teams: unknown[], handoffs: unknown[]): FivefoldDocument {
  const parsed = parseValue({
    format: 'fivefold',
    version: 1,
    title: 'Bench',
    initiative: { problem: '', metric: 'm', baseline: 1, target: 0, windowDays: 65, measurementLagDays: 20 },
    teams,
    handoffs,
    scenarios: [scenario()],
  });
  if (!parsed.ok) throw new Error(`bench document invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.doc;
}

const team = (id: string, layer: string, headcount: number, rand: () => number) => ({
  id,
  name: id,
  layer,
  headcount,
  costPerFte: 100_000 + Math.round(rand() * 100_000),
  processDays: 1 + Math.round(rand() * 4),
  mix: { routine: 0.4, create: 0.3, decide: 0.2, assure: 0.1 },
});
const work = (id: string, from: string, to: string, rand: () => number) => ({
  id,
  from,
  to,
  artifact: '',
  waitDays: 1 + Math.round(rand() * 9),
  ca: 0.85 + rand() * 0.1,
  kind: 'work',
});

/**
 * 12 one-person non-Control teams (all far below the absorb threshold at this adoption) plus one Control
 * team, in four stages of three with every team handing work to every team of the next stage: many
 * connected blocks, many ways to tie on headcount.
 */
function exhaustiveWorstCase(): FivefoldDocument {
  const rand = prng(12);
  const layers = ['product', 'build', 'build', 'execution'];
  const ids = layers.flatMap((_, s) => [0, 1, 2].map((k) => `s${s}t${k}`));
  const teams = [...ids.map((id) => team(id, layers[Number(id[1])], 1, rand)), team('ctrl', 'control', 1, rand)];
  const handoffs: unknown[] = [];
  for (let s = 0; s < 3; s++)
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) handoffs.push(work(`h${s}${a}${b}`, `s${s}t${a}`, `s${s + 1}t${b}`, rand));
  for (let k = 0; k < 3; k++) handoffs.push(work(`hc${k}`, `s3t${k}`, 'ctrl', rand));
  return docOf(teams, handoffs);
}

/** The same twelve teams with every earlier team handing work to every later one (66 handoffs). */
function exhaustiveComplete(): FivefoldDocument {
  const rand = prng(13);
  const ids = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}`);
  const teams = [...ids.map((id, i) => team(id, i < 4 ? 'product' : i < 8 ? 'build' : 'execution', 1, rand)), team('ctrl', 'control', 1, rand)];
  const handoffs: unknown[] = [];
  for (let a = 0; a < 12; a++) for (let b = a + 1; b < 12; b++) handoffs.push(work(`h${ids[a]}${ids[b]}`, ids[a], ids[b], rand));
  handoffs.push(work('hctrl', ids[11], 'ctrl', rand));
  return docOf(teams, handoffs);
}

/**
 * The greedy pass alone on the large organisation, against the frozen copy of the pass before its
 * incremental rewrite. Runs alternate between the two so that both see the same machine load, and are
 * timed in CPU time of this process, which other processes on a busy machine disturb far less than
 * wall time.
 */
function greedyAgainstReference(doc: FivefoldDocument, sc: Scenario): { current: number; reference: number } {
  const m = canonical(doc);
  const st = stage(m, sc, 0);
  const ctx: StaffingContext = { m, st, sc };
  const absorbable = m.ids.map((_, i) => isAbsorbable(m, i, standAloneNeed(ctx, i).x, sc.absorbThreshold));
  const current = () => greedySearch(ctx, absorbable, new FlowEvaluator(m, st.work));
  const reference = () => referenceGreedySearch(ctx, absorbable);
  if (current().groupOf.join() !== reference().groupOf.join()) throw new Error('the greedy pass and its reference copy disagree on the bench organisation');
  const times = { current: [] as number[], reference: [] as number[] };
  for (let k = 0; k < 15; k++) {
    for (const [name, fn] of [['current', current], ['reference', reference]] as const) {
      const before = process.cpuUsage();
      fn();
      const used = process.cpuUsage(before);
      if (k >= 3) times[name].push((used.user + used.system) / 1000);
    }
  }
  return { current: median(times.current), reference: median(times.reference) };
}

/** Median CPU time of this process per call, in ms (see greedyAgainstReference for why CPU time). */
function cpuMedianMs(fn: () => unknown, runs: number, warmup: number): number {
  for (let k = 0; k < warmup; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

export default async function bench(): Promise<BenchRow[]> {
  const ott = loadOtt();
  const aiNative = ott.scenarios.find((s) => s.id === 'ai-native')!;
  const worst = exhaustiveWorstCase();
  const complete = exhaustiveComplete();
  const large = largeOrganisation([scenario()], 'Bench');
  const sc = scenario();
  const pass = greedyAgainstReference(large, sc);
  const describe = (doc: FivefoldDocument) => {
    const r = simulate(doc, sc, 0);
    return `${r.search}, ${doc.teams.length} teams → ${r.headcount} people in ${r.groups.length} groups`;
  };
  return [
    { name: 'sim: OTT example, ai-native q3', value: medianMs(() => simulate(ott, aiNative, 3), 201, 20), unit: 'ms', goal: '≤ 1 ms' },
    { name: 'sim: exhaustive worst case, 12 teams in 4 stages fully linked', value: medianMs(() => simulate(worst, sc, 0), 31, 3), unit: 'ms', goal: '≤ 100 ms', note: describe(worst) },
    { name: 'sim: exhaustive, 12 teams, every earlier → every later', value: medianMs(() => simulate(complete, sc, 0), 31, 3), unit: 'ms', goal: '≤ 100 ms', note: describe(complete) },
    { name: 'sim: greedy, 1,200 teams + 2,400 handoffs', value: medianMs(() => simulate(large, sc, 0), 9, 2), unit: 'ms', goal: '≤ 300 ms', note: describe(large) },
    { name: 'sim: greedy, 1,200 teams + 2,400 handoffs, CPU time', value: cpuMedianMs(() => simulate(large, sc, 0), 15, 3), unit: 'cpu ms', goal: '≤ 300 ms' },
    { name: 'sim: greedy pass alone, 1,200 teams', value: pass.current, unit: 'cpu ms', note: 'runs alternate with the next row' },
    { name: 'sim: greedy pass alone, old pass (frozen reference copy)', value: pass.reference, unit: 'cpu ms' },
    { name: 'sim: greedy pass, old ÷ new (same run)', value: pass.reference / pass.current, unit: '×' },
  ];
}
