// Mutated documents through parse, serialize and simulate (format.md, issue "never half-load"): nothing
// throws; what is accepted follows format.md, round-trips byte for byte and simulates to finite numbers;
// what is refused leaves the open model as it was. FUZZ_RUNS=20000 npm test runs more cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText, serialize, type FivefoldDocument } from '../../../src/model';
import { baseline, simulate } from '../../../src/sim';
import { importText } from '../../../src/io/fileImport';
import { createStores } from '../../../src/store/context';
import { docArb, SMALL } from '../sim/arbitraries';
import exampleText from '../../../examples/ott-churn.fivefold.json?raw';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
// Thousands of cases take seconds on a quiet machine and much longer on a shared one: no tight limit.
const ROOM_MS = 300_000;
const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value that a mutation can change: its parent and key. */
function places(root: Json): { parent: Json[] | Record<string, Json>; key: string | number }[] {
  const out: { parent: Json[] | Record<string, Json>; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (Array.isArray(node)) node.forEach((child, i) => (out.push({ parent: node, key: i }), stack.push(child)));
    else if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) out.push({ parent: node, key: k }), stack.push(child);
  }
  return out;
}

// Values a hand-edited or generated file might hold where a number, text or list was expected.
const nasty: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(undefined, null, true, 0, -0, -1, 1, 0.5, 1e308, -1e308, 1.7976931348623157e308, 5e-324, 100_000, 100_001, 1e8, 1e8 + 1, '', 'x', [], {}),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 100_000, noNaN: true }),
  fc.integer({ min: -5, max: 200_000 }),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 100, maxLength: 400 }),
  fc.constant<Json>(JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "ok": 1}')),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 4 }),
);

/** A valid document (generated or the OTT example) with one to three values changed, as JSON text. */
const mutatedText = fc
  .record({
    base: fc.oneof({ arbitrary: docArb(SMALL), weight: 3 }, fc.constant<FivefoldDocument | null>(null)),
    changes: fc.array(fc.tuple(fc.nat(), nasty), { minLength: 1, maxLength: 3 }),
  })
  .map(({ base, changes }) => {
    const json = JSON.parse(base ? JSON.stringify(base) : exampleText) as Json;
    // Each value is placed as a fresh copy: fast-check hands out one shared object per constant, and
    // placing that object inside itself would make a cycle that no JSON file can hold.
    for (const [at, value] of changes) {
      const all = places(json);
      if (!all.length) break;
      const { parent, key } = all[at % all.length];
      if (value === undefined) {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
      } else (parent as Record<string | number, Json>)[key] = structuredClone(value);
    }
    return JSON.stringify(json);
  });

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

function dangerousKeysIn(value: unknown, depth = 0): string[] {
  if (!value || typeof value !== 'object' || depth > 70) return [];
  return Object.keys(value).flatMap((k) => (DANGEROUS.has(k) ? [k] : dangerousKeysIn((value as Record<string, unknown>)[k], depth + 1)));
}

/** Every number a simulation returns, at the last quarter of each scenario and for the baseline. */
function simulatedNumbers(doc: FivefoldDocument): number[] {
  const out = numbersIn(baseline(doc));
  for (const s of doc.scenarios) numbersIn(simulate(doc, s, s.adoption.length - 1), out);
  return out;
}

describe('mutated documents (fast-check)', () => {
  it('parse never throws; accepted ones follow format.md, round-trip byte for byte and simulate to finite numbers', () => {
    fc.assert(
      fc.property(mutatedText, (text) => {
        const result = parseText(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(typeof e.path).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
            // Values are quoted shortened: no refusal echoes a long input whole.
            expect(e.message.length).toBeLessThan(600);
          }
          return;
        }
        expect(dangerousKeysIn(result.doc)).toEqual([]);
        const bytes = serialize(result.doc);
        const again = parseText(bytes);
        if (!again.ok) throw new Error(`an accepted document did not read back: ${JSON.stringify(again.errors.slice(0, 3))}`);
        expect(again.doc).toEqual(result.doc);
        expect(serialize(again.doc)).toBe(bytes);
        const bad = simulatedNumbers(result.doc).filter((n) => !Number.isFinite(n));
        expect(bad).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, ROOM_MS);

  it('a refused file changes nothing in the open model, its history or its selection', () => {
    const stores = createStores((parseText(exampleText) as { ok: true; doc: FivefoldDocument }).doc);
    stores.ui.getState().select({ teams: ['qa'] });
    const before = { doc: stores.document.getState(), ui: stores.ui.getState().selection };
    fc.assert(
      fc.property(mutatedText, (text) => {
        const outcome = importText(stores, 'fuzzed.fivefold.json', text);
        if (outcome.ok) {
          // Accepted: put the example back the way an undo would, so the next case starts alike.
          stores.document.setState(before.doc, true);
          stores.ui.getState().select(before.ui);
          return;
        }
        expect(stores.document.getState()).toBe(before.doc);
        expect(stores.ui.getState().selection).toEqual(before.ui);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, ROOM_MS);

  it('valid documents at format.md upper bounds simulate to finite numbers', () => {
    const atBounds = fc.record({
      headcount: fc.constantFrom(1, 100_000),
      costPerFte: fc.constantFrom(0, 100_000_000),
      days: fc.constantFrom(0, 100_000),
      aiCostRatio: fc.constantFrom(0, 100),
      absorbThreshold: fc.constantFrom(1e-9, 1_000),
      maxDomains: fc.constantFrom(1, 1_000),
      minHumans: fc.constantFrom(1, 100_000),
      roundingSlack: fc.constantFrom(0, 1_000),
      k: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(docArb(SMALL), atBounds, (doc, b) => {
        const extreme: FivefoldDocument = {
          ...doc,
          initiative: { ...doc.initiative, windowDays: Math.max(b.days, 1), measurementLagDays: b.days },
          teams: doc.teams.map((t) => ({ ...t, headcount: b.headcount, costPerFte: b.costPerFte, processDays: b.days, minAccountable: undefined })),
          handoffs: doc.handoffs.map((h) => ({ ...h, waitDays: b.days })),
          assumptions: { ...doc.assumptions, kPair: b.k, kHandoff: b.k },
          scenarios: doc.scenarios.map((s) => ({ ...s, aiCostRatio: b.aiCostRatio, absorbThreshold: b.absorbThreshold, maxDomains: b.maxDomains, minHumans: b.minHumans, roundingSlack: b.roundingSlack })),
        };
        const parsed = parseText(JSON.stringify(extreme));
        if (!parsed.ok) throw new Error(`within the bounds but refused: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
        expect(simulatedNumbers(parsed.doc).filter((n) => !Number.isFinite(n))).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  }, ROOM_MS);
});
