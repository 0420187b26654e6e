/**
 * Generated organisations for speed measurements, deterministic (the same options give the same
 * document on every machine) and checked by the same parser as an import:
 * - `generatedOrg`: many teams laid out over the four lanes plus a few Control teams, as the canvas
 *   draws them (the drag, profile and compare scripts);
 * - `largeOrganisation`: 1,200 teams over the five layers in realistic proportions, without stored
 *   positions (the simulation bench and the slider scrub script).
 * Work handoffs always run from an earlier team to a later one, so the work graph is a DAG.
 */
import { LAYER_IDS, parseValue, presetScenarios, serialize, type FivefoldDocument, type Handoff, type LayerId, type Scenario, type Team } from '../../src/model';
import { COL_PITCH, LANE_CONTENT_X, LANE_PAD_Y, ROW_PITCH, BAND_LABEL_H, BAND_PAD_X } from '../../src/geometry/geometry';

export interface GeneratedOrgOptions {
  /** Teams in the four horizontal lanes. */
  laneTeams?: number;
  controlTeams?: number;
  handoffs?: number;
  /** Store a position in every team (as a document edited on the canvas has); otherwise auto-layout places them. */
  placed?: boolean;
  seed?: number;
}

const ROW_LANES = LAYER_IDS.filter((l) => l !== 'control');

/**
 * The generated document, checked by the same parser as an import (throws if the model refuses it).
 * @example const doc = generatedOrg({ laneTeams: 1000, controlTeams: 6, handoffs: 1500 }); doc.teams.length === 1006
 */
export function generatedOrg(options: GeneratedOrgOptions = {}): FivefoldDocument {
  const { laneTeams = 1000, controlTeams = 6, handoffs: handoffCount = 1500, placed = true, seed = 1000 } = options;
  const rand = prng(seed);

  const perLane = Math.ceil(laneTeams / ROW_LANES.length);
  // Lanes wider than tall, like a real model on a projector.
  const columns = Math.max(1, Math.ceil(Math.sqrt(perLane * 2.5)));
  const teams: Team[] = [];
  const team = (i: number, layer: LayerId, position: { x: number; y: number }): Team => ({
    id: `t${String(i).padStart(4, '0')}`,
    name: `Team ${i}`,
    layer,
    headcount: 1 + Math.floor(rand() * 6),
    costPerFte: 100_000 + Math.round(rand() * 100_000),
    processDays: 1 + Math.round(rand() * 4),
    mix: { routine: 0.4, create: 0.3, decide: 0.2, assure: 0.1 },
    ...(placed ? { position } : {}),
  });
  for (let i = 0; i < laneTeams; i++) {
    const lane = Math.floor(i / perLane);
    const k = i % perLane;
    const position = { x: LANE_CONTENT_X + (k % columns) * COL_PITCH, y: LANE_PAD_Y + Math.floor(k / columns) * ROW_PITCH };
    teams.push(team(i, ROW_LANES[lane], position));
  }
  for (let c = 0; c < controlTeams; c++) {
    teams.push(team(laneTeams + c, 'control', { x: BAND_PAD_X, y: BAND_LABEL_H + c * ROW_PITCH }));
  }

  // Mostly short hops to nearby teams (often the next lane down), a few long ones; never backwards.
  const handoffs: Handoff[] = [];
  const n = teams.length;
  for (let k = 0; k < handoffCount; k++) {
    const from = Math.floor(rand() * (n - 1));
    const span = rand() < 0.85 ? 1 + Math.floor(rand() * 8) : 1 + Math.floor(rand() * (n - 1 - from));
    const to = Math.min(n - 1, from + span);
    handoffs.push({
      id: `h${String(k).padStart(4, '0')}`,
      from: teams[from].id,
      to: teams[to].id,
      artifact: '',
      waitDays: 1 + Math.round(rand() * 9),
      ca: 0.85 + Math.round(rand() * 10) / 100,
      kind: 'work',
    });
  }

  const candidate = {
    format: 'fivefold',
    version: 1,
    title: `Generated: ${teams.length.toLocaleString('en')} teams`,
    currency: 'USD',
    initiative: { problem: '', metric: 'Lead time', unit: 'days', baseline: 60, target: 20, windowDays: 65, measurementLagDays: 20 },
    teams,
    handoffs,
    assumptions: {},
    // Without the presets' uncertainty ranges: these documents measure the canvas, and sampling in the
    // background would change what they measure (ranges-browser.ts adds ranges where it wants them).
    scenarios: presetScenarios().map(({ uncertainty: _ranges, ...s }) => s),
  };
  return parsed(candidate);
}

/**
 * The generated document as the text of a `.fivefold.json` file (what Import or autosave reads).
 * @example writeFileSync('big.fivefold.json', generatedOrgText({ laneTeams: 1000 }))
 */
export function generatedOrgText(options: GeneratedOrgOptions = {}): string {
  return serialize(generatedOrg(options));
}

/**
 * A small deterministic random generator (a 32-bit linear congruential one) giving numbers in [0, 1).
 * @example const rand = prng(12); rand() === prng(12)()
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const LARGE_TEAMS = 1200;
const LARGE_HANDOFFS = 2400;
/** Share of the teams in strategy, product, build, execution and control. */
const LAYER_WEIGHTS: readonly [LayerId, number][] = [['strategy', 0.05], ['product', 0.2], ['build', 0.4], ['execution', 0.3], ['control', 0.05]];

/**
 * 1,200 teams across the five layers (mostly build and execution, mostly one or two people) and 2,400
 * forward work handoffs, mostly to a nearby later team as real value streams are, sometimes far. The
 * organisation is always the same; `scenarios` and `title` are the caller's.
 * @example const doc = largeOrganisation(presetScenarios()); doc.teams.length === 1200
 */
export function largeOrganisation(scenarios: Scenario[], title = 'Generated: 1,200 teams'): FivefoldDocument {
  const rand = prng(1200);
  const teams: Team[] = Array.from({ length: LARGE_TEAMS }, (_, i) => {
    let r = rand();
    let l = 0;
    while (r > LAYER_WEIGHTS[l][1] && l < LAYER_WEIGHTS.length - 1) r -= LAYER_WEIGHTS[l++][1];
    const headcount = rand() < 0.6 ? 1 + Math.floor(rand() * 2) : 1 + Math.floor(rand() * 8);
    return {
      id: `team${String(i).padStart(4, '0')}`,
      name: `Team ${i}`,
      layer: LAYER_WEIGHTS[l][0],
      headcount,
      costPerFte: 100_000 + Math.round(rand() * 100_000),
      processDays: 1 + Math.round(rand() * 4),
      mix: { routine: 0.4, create: 0.3, decide: 0.2, assure: 0.1 },
    };
  });
  const last = LARGE_TEAMS - 1;
  const handoffs: Handoff[] = Array.from({ length: LARGE_HANDOFFS }, (_, k) => {
    const a = Math.floor(rand() * last);
    const span = rand() < 0.8 ? 1 + Math.floor(rand() * 10) : 1 + Math.floor(rand() * (last - a));
    return {
      id: `h${String(k).padStart(4, '0')}`,
      from: teams[a].id,
      to: teams[Math.min(last, a + span)].id,
      artifact: '',
      waitDays: 1 + Math.round(rand() * 9),
      ca: 0.85 + rand() * 0.1,
      kind: 'work',
    };
  });
  return parsed({
    format: 'fivefold',
    version: 1,
    title,
    initiative: { problem: '', metric: 'm', baseline: 1, target: 0, windowDays: 65, measurementLagDays: 20 },
    teams,
    handoffs,
    scenarios,
  });
}

function parsed(candidate: unknown): FivefoldDocument {
  const result = parseValue(candidate);
  if (!result.ok) throw new Error(`generated document refused: ${result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.doc;
}
