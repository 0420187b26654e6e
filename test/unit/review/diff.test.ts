import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, parseValue, type FivefoldDocument } from '../../../src/model';
import { diffDocuments, isEqual } from '../../../src/review/diff';
import { diffMarkdown, diffText } from '../../../src/review/diffText';

const ottJson = () => JSON.parse(readFileSync('examples/ott-churn.fivefold.json', 'utf8'));
function parsed(json: unknown): FivefoldDocument {
  const r = parseValue(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}
const ott = () => parsed(ottJson());

describe('diff: equal models', () => {
  it('is equal under any order of teams, handoffs, scenarios and keys', () => {
    const j = ottJson();
    j.teams.reverse();
    j.handoffs.reverse();
    j.scenarios.reverse();
    j.teams = j.teams.map((t: Record<string, unknown>) => Object.fromEntries(Object.entries(t).reverse()));
    const d = diffDocuments(ott(), parsed(j));
    expect(isEqual(d)).toBe(true);
    expect(d.moved).toEqual([]);
  });

  it('is equal whether defaults are written out or left out', () => {
    const j = ottJson();
    delete j.currency;
    delete j.assumptions;
    for (const h of j.handoffs) delete h.kind;
    const d = diffDocuments(ott(), parsed(j));
    expect(isEqual(d)).toBe(true);
    expect(d.assumptions).toEqual({});
  });

  it('finds a record equal when a field is undefined on one side or missing on the other, and a deep change when there is one', () => {
    const a = ott();
    const undefinedRoles = { ...a, teams: a.teams.map((t) => (t.id === 'qa' ? { ...t, roles: undefined } : t)) };
    const noRoles = { ...a, teams: a.teams.map((t) => (t.id === 'qa' ? (({ roles: _, ...rest }) => rest)(t) : t)) };
    expect(diffDocuments(undefinedRoles, noRoles, { outcomes: false }).teams).toEqual({ added: [], removed: [], changed: [] });
    const deeper = { ...a, teams: a.teams.map((t) => (t.id === 'qa' ? { ...t, mix: { ...t.mix, create: t.mix.create + 0.1, routine: t.mix.routine - 0.1 } } : t)) };
    const changed = diffDocuments(a, deeper, { outcomes: false }).teams.changed;
    expect(changed.map((c) => [c.id, Object.keys(c.fields)])).toEqual([['qa', ['mix.routine', 'mix.create']]]);
    // The same record objects on both sides (an edit made with immer shares them): no change, no work.
    expect(diffDocuments(a, { ...a }, { outcomes: false }).teams.changed).toEqual([]);
  });

  it('sets positions and view apart as layout', () => {
    const j = ottJson();
    j.teams[2].position = { x: 10, y: 20 };
    j.teams[4].position = { x: 0, y: 0 };
    j.view = { viewport: { x: 1, y: 2, zoom: 3 } };
    const d = diffDocuments(ott(), parsed(j));
    expect(isEqual(d)).toBe(true);
    expect(d.moved).toEqual(['eng', 'prod']);
    expect(diffText(d, ott(), parsed(j), 'a', 'b')[0]).toBe('a → b: the same model (positions and view aside)');
  });

  it('simulates outcomes once per side and agrees on both sides when equal', () => {
    const d = diffDocuments(ott(), ott());
    expect(d.outcomes.map((o) => [o.scenario, o.quarter])).toEqual([
      ['baseline', 0],
      ['cautious', 3],
      ['evidence-top', 3],
      ['ai-native', 3],
    ]);
    for (const o of d.outcomes) expect(o.a).toEqual(o.b);
    expect(d.outcomes[3].a).toEqual({ headcount: 5, handoffs: 6, leadTimeDays: expect.closeTo(28.8, 2), cost: expect.closeTo(1116259, 0) });
  });
});

describe('diff: real changes', () => {
  const changed = () => {
    const j = ottJson();
    j.title = 'OTT churn, take two';
    j.initiative.target = 3;
    j.assumptions.f0 = 0.3;
    j.teams.find((t: { id: string }) => t.id === 'qa').headcount = 2;
    j.teams.find((t: { id: string }) => t.id === 'prod').mix = { routine: 0.2, create: 0.35, decide: 0.4, assure: 0.05 };
    j.teams.find((t: { id: string }) => t.id === 'eng').roles = ['Software engineer'];
    j.teams.push({ id: 'legal', name: 'Legal', layer: 'control', headcount: 1, costPerFte: 1, processDays: 1, mix: { routine: 1, create: 0, decide: 0, assure: 0 } });
    j.handoffs = j.handoffs.filter((h: { id: string }) => h.id !== 'e12');
    j.scenarios = j.scenarios.filter((s: { id: string }) => s.id !== 'cautious');
    j.scenarios[0].adoption = [0.3, 0.6];
    return parsed(j);
  };

  it('reports format.md’s JSON: fields old → new, added and removed ids, outcomes of both sides', () => {
    const d = diffDocuments(ott(), changed());
    expect(isEqual(d)).toBe(false);
    expect(Object.keys(d)).toEqual(['title', 'initiative', 'assumptions', 'teams', 'handoffs', 'scenarios', 'moved', 'outcomes']);
    expect(d.title).toEqual(['OTT churn: 10% to 2% in a quarter', 'OTT churn, take two']);
    expect(d.initiative).toEqual({ target: [2, 3] });
    expect(d.assumptions).toEqual({ f0: [0.25, 0.3] });
    expect(d.teams).toEqual({
      added: ['legal'],
      removed: [],
      changed: [
        { id: 'eng', fields: { roles: [['Software engineer', 'Platform/DevOps'], ['Software engineer']] } },
        { id: 'prod', fields: { 'mix.routine': [0.15, 0.2], 'mix.create': [0.4, 0.35] } },
        { id: 'qa', fields: { headcount: [1, 2] } },
      ],
    });
    expect(d.handoffs).toEqual({ added: [], removed: ['e12'], changed: [] });
    expect(d.scenarios).toEqual({ added: [], removed: ['cautious'], changed: [{ id: 'evidence-top', fields: { adoption: [[0.3, 0.6, 0.8, 0.95], [0.3, 0.6]] } }] });
    const cautious = d.outcomes.find((o) => o.scenario === 'cautious')!;
    expect(cautious.a?.headcount).toBe(18);
    expect(cautious.b).toBeNull();
    expect(d.outcomes.find((o) => o.scenario === 'evidence-top')!.quarter).toBe(1);
  });

  it('reads as text and as Markdown with names, and escapes text from the file', () => {
    const j = ottJson();
    j.teams.find((t: { id: string }) => t.id === 'qa').name = '<img src=x onerror=alert(1)> | *QA*';
    const b = parsed(j);
    const d = diffDocuments(ott(), b);
    const text = diffText(d, ott(), b, 'a.json', 'b.json');
    expect(text).toContain('teams: ~ qa (<img src=x onerror=alert(1)> | *QA*): name "QA" → "<img src=x onerror=alert(1)> | *QA*"');
    const md = diffMarkdown(d, ott(), b, 'a.json', 'b.json');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\| \\*QA\\*');
  });

  it('counts a renamed layer, a new currency and lint settings as changes', () => {
    const j = ottJson();
    j.currency = 'EUR';
    j.layers = [{ id: 'build', name: 'Plumbing' }];
    const d = diffDocuments(ott(), parsed(j));
    expect(d.currency).toEqual(['USD', 'EUR']);
    expect(d.layers).toEqual({ build: [null, 'Plumbing'] });
    expect(isEqual(d)).toBe(false);
    expect(isEqual(diffDocuments(ott(), { ...ott(), lint: { rules: { 'big-team': 'off' } } } as FivefoldDocument))).toBe(false);
  });
});

it('reads the example file through the parser the CLI uses', () => {
  expect(parseText(readFileSync('examples/ott-churn.fivefold.json', 'utf8')).ok).toBe(true);
});
