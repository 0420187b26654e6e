// Export: format.md's key order, defaults written out, empty optionals left out, stable bytes.
import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { fileNameFor, serialize, type FivefoldDocument } from '../../../src/model';
import { DocumentShapeSchema, TeamSchema } from '../../../src/model/schema';
import { largeFixtures } from '../../../scripts/lib/largeFixtures';
import { EXAMPLE_NAMES, example } from '../../support/examples';
import { accepted, validDoc, type Json } from './fixture';

// Key orders copied from format.md, the contract.
const ORDER = {
  document: ['format', 'version', 'title', 'currency', 'initiative', 'layers', 'teams', 'handoffs', 'assumptions', 'scenarios', 'view'],
  initiative: ['problem', 'metric', 'unit', 'baseline', 'target', 'windowDays', 'measurementLagDays'],
  team: ['id', 'name', 'layer', 'headcount', 'costPerFte', 'processDays', 'mix', 'minAccountable', 'roles', 'notes', 'position'],
  mix: ['routine', 'create', 'decide', 'assure'],
  handoff: ['id', 'from', 'to', 'artifact', 'waitDays', 'ca', 'kind'],
  assumptions: ['f0', 'kPair', 'kHandoff', 'fMax'],
  scenario: ['id', 'name', 'adoption', 'potential', 'cap', 'capGrowth', 'sigmaFirst', 'sigmaControl', 'minHumans', 'controlNoShrink', 'absorbThreshold', 'maxDomains', 'roundingSlack', 'aiCostRatio'],
  automation: ['routine', 'create', 'decide', 'assure', 'coordinate'],
};

/** Rebuilds every object with its keys in reverse, as an editor's changes might leave them. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

function fullDoc(): Json {
  const d = validDoc();
  d.layers = [{ id: 'control', name: 'Risk & compliance' }];
  d.teams[0] = { ...d.teams[0], minAccountable: 1, roles: ['Lead'], notes: 'Plain <b>text</b>', position: { x: 10, y: 20 } };
  d.view = { zoom: 1 };
  return d;
}

describe('export', () => {
  it('writes keys in the order of format.md, whatever order they were in', () => {
    const doc = reverseKeys(accepted(fullDoc()).doc) as FivefoldDocument;
    const out = JSON.parse(serialize(doc));
    expect(Object.keys(out)).toEqual(ORDER.document);
    expect(Object.keys(out.initiative)).toEqual(ORDER.initiative);
    expect(Object.keys(out.teams[0])).toEqual(ORDER.team);
    expect(Object.keys(out.teams[0].mix)).toEqual(ORDER.mix);
    expect(Object.keys(out.handoffs[0])).toEqual(ORDER.handoff);
    expect(Object.keys(out.assumptions)).toEqual(ORDER.assumptions);
    expect(Object.keys(out.scenarios[0])).toEqual(ORDER.scenario);
    expect(Object.keys(out.scenarios[0].potential)).toEqual(ORDER.automation);
    expect(Object.keys(out.scenarios[0].cap)).toEqual(ORDER.automation);
    expect(Object.keys(out.layers[0])).toEqual(['id', 'name']);
  });

  it('writes the defaults out: currency, every assumption, each handoff kind', () => {
    const d = validDoc();
    delete d.currency;
    d.assumptions = { kPair: 0.1 };
    for (const h of d.handoffs) delete h.kind;
    const out = JSON.parse(serialize(accepted(d).doc));
    expect(out.currency).toBe('USD');
    expect(out.assumptions).toEqual({ f0: 0.25, kPair: 0.1, kHandoff: 0.05, fMax: 0.7 });
    expect(out.handoffs.map((h: Json) => h.kind)).toEqual(['work', 'work', 'work']);
  });

  it('leaves optional fields with no value out', () => {
    const d = validDoc();
    delete d.initiative.unit;
    const doc = accepted(d).doc;
    const edited = { ...doc, teams: doc.teams.map((t) => ({ ...t, notes: undefined, position: undefined, roles: undefined })) };
    const text = serialize(edited);
    for (const key of ['"layers"', '"view"', '"unit"', '"minAccountable"', '"roles"', '"notes"', '"position"', 'null']) {
      expect(text).not.toContain(key);
    }
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const text = serialize(accepted(validDoc()).doc);
    expect(text.startsWith('{\n  "format": "fivefold",\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('parse(export(doc)) equals doc', () => {
    const doc = accepted(fullDoc()).doc;
    const again = accepted(serialize(doc));
    expect(again.doc).toEqual(doc);
    expect(again.warnings).toEqual([]);
  });

  it('exporting twice gives the same bytes', () => {
    const doc = accepted(fullDoc()).doc;
    const first = serialize(doc);
    expect(serialize(accepted(first).doc)).toBe(first);
    expect(serialize(reverseKeys(doc) as FivefoldDocument)).toBe(first);
  });

  it('keeps text as plain text, byte for byte', () => {
    const d = validDoc();
    d.teams[0].name = '<img src=x onerror=alert(1)> & "quotes" \u2028';
    const text = serialize(accepted(d).doc);
    expect(accepted(text).doc.teams[0].name).toBe(d.teams[0].name);
  });
});

describe('file name', () => {
  it.each([
    ['OTT churn: 10% to 2% in a quarter', 'OTT churn- 10% to 2% in a quarter.fivefold.json'],
    ['a/b\\c', 'a-b-c.fivefold.json'],
    ['...', 'untitled.fivefold.json'],
  ])('%s → %s', (title, name) => {
    expect(fileNameFor({ title })).toBe(name);
  });
});

describe('serialize, record by record', () => {
  const whole = (doc: FivefoldDocument) => `${JSON.stringify(DocumentShapeSchema.parse(doc), null, 2)}\n`;
  const docs: [string, FivefoldDocument][] = [
    ...EXAMPLE_NAMES.map((name): [string, FivefoldDocument] => [name, example(name)]),
    ...largeFixtures(150).map((f): [string, FivefoldDocument] => [f.name, f.doc()]),
    ['no teams, no handoffs', { ...example(), teams: [], handoffs: [] }],
    ['keys in reverse order', reverseKeys(example()) as FivefoldDocument],
    ['a name that looks like a key', produce(example(), (d) => void (d.teams[0].name = '\n  "teams": [] $& "handoffs": []'))],
  ];

  for (const [name, doc] of docs) {
    it(`${name}: the same bytes as the whole document through the schema, before and after an edit`, () => {
      expect(serialize(doc)).toBe(whole(doc));
      const frozen = produce(doc, () => {});
      expect(serialize(frozen)).toBe(whole(frozen));
      if (!doc.teams.length) return;
      const edited = produce(frozen, (d) => {
        d.teams[d.teams.length - 1].headcount += 2;
        d.handoffs.splice(0, 1);
      });
      expect(serialize(edited)).toBe(whole(edited));
    });
  }

  it('after an edit of one team, only that team is parsed again', () => {
    const doc = produce(largeFixtures(150)[0].doc(), () => {});
    serialize(doc);
    const edited = produce(doc, (d) => void (d.teams[40].headcount += 3));
    const parse = vi.spyOn(TeamSchema, 'parse');
    try {
      const text = serialize(edited);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(parse.mock.calls[0][0]).toBe(edited.teams[40]);
      expect(text).toBe(whole(edited));
    } finally {
      parse.mockRestore();
    }
  });

  it('a record changed in place (not frozen) is written as it is now', () => {
    const doc = structuredClone(example());
    serialize(doc);
    doc.teams[0].name = 'Renamed in place';
    expect(JSON.parse(serialize(doc)).teams[0].name).toBe('Renamed in place');
  });
});
