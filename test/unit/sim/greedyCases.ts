// Seeded large documents for the greedy pass's regression test and bench: 15 to 200 non-Control teams,
// integer waits and process days (so lead times tie), parallel and feedback handoffs, ids of uneven
// length (so signatures compare on prefixes). Every document goes through parseValue.
import { parseValue, type FivefoldDocument, type Scenario } from '../../../src/model';

export interface GreedyCase {
  name: string;
  doc: FivefoldDocument;
  scenario: Scenario;
}

/** A small deterministic generator: the same seed gives the same document on every machine. */
export function prng(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-';

function uniqueIds(count: number, rand: () => number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) {
    const length = 1 + Math.floor(rand() * 4);
    let id = ID_CHARS[Math.floor(rand() * 26)];
    for (let k = 1; k < length; k++) id += ID_CHARS[Math.floor(rand() * ID_CHARS.length)];
    ids.add(id);
  }
  return [...ids];
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

function scenarioOf(rand: () => number): Scenario {
  const level = () => 0.5 + rand() * 0.5;
  const potential = { routine: level(), create: level(), decide: rand(), assure: rand() * 0.6, coordinate: level() };
  const cap = Object.fromEntries(Object.entries(potential).map(([k, p]) => [k, p + (1 - p) * rand()])) as Scenario['potential'];
  return {
    id: 'regression',
    name: 'Regression',
    adoption: [0.3 + rand() * 0.3, 0.6 + rand() * 0.3, 0.9 + rand() * 0.1, 1],
    potential,
    cap,
    capGrowth: pick(rand, [0, 0, 0.1]),
    sigmaFirst: rand() * 0.2,
    sigmaControl: rand() * 0.2,
    minHumans: pick(rand, [1, 1, 1, 2]),
    controlNoShrink: rand() < 0.7,
    absorbThreshold: pick(rand, [0.5, 0.75, 0.75, 0.9, 1.2]),
    maxDomains: pick(rand, [2, 3, 3, 3, 4, 5]),
    roundingSlack: pick(rand, [0, 0.1, 0.1, 0.3]),
    aiCostRatio: 0.1,
  };
}

/**
 * One generated organisation: `movable` non-Control teams plus up to three Control teams, work handoffs
 * going forward in a random flow order (mostly to a near team), a fifth of the handoffs feedback.
 */
export function greedyCase(seed: number, movable: number): GreedyCase {
  const rand = prng(seed);
  const control = pick(rand, [0, 1, 1, 2, 3]);
  const count = movable + control;
  const ids = uniqueIds(count, rand);
  const lean = rand() < 0.7;
  const integerTimes = rand() < 0.6;
  const teams = ids.map((id, i) => {
    const layer = i >= movable ? 'control' : rand() < 0.1 ? 'strategy' : pick(rand, ['product', 'build', 'build', 'execution']);
    const headcount = lean && rand() < 0.85 ? 1 : 1 + Math.floor(rand() * (rand() < 0.8 ? 3 : 12));
    const mix = [rand() + 0.1, rand(), rand(), rand()];
    const sum = mix.reduce((a, b) => a + b, 0);
    return {
      id,
      name: id,
      layer,
      headcount,
      costPerFte: 100_000,
      processDays: integerTimes ? Math.floor(rand() * 6) : rand() * 5,
      mix: { routine: mix[0] / sum, create: mix[1] / sum, decide: mix[2] / sum, assure: 1 - (mix[0] + mix[1] + mix[2]) / sum },
      ...(rand() < 0.1 ? { minAccountable: 1 } : {}),
    };
  });
  // Flow order: work handoffs go from earlier to later positions, so they never form a cycle.
  const order = ids.map((id) => ({ id, r: rand() })).sort((a, b) => a.r - b.r).map((x) => x.id);
  const edges = Math.round(count * (1.1 + rand() * 1.2));
  const handoffs = Array.from({ length: edges }, (_, k) => {
    const a = Math.floor(rand() * (count - 1));
    const span = rand() < 0.8 ? 1 + Math.floor(rand() * 6) : 1 + Math.floor(rand() * (count - 1 - a));
    const b = Math.min(count - 1, a + span);
    const feedback = rand() < 0.2;
    const [from, to] = feedback && rand() < 0.5 ? [order[b], order[a]] : [order[a], order[b]];
    return {
      id: `h${k.toString(36)}`,
      from,
      to,
      artifact: '',
      waitDays: integerTimes ? Math.floor(rand() * 8) : rand() * 8,
      ca: rand() < 0.3 ? 1 : pick(rand, [0.9, 0.8, 0.5 + rand() * 0.5]),
      kind: feedback ? 'feedback' : 'work',
    };
  });
  const scenario = scenarioOf(rand);
  const parsed = parseValue({
    format: 'fivefold',
    version: 1,
    title: `Greedy ${seed}`,
    initiative: { problem: '', metric: 'm', baseline: 1, target: 0, windowDays: 90, measurementLagDays: 10 },
    teams,
    handoffs,
    scenarios: [scenario],
  });
  if (!parsed.ok) throw new Error(`generated document ${seed} is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return { name: `seed ${seed}, ${movable} non-Control teams`, doc: parsed.doc, scenario: parsed.doc.scenarios[0] };
}

/** Twenty organisations from 15 to 200 non-Control teams, more of them small (where ties are common). */
export const GREEDY_CASES: readonly GreedyCase[] = Array.from({ length: 20 }, (_, k) => greedyCase(k + 1, 15 + Math.round(185 * (k / 19) ** 2)));
