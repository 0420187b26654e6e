// Regression tests for what fuzzing 10,000 generated documents found (issue "never half-load"):
// each accepted document can be saved, and each refusal says where, what and which record.
import { describe, expect, it } from 'vitest';
import { parseText, serialize } from '../../../src/model';
import { accepted, linesOf, problemsOf, validDoc, type Json } from './fixture';

const nested = (depth: number): unknown => {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

describe('view: kept as it is, within format.md limits', () => {
  it('a view 64 levels deep is accepted and saves; 65 is refused at "view"', () => {
    const ok = accepted({ ...validDoc(), view: { a: nested(63) } });
    expect(() => serialize(ok.doc)).not.toThrow();
    expect(problemsOf({ ...validDoc(), view: { a: nested(64) } })).toEqual([
      { path: 'view', message: 'is nested more than 64 levels deep; at most 64 are allowed' },
    ]);
  });

  it('nested 4,000 deep (accepted before, then every save threw RangeError): refused, and the other problems are still listed', () => {
    const doc = validDoc();
    doc.view = { deep: nested(4000) };
    doc.teams[0].headcount = 0;
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['view', 'teams[0].headcount']);
  });

  it('a view just under 1 MB as JSON is accepted; just over is refused at "view"', () => {
    accepted({ ...validDoc(), view: { blob: 'x'.repeat(999_980) } });
    expect(linesOf({ ...validDoc(), view: { blob: 'x'.repeat(1_000_000) } })).toEqual(['view: is 1.0 MB as JSON; at most 1 MB is allowed']);
  });

  it('__proto__, constructor and prototype are dropped at every depth of the view, each with a warning', () => {
    const text = JSON.stringify({ ...validDoc(), view: { keep: 1, layout: { panes: [{ size: 2 }] } } })
      .replace('"keep":1', '"keep":1,"__proto__":{"polluted":true}')
      .replace('"size":2', '"size":2,"constructor":{"prototype":{"x":1}}')
      .replace('"panes"', '"prototype":0,"panes"');
    const result = accepted(text);
    expect(result.doc.view).toEqual({ keep: 1, layout: { panes: [{ size: 2 }] } });
    expect(Object.hasOwn(result.doc.view!, '__proto__')).toBe(false);
    expect(({} as Json).polluted).toBeUndefined();
    const w = result.warnings.join('\n');
    expect(w).toMatch(/"__proto__" dropped at view\.__proto__/);
    expect(w).toMatch(/"prototype" dropped at view\.layout\.prototype/);
    expect(w).toMatch(/"constructor" dropped at view\.layout\.panes\[0\]\.constructor/);
    expect(serialize(result.doc)).not.toMatch(/__proto__|constructor|prototype/);
  });

  it('a clean view comes back as the same object (nothing copied for nothing)', () => {
    const doc = validDoc();
    const view = { a: [{ b: 1 }] };
    doc.view = view;
    expect(accepted(doc).doc.view).toEqual(view);
  });
});

describe('refusals name the record and quote the value', () => {
  it('teams[1].headcount -2 names the team and quotes -2', () => {
    const doc = validDoc();
    doc.teams[1].name = 'Engineering';
    doc.teams[1].headcount = -2;
    expect(linesOf(doc)).toEqual(['teams[1].headcount: must be a whole number of at least 1, not -2 (team "Engineering")']);
  });

  it('a 100,000-character name is quoted shortened to 80 characters, with its length', () => {
    const doc = validDoc();
    doc.teams[0].name = 'Ä'.repeat(100_000);
    const [line] = linesOf(doc);
    expect(line.length).toBeLessThan(300);
    expect(line).toMatch(/^teams\[0\]\.name: must be at most 120 characters, not "Ä{77}…" \(100000 characters\) \(team "Ä{77}…"\)$/);
  });

  it('a handoff is named by its artifact, else by its id', () => {
    const doc = validDoc();
    doc.handoffs[0].ca = 0;
    doc.handoffs[1].artifact = '';
    doc.handoffs[1].waitDays = 'soon';
    expect(linesOf(doc)).toEqual([
      'handoffs[0].ca: must be more than 0, not 0 (handoff "Brief")',
      'handoffs[1].waitDays: must be a number, not "soon" (handoff "h2")',
    ]);
  });

  it('an id of 100,000 characters named by a handoff is not echoed whole', () => {
    const doc = validDoc();
    doc.handoffs[0].to = 'x'.repeat(100_000);
    for (const line of linesOf(doc)) expect(line.length).toBeLessThan(400);
  });
});

describe('what is refused leaves no trace', () => {
  it('parseText never throws on the fuzz findings', () => {
    for (const text of ['{"format":"fivefold","version":1e999}', `{"format":"fivefold","view":${'['.repeat(5000)}${']'.repeat(5000)}}`]) {
      expect(() => parseText(text)).not.toThrow();
      expect(parseText(text).ok).toBe(false);
    }
  });
});
