// The migration mechanism, proved with a synthetic version 0 (teams had "people", not "headcount").
import { afterAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrate, MIGRATIONS, parseText, type Migration } from '../../../src/model';
import { validDoc, type Json } from './fixture';

/** Version 0, as the tests imagine it: "people" instead of "headcount", no handoff kinds. */
const v0ToV1: Migration = {
  from: 0,
  describe: 'teams: "people" becomes "headcount"',
  up(doc) {
    const teams = Array.isArray(doc.teams) ? doc.teams : [];
    return {
      ...doc,
      teams: teams.map((t: Json) => {
        const { people, ...rest } = t;
        return { ...rest, headcount: people };
      }),
    };
  },
};

const TEST_MIGRATIONS: readonly Migration[] = [v0ToV1];

/** Before/after pairs, one per migration, keyed by the migration (real registry and test registry). */
const v1ToV2 = MIGRATIONS.find((m) => m.from === 1)!;

const PAIRS = new Map<Migration, { before: Json; after: Json }>([
  [
    v1ToV2,
    {
      before: { format: 'fivefold', version: 1, title: 'Old', teams: [{ id: 'a', name: 'A', headcount: 3 }], view: { x: 1 } },
      after: { format: 'fivefold', version: 2, title: 'Old', teams: [{ id: 'a', name: 'A', headcount: 3 }], view: { x: 1 } },
    },
  ],
  [
    v0ToV1,
    {
      before: { format: 'fivefold', version: 0, title: 'Old', teams: [{ id: 'a', people: 3, name: 'A' }] },
      after: { format: 'fivefold', version: 1, title: 'Old', teams: [{ id: 'a', name: 'A', headcount: 3 }] },
    },
  ],
]);

const ran = new Set<Migration>();
const run = (doc: Json, registry: readonly Migration[], target?: number) => {
  const result = migrate(doc, registry, target);
  if (result.ok) result.applied.forEach((m) => ran.add(m));
  return result;
};

describe('migrations', () => {
  it.each([...MIGRATIONS, ...TEST_MIGRATIONS].map((m) => [`${m.from} → ${m.from + 1}: ${m.describe}`, m] as const))(
    'before/after: %s',
    (_name, m) => {
      const pair = PAIRS.get(m);
      expect(pair, 'every migration needs a before/after pair in this file').toBeDefined();
      const result = run(structuredClone(pair!.before), [m], m.from + 1);
      expect(result).toMatchObject({ ok: true, doc: pair!.after });
    },
  );

  it('the real registry is ordered, one step per version, and ends at the current version', () => {
    const froms = MIGRATIONS.map((m) => m.from);
    expect(froms).toEqual(froms.map((_, i) => froms[0] + i));
    if (froms.length) expect(froms[froms.length - 1] + 1).toBe(CURRENT_VERSION);
  });

  it('a version 0 file parses through the registry, step by step, to a valid current document', () => {
    const v1 = validDoc();
    const v0: Json = { ...v1, version: 0, teams: v1.teams.map(({ headcount, ...t }: Json) => ({ ...t, people: headcount })) };
    const result = parseText(JSON.stringify(v0), { migrations: [...TEST_MIGRATIONS, ...MIGRATIONS] });
    TEST_MIGRATIONS.forEach((m) => ran.add(m));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.version).toBe(CURRENT_VERSION);
    expect(result.doc.teams.map((t) => t.headcount)).toEqual(v1.teams.map((t: Json) => t.headcount));
    expect(result.warnings).toEqual([]);
  });

  it('without that migration, the same file is refused in one sentence', () => {
    const result = parseText(JSON.stringify({ ...validDoc(), version: 0 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/version 0.*cannot read.*oldest version it reads is 1/);
  });

  it('steps run in order up to the target, each setting the version', () => {
    const seen: number[] = [];
    const chain: Migration[] = [1, 0].map((from) => ({
      from,
      describe: `step ${from}`,
      up: (doc) => {
        seen.push(doc.version as number);
        return { ...doc, [`step${from}`]: true };
      },
    }));
    const result = migrate({ format: 'fivefold', version: 0 }, chain, 2);
    expect(result).toMatchObject({ ok: true, doc: { version: 2, step0: true, step1: true } });
    expect(seen).toEqual([0, 1]);
  });

  it('a migration that throws on a broken old file gives a refusal, not an exception', () => {
    const result = parseText('{"format":"fivefold","version":0,"teams":[null]}', { migrations: TEST_MIGRATIONS });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/version 0 to 1/);
  });

  it('a version 1 file (the first published format) parses to the same document as version 2', () => {
    const v2 = parseText(JSON.stringify(validDoc()));
    const v1 = parseText(JSON.stringify({ ...validDoc(), version: 1 }));
    expect(v1).toEqual(v2);
    expect(v1.ok && v1.doc.version).toBe(2);
  });

  it('a current file passes through untouched', () => {
    const doc = validDoc();
    const result = run(doc, MIGRATIONS);
    expect(result).toEqual({ ok: true, doc, applied: [] });
  });

  it('every registered migration, real and synthetic, ran in this suite', () => {
    for (const m of [...MIGRATIONS, ...TEST_MIGRATIONS]) expect(ran.has(m), `${m.from} → ${m.from + 1} never ran`).toBe(true);
  });
});

afterAll(() => {
  // A guard for reordering: the check above must come after the tests that run migrations.
  for (const m of [...MIGRATIONS, ...TEST_MIGRATIONS]) if (!ran.has(m)) throw new Error(`migration from ${m.from} never ran`);
});
