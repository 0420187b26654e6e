// Refusals of whole files (each in its own sentence) and the dropping of unknown keys.
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../src/model';
import { accepted, problemsOf, validDoc } from './fixture';

/** The one sentence a refused file gets. */
function sentence(text: string): string {
  const problems = problemsOf(text);
  expect(problems).toHaveLength(1);
  expect(problems[0].path).toBe('');
  return problems[0].message;
}

describe('files that are not a Fivefold document are refused in one sentence', () => {
  it('not JSON: gives the line and column of the fault', () => {
    const text = '{\n  "format": "fivefold",\n  "version": 1,\n  "title": "x",,\n}';
    const message = sentence(text);
    expect(message).toMatch(/not JSON/);
    expect(message).toMatch(/line 4, column 16/);
  });

  it('not JSON: a file cut short says where it ends', () => {
    const text = JSON.stringify(validDoc(), null, 2);
    const cut = text.slice(0, text.length - 20);
    const lines = cut.split('\n');
    expect(sentence(cut)).toMatch(new RegExp(`line ${lines.length}, column ${lines[lines.length - 1].length + 1}\\b`));
  });

  it('not JSON: a single quote, a comment, a trailing comma', () => {
    expect(sentence("{'format': 1}")).toMatch(/line 1, column 2/);
    expect(sentence('{"a": 1 // note\n}')).toMatch(/line 1, column 9/);
    expect(sentence('[1, 2,]')).toMatch(/line 1, column 7/);
  });

  it('binary garbage is not JSON, and the message does not echo it', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    const message = sentence(garbage);
    expect(message).toMatch(/not JSON/);
    expect(message.length).toBeLessThan(200);
  });

  it.each(['', '   \n\t ', '\ufeff'])('an empty file (%j)', (text) => {
    expect(sentence(text)).toMatch(/empty/);
  });

  it.each([
    ['[1, 2]', /list/],
    ['"fivefold"', /string/],
    ['42', /number/],
    ['null', /null/],
    ['true', /true/],
  ])('not an object: %s', (text, what) => {
    const message = sentence(text);
    expect(message).toMatch(/not a Fivefold document/);
    expect(message).toMatch(what);
  });

  it('an object without "format" is not a Fivefold document', () => {
    expect(sentence('{"nodes": [], "edges": []}')).toMatch(/not a Fivefold document.*"format"/);
  });

  it('another format is named in the sentence', () => {
    expect(sentence('{"format": "excalidraw", "version": 2}')).toMatch(/not a Fivefold document.*"excalidraw"/);
  });

  it('a newer version asks for a newer Fivefold, at path "version", alone (the rest cannot be judged)', () => {
    const doc = { ...validDoc(), version: 99, teams: 'whatever a later format holds' };
    const problems = problemsOf(JSON.stringify(doc));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('version');
    expect(problems[0].message).toMatch(/version 99/);
    expect(problems[0].message).toMatch(/newer/);
  });

  it.each([0, -1])('version %d (below 1) cannot be read, at path "version"', (version) => {
    const [problem] = problemsOf(JSON.stringify({ ...validDoc(), version }));
    expect(problem.path).toBe('version');
    expect(problem.message).toMatch(new RegExp(`version ${version}\\b`));
    expect(problem.message).toMatch(/cannot read/);
  });

  it.each(['"1"', '1.5', 'null'])('version %s is not a whole number: reported at path "version"', (v) => {
    const text = JSON.stringify(validDoc()).replace(/"version":\d+/, `"version":${v}`);
    const [problem] = problemsOf(text);
    expect(problem.path).toBe('version');
    expect(problem.message).toMatch(/^must be a whole number/);
  });

  it('{ "format": "fivefold" } alone: the missing version is at path "version", and the other problems are listed too', () => {
    const problems = problemsOf('{ "format": "fivefold" }');
    expect(problems[0]).toEqual({ path: 'version', message: expect.stringMatching(/^must be a whole number/) });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['title', 'initiative', 'teams', 'handoffs', 'scenarios']));
  });

  it('a bad version does not hide a bad headcount', () => {
    const doc = validDoc();
    doc.version = 'one';
    doc.teams[1].headcount = -2;
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['version', 'teams[1].headcount']);
  });

  it('a UTF-8 byte-order mark before the document is ignored', () => {
    expect(accepted(`\ufeff${JSON.stringify(validDoc())}`).doc.title).toBe('Test initiative');
  });

  it('JSON nested 100,000 deep is refused without a stack overflow', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    expect(sentence(deep)).toMatch(/not a Fivefold document|could not be read/);
    // A view this deep used to be accepted and then broke every save (serialize overflowed the stack).
    const deepView = JSON.stringify({ ...validDoc(), view: { x: 0 } }).replace('{"x":0}', `{"x":${'['.repeat(100000)}${']'.repeat(100000)}}`);
    expect(problemsOf(deepView)).toEqual([{ path: 'view', message: 'is nested more than 64 levels deep; at most 64 are allowed' }]);
  });
});

describe('unknown keys are dropped with a warning that names them', () => {
  it('at every level, each warning names the key and one place', () => {
    const doc: any = validDoc();
    doc.colour = 'blue';
    doc.initiative.owner = 'Ana';
    doc.teams[1].colour = 'red';
    doc.teams[2].colour = 'green';
    doc.handoffs[0].sla = 3;
    doc.scenarios[0].potential.magic = 1;
    const result = accepted(doc);
    expect(result.doc).toEqual(accepted(validDoc()).doc);
    const w = result.warnings.join('\n');
    expect(w).toMatch(/"colour".*\bcolour\b/);
    expect(w).toMatch(/"owner".*initiative\.owner/);
    expect(w).toMatch(/"colour".*teams\[1\]\.colour.*1 more/);
    expect(w).toMatch(/"sla".*handoffs\[0\]\.sla/);
    expect(w).toMatch(/"magic".*scenarios\[0\]\.potential\.magic/);
    expect(result.warnings).toHaveLength(5);
  });

  it('a thousand unknown keys in list items give one grouped warning, not a thousand', () => {
    const doc: any = validDoc();
    doc.teams = Array.from({ length: 1000 }, (_, i) => ({ ...doc.teams[0], id: `t${i}`, legacy: true }));
    doc.handoffs = [];
    const { warnings } = accepted(doc);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/"legacy".*999 more places/);
  });

  it('__proto__ and constructor never reach the model or any prototype', () => {
    const text = JSON.stringify(validDoc())
      .replace('"title"', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "title"')
      .replace('"headcount":3', '"__proto__": {"headcount": 99}, "headcount":3');
    const withView = text.replace(/}$/, ', "view": {"zoom": 1, "__proto__": {"polluted": true}, "prototype": 1}}');
    const result = accepted(withView);
    const all = result.warnings.join('\n');
    expect(all).toContain('"__proto__"');
    expect(all).toContain('"constructor"');
    expect(all).toContain('"prototype"');
    const doc: any = result.doc;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(doc.teams[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(doc.view)).toBe(Object.prototype);
    expect(Object.keys(doc)).not.toContain('__proto__');
    expect(Object.hasOwn(doc, 'constructor')).toBe(false);
    expect(doc.view).toEqual({ zoom: 1 });
    expect(doc.polluted).toBeUndefined();
    expect(({} as any).polluted).toBeUndefined();
  });

  it('unknown keys never fail an import, even beside a real problem they do not hide', () => {
    const doc: any = validDoc();
    doc.extra = 1;
    doc.teams[0].headcount = 0;
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['teams[0].headcount']);
  });

  it('the view is kept as it is, not validated further', () => {
    const view = { viewport: { x: 1, y: 2, zoom: 0.5 }, scenario: 'bold', anything: [1, 'two', null] };
    expect(accepted({ ...validDoc(), view }).doc.view).toEqual(view);
  });

  it('parseValue does not change the value it is given', () => {
    const doc: any = validDoc();
    doc.extra = 1;
    const before = JSON.stringify(doc);
    expect(parseValue(doc).ok).toBe(true);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
