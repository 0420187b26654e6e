// fast-check generators of valid Fivefold documents and scenarios for the simulation's property tests.
// Documents go through parseValue, so every generated case is one the app could really load.
import fc from 'fast-check';
import { LAYER_IDS, parseValue, type FivefoldDocument, type Scenario } from '../../../src/model';

export interface Case {
  doc: FivefoldDocument;
  scenario: Scenario;
  quarter: number;
}

export interface Sizes {
  /** Non-Control teams. */
  minMovable: number;
  maxMovable: number;
  maxControl: number;
  /** Handoffs per team, roughly. */
  density: number;
}

/** Small enough that the exhaustive search stays quick while every rule gets exercised. */
export const SMALL: Sizes = { minMovable: 0, maxMovable: 7, maxControl: 2, density: 1.5 };
/** Above 12 non-Control teams: the greedy pass runs. */
export const LARGE: Sizes = { minMovable: 13, maxMovable: 18, maxControl: 2, density: 1.3 };

const share = (min = 0, max = 1) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const potentialArb = fc.oneof({ arbitrary: share(0.4, 1), weight: 3 }, { arbitrary: share(), weight: 1 });
const MOVABLE_LAYERS = LAYER_IDS.filter((l) => l !== 'control');

const mixArb = fc
  .tuple(fc.nat(10), fc.nat(10), fc.nat(10), fc.nat(10))
  .filter(([a, b, c, d]) => a + b + c + d > 0)
  .map(([a, b, c, d]) => {
    const s = a + b + c + d;
    return { routine: a / s, create: b / s, decide: c / s, assure: d / s };
  });

const teamArb = (id: string, layer: string) =>
  fc
    .record({
      // Mostly small teams, so that AI leaves less than a person and merges happen; now and then a big one.
      headcount: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 2 }), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 1 }),
      costPerFte: fc.integer({ min: 0, max: 300_000 }),
      processDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 }), share(0, 8)),
      mix: mixArb,
      accountable: fc.option(fc.nat(3), { nil: undefined }),
    })
    .map((t) => ({
      id,
      name: `Team ${id}`,
      layer,
      headcount: t.headcount,
      costPerFte: t.costPerFte,
      processDays: t.processDays,
      mix: t.mix,
      ...(t.accountable === undefined ? {} : { minAccountable: Math.min(t.accountable, t.headcount) }),
    }));

/** A scenario valid under format.md; `adoptionSorted` gives non-decreasing adoption (for the quarter property). */
export const scenarioArb = (adoptionSorted = false): fc.Arbitrary<Scenario> =>
  fc
    .record({
      // Adoption and potential lean high so that merges are common; 0 and 1 appear as edge cases.
      adoption: fc.array(
        fc.oneof({ arbitrary: share(0.5, 1), weight: 5 }, { arbitrary: share(), weight: 2 }, fc.constant(0), fc.constant(1)),
        { minLength: 1, maxLength: 5 },
      ),
      potential: fc.tuple(potentialArb, potentialArb, potentialArb, potentialArb, potentialArb),
      headroom: fc.tuple(share(), share(), share(), share(), share()),
      capGrowth: fc.oneof(fc.constant(0), share(0, 0.3)),
      sigmaFirst: share(0, 0.5),
      sigmaControl: share(0, 0.5),
      minHumans: fc.integer({ min: 1, max: 3 }),
      controlNoShrink: fc.boolean(),
      absorbThreshold: fc.oneof({ arbitrary: share(0.4, 1.2), weight: 3 }, share(0.05, 1.5)),
      maxDomains: fc.oneof({ arbitrary: fc.integer({ min: 2, max: 4 }), weight: 4 }, fc.constant(1)),
      roundingSlack: share(0, 0.3),
      aiCostRatio: share(0, 0.5),
    })
    .map((s) => {
      const kinds = ['routine', 'create', 'decide', 'assure', 'coordinate'] as const;
      const potential = Object.fromEntries(kinds.map((k, i) => [k, s.potential[i]])) as Scenario['potential'];
      // cap ≥ potential: move part of the way from potential to 1.
      const cap = Object.fromEntries(kinds.map((k, i) => [k, s.potential[i] + (1 - s.potential[i]) * s.headroom[i]])) as Scenario['cap'];
      const adoption = adoptionSorted ? [...s.adoption].sort((a, b) => a - b) : s.adoption;
      return {
        id: 'generated',
        name: 'Generated',
        adoption,
        potential,
        cap,
        capGrowth: s.capGrowth,
        sigmaFirst: s.sigmaFirst,
        sigmaControl: s.sigmaControl,
        minHumans: s.minHumans,
        controlNoShrink: s.controlNoShrink,
        absorbThreshold: s.absorbThreshold,
        maxDomains: s.maxDomains,
        roundingSlack: s.roundingSlack,
        aiCostRatio: s.aiCostRatio,
      };
    });

/** A valid document; work handoffs only go forward in a random rank, so they never form a cycle. */
export const docArb = (sizes: Sizes = SMALL): fc.Arbitrary<FivefoldDocument> =>
  fc
    .record({
      movable: fc.integer({ min: sizes.minMovable, max: sizes.maxMovable }),
      control: fc.integer({ min: 0, max: sizes.maxControl }),
      seedIds: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,2}$/), { minLength: 30, maxLength: 30 }),
    })
    .chain(({ movable, control, seedIds }) => {
      const count = movable + control;
      const ids = seedIds.slice(0, count);
      const layers = [
        ...ids.slice(0, movable).map(() => fc.oneof(fc.constant('strategy'), { arbitrary: fc.constantFrom(...MOVABLE_LAYERS.slice(1)), weight: 4 })),
        ...ids.slice(movable).map(() => fc.constant('control')),
      ];
      const edgeCount = Math.round(count * sizes.density);
      return fc.record({
        teams: fc.tuple(...layers).chain((ls) => fc.tuple(...ids.map((id, i) => teamArb(id, ls[i] as string)))),
        rank: fc.shuffledSubarray(ids, { minLength: count, maxLength: count }),
        edges: fc.array(
          fc.record({
            a: fc.nat(Math.max(0, count - 1)),
            b: fc.nat(Math.max(0, count - 1)),
            waitDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 15 }), share(0, 12)),
            ca: share(0.3, 1).filter((c) => c > 0),
            feedback: fc.integer({ min: 0, max: 3 }).map((v) => v === 0), // about one handoff in four
          }),
          { minLength: count < 2 ? 0 : Math.floor(count * 0.8), maxLength: count < 2 ? 0 : edgeCount },
        ),
        assumptions: fc.option(
          fc.record({ f0: share(0, 0.4), kPair: share(0, 0.05), kHandoff: share(0, 0.1), extra: share(0, 0.5) }),
          { nil: undefined },
        ),
        windowDays: share(1, 120),
        measurementLagDays: fc.oneof(fc.constant(0), share(0, 30)),
        scenario: scenarioArb(),
      });
    })
    .map((g) => {
      const handoffs = g.edges
        .filter((e) => e.a !== e.b)
        .map((e, i) => {
          const kind = e.feedback ? 'feedback' : 'work';
          // Work handoffs go from the earlier to the later team in `rank`.
          const [x, y] = [g.rank[e.a], g.rank[e.b]];
          const forward = e.a < e.b;
          const from = kind === 'work' ? (forward ? x : y) : x;
          const to = kind === 'work' ? (forward ? y : x) : y;
          return { id: `h${String(i).padStart(2, '0')}`, from, to, artifact: '', waitDays: e.waitDays, ca: e.ca, kind };
        });
      const a = g.assumptions;
      const raw = {
        format: 'fivefold',
        version: 1,
        title: 'Generated',
        initiative: { problem: '', metric: 'm', baseline: 1, target: 0, windowDays: g.windowDays, measurementLagDays: g.measurementLagDays },
        teams: g.teams,
        handoffs,
        ...(a ? { assumptions: { f0: a.f0, kPair: a.kPair, kHandoff: a.kHandoff, fMax: Math.min(0.95, a.f0 + 0.2 + a.extra) } } : {}),
        scenarios: [g.scenario],
      };
      const parsed = parseValue(raw);
      if (!parsed.ok) throw new Error(`generator made an invalid document: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
      return parsed.doc;
    });

/**
 * A document, a scenario (the document's or another) and a quarter past the end now and then. One case
 * in two is "lean" (one-person teams, high adoption) so that absorptions and merges are common.
 */
export const caseArb = (sizes: Sizes = SMALL, adoptionSorted = false): fc.Arbitrary<Case> =>
  fc
    .record({ doc: docArb(sizes), scenario: scenarioArb(adoptionSorted), quarter: fc.integer({ min: 0, max: 6 }), lean: fc.boolean() })
    .map(({ doc, scenario, quarter, lean }) => (lean ? leanCase(doc, scenario, quarter) : { doc, scenario, quarter }));

function leanCase(doc: FivefoldDocument, scenario: Scenario, quarter: number): Case {
  const teams = doc.teams.map((t) =>
    t.layer === 'control' ? t : { ...t, headcount: 1, ...(t.minAccountable === undefined ? {} : { minAccountable: Math.min(1, t.minAccountable) }) },
  );
  return {
    doc: { ...doc, teams },
    scenario: { ...scenario, adoption: scenario.adoption.map((a) => 0.6 + 0.4 * a), absorbThreshold: Math.max(0.75, scenario.absorbThreshold) },
    quarter,
  };
}

/** The same document with teams, handoffs and scenarios in another order. */
export const shuffledDoc = (doc: FivefoldDocument, seed: number): FivefoldDocument => {
  const shuffle = <T>(xs: T[]) => {
    const out = [...xs];
    let s = seed >>> 0 || 1;
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) >>> 0;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { ...doc, teams: shuffle(doc.teams), handoffs: shuffle(doc.handoffs) };
};
