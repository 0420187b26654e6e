// The rules of format.md beyond the shapes: finiteness, ids, ends, cycles, sums and bounds between fields.
import { describe, expect, it } from 'vitest';
import { parseText, problemLine } from '../../../src/model';
import { accepted, linesOf, problemsOf, team, validDoc, type Json } from './fixture';

/** The document as text with the number `marker` replaced by `literal` (JSON.stringify cannot write 1e999). */
function withLiteral(doc: Json, marker: number, literal: string): string {
  const text = JSON.stringify(doc);
  expect(text).toContain(String(marker));
  return text.replace(String(marker), literal);
}

describe('every number is finite', () => {
  it.each([
    // Inside a team, handoff or scenario, the message names it.
    ['teams[0].costPerFte', (d: Json, m: number) => (d.teams[0].costPerFte = m), ' (team "Team strat")'],
    ['initiative.baseline', (d: Json, m: number) => (d.initiative.baseline = m), ''],
    ['handoffs[1].waitDays', (d: Json, m: number) => (d.handoffs[1].waitDays = m), ' (handoff "Release")'],
    ['assumptions.kPair', (d: Json, m: number) => (d.assumptions.kPair = m), ''],
    ['scenarios[0].roundingSlack', (d: Json, m: number) => (d.scenarios[0].roundingSlack = m), ' (scenario "Bold")'],
    ['teams[1].position.y', (d: Json, m: number) => (d.teams[1].position = { x: 0, y: m }), ' (team "Team eng")'],
  ])('1e999 at %s is refused there', (path, put, named) => {
    const doc = validDoc();
    put(doc, 987654.321);
    const problems = problemsOf(withLiteral(doc, 987654.321, '1e999'));
    expect(problems).toContainEqual({ path, message: `must be a finite number${named}` });
  });

  it('-1e999 is refused too', () => {
    const doc = validDoc();
    doc.initiative.target = 987654.321;
    expect(linesOf(withLiteral(doc, 987654.321, '-1e999'))).toEqual(['initiative.target: must be a finite number']);
  });
});

describe('ids', () => {
  it('team ids are unique', () => {
    const doc = validDoc();
    doc.teams.push(team('eng', 'product'));
    expect(problemsOf(doc)).toEqual([{ path: 'teams[4].id', message: expect.stringContaining('"eng"') }]);
  });

  it('handoff ids are unique', () => {
    const doc = validDoc();
    doc.handoffs[2].id = 'h1';
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['handoffs[2].id']);
  });

  it('scenario ids are unique', () => {
    const doc = validDoc();
    doc.scenarios.push({ ...doc.scenarios[0], name: 'Copy' });
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['scenarios[1].id']);
  });

  it('no scenario is called "baseline"', () => {
    const doc = validDoc();
    doc.scenarios[0].id = 'baseline';
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['scenarios[0].id']);
    expect(problems[0].message).toContain('baseline');
  });

  it('each layer is overridden at most once', () => {
    const doc = validDoc();
    doc.layers = [{ id: 'build', name: 'Build' }, { id: 'control', name: 'Risk' }, { id: 'build', name: 'Make' }];
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['layers[2].id']);
  });
});

describe('handoff ends', () => {
  it('a handoff to a team that does not exist is refused with the id it names', () => {
    const doc = validDoc();
    doc.handoffs[1].to = 'nobody';
    expect(linesOf(doc)).toEqual(['handoffs[1].to: no team has the id "nobody" (handoff "Release")']);
  });

  it('a handoff from a team that does not exist is refused', () => {
    const doc = validDoc();
    doc.handoffs[0].from = 'ghost';
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['handoffs[0].from']);
  });

  it.each(['work', 'feedback'])('a %s handoff cannot go from a team to itself', (kind) => {
    const doc = validDoc();
    doc.handoffs.push({ id: 'self', from: 'ops', to: 'ops', artifact: '', waitDays: 0, ca: 1, kind });
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['handoffs[3].to']);
  });

  it('several handoffs between the same two teams are allowed', () => {
    const doc = validDoc();
    doc.handoffs.push({ id: 'h1b', from: 'strat', to: 'eng', artifact: 'Budget', waitDays: 1, ca: 1 });
    expect(accepted(doc).doc.handoffs).toHaveLength(4);
  });
});

describe('work handoffs form no cycle', () => {
  /** Teams and work handoffs along `ids`, closing the loop back to the first. */
  function loop(ids: string[]): Json {
    const doc = validDoc();
    doc.teams = ids.map((id) => team(id, 'build'));
    doc.handoffs = ids.map((id, i) => ({ id: `l${i}`, from: id, to: ids[(i + 1) % ids.length], artifact: '', waitDays: 0, ca: 1 }));
    return doc;
  }

  it('the error at "handoffs" names the teams of the cycle in order', () => {
    const ids = ['care', 'strat', 'insight', 'prod'];
    const doc = loop(ids);
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['handoffs']);
    const match = /^work handoffs form a cycle: (.+)$/.exec(problems[0].message);
    expect(match).not.toBeNull();
    const named = match![1].split(' → ');
    // Closed, every team once, and each step is one of the handoffs.
    expect(named[0]).toBe(named[named.length - 1]);
    expect([...named.slice(1)].sort()).toEqual([...ids].sort());
    const arcs = new Set(doc.handoffs.map((h: Json) => `${h.from}>${h.to}`));
    for (let i = 0; i + 1 < named.length; i++) expect(arcs.has(`${named[i]}>${named[i + 1]}`)).toBe(true);
  });

  it('reads the same whatever order the handoffs are listed in', () => {
    const a = loop(['x', 'y', 'z']);
    const b = loop(['x', 'y', 'z']);
    b.handoffs.reverse();
    expect(problemsOf(a)).toEqual(problemsOf(b));
  });

  it('a two-team cycle is found', () => {
    const doc = validDoc();
    doc.handoffs.push({ id: 'back', from: 'ops', to: 'eng', artifact: 'Incident', waitDays: 1, ca: 1, kind: 'work' });
    const [p] = problemsOf(doc);
    expect(p.path).toBe('handoffs');
    expect(p.message).toMatch(/(eng → ops → eng|ops → eng → ops)$/);
  });

  it('a feedback handoff may point back against the flow', () => {
    const doc = validDoc();
    doc.handoffs.push({ id: 'back', from: 'ops', to: 'strat', artifact: 'Field report', waitDays: 5, ca: 0.7, kind: 'feedback' });
    expect(accepted(doc).doc.handoffs[3].kind).toBe('feedback');
  });

  it('a handoff without "kind" is work, so it can close a cycle', () => {
    const doc = validDoc();
    doc.handoffs.push({ id: 'back', from: 'ops', to: 'strat', artifact: '', waitDays: 0, ca: 1 });
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['handoffs']);
  });

  it('a cycle through 20,000 teams is found without overflowing the stack', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `t${i}`);
    const problems = problemsOf(loop(ids));
    expect(problems[0].message.split(' → ')).toHaveLength(20001);
  });
});

describe('sums and bounds between fields', () => {
  it('mix shares add up to 1: the message gives the sum', () => {
    const doc = validDoc();
    doc.teams[3].mix = { routine: 0.3, create: 0.3, decide: 0.2, assure: 0.1 };
    expect(linesOf(doc)).toEqual(['teams[3].mix: shares add up to 0.90, not 1 (team "Team risk")']);
  });

  it('mix shares within 0.001 of 1 are accepted, beyond it refused', () => {
    const doc = validDoc();
    doc.teams[0].mix = { routine: 0.4, create: 0.3, decide: 0.2, assure: 0.1009 };
    expect(accepted(doc).doc.teams[0].mix.assure).toBe(0.1009);
    doc.teams[0].mix.assure = 0.1012;
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['teams[0].mix']);
  });

  it('minAccountable is at most the headcount', () => {
    const doc = validDoc();
    doc.teams[2].minAccountable = 3;
    expect(accepted(doc).doc.teams[2].minAccountable).toBe(3);
    doc.teams[2].minAccountable = 4;
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['teams[2].minAccountable']);
  });

  it('f0 is at most fMax', () => {
    const doc = validDoc();
    doc.assumptions = { f0: 0.5, fMax: 0.5 };
    expect(accepted(doc).doc.assumptions.f0).toBe(0.5);
    doc.assumptions = { f0: 0.6, fMax: 0.5 };
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['assumptions.f0']);
  });

  it('f0 left to its default is still compared with a given fMax', () => {
    const doc = validDoc();
    doc.assumptions = { fMax: 0.1 };
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['assumptions.f0']);
  });

  it('the cap is at least the potential, kind by kind', () => {
    const doc = validDoc();
    doc.scenarios[0].cap.decide = 0.2; // potential 0.3
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['scenarios[0].cap.decide']);
  });
});

describe('reporting', () => {
  it('every problem is reported, not only the first', () => {
    const doc = validDoc();
    doc.title = '';
    doc.teams[1].headcount = 0;
    doc.handoffs[0].to = 'nobody';
    doc.scenarios[0].id = 'baseline';
    expect(problemsOf(doc).map((p) => p.path).sort()).toEqual(['handoffs[0].to', 'scenarios[0].id', 'teams[1].headcount', 'title']);
  });

  it('up to 100 problems, then "… and N more"', () => {
    const doc = validDoc();
    doc.teams = Array.from({ length: 130 }, (_, i) => ({ ...team(`t${i}`, 'build'), headcount: 0 }));
    doc.handoffs = [];
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(101);
    expect(problems.slice(0, 100).every((p) => /^teams\[\d+\]\.headcount$/.test(p.path))).toBe(true);
    expect(problemLine(problems[100])).toBe('… and 30 more');
  });

  it('exactly 100 problems are all listed, with no "more" line', () => {
    const doc = validDoc();
    doc.teams = Array.from({ length: 100 }, (_, i) => ({ ...team(`t${i}`, 'build'), headcount: 0 }));
    doc.handoffs = [];
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(100);
    expect(problems.some((p) => p.message.includes('more'))).toBe(false);
  });

  it('never throws, whatever the value', () => {
    const weird = ['null', '0', '"x"', '[]', '{"format":"fivefold","version":1,"teams":[null,1,"x"],"handoffs":{},"scenarios":[[]]}'];
    for (const text of weird) expect(parseText(text).ok).toBe(false);
  });
});
