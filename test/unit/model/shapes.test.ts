// Every shape rule of format.md, each broken once in an otherwise valid document, with its path.
import { describe, expect, it } from 'vitest';
import { accepted, problemsOf, team, validDoc, type Json } from './fixture';

/** The path of the one problem, or every path when a broken value also breaks a rule (listed first the shape). */
type Case = [rule: string, mutate: (d: Json) => void, path: string | string[], message?: RegExp];

const long = (n: number) => 'x'.repeat(n);

const cases: Case[] = [
  // Top level
  ['title is required', (d) => delete d.title, 'title', /required/],
  ['title is not empty', (d) => (d.title = ''), 'title', /empty/],
  ['title has at most 200 characters', (d) => (d.title = long(201)), 'title', /200/],
  ['title is text', (d) => (d.title = 7), 'title', /text/],
  ['currency is three capital letters', (d) => (d.currency = 'usd'), 'currency', /three capital letters/],
  ['currency is not four letters', (d) => (d.currency = 'EURO'), 'currency'],
  ['initiative is required', (d) => delete d.initiative, 'initiative', /required/],
  ['initiative is an object', (d) => (d.initiative = []), 'initiative', /object/],
  ['teams is required', (d) => delete d.teams, 'teams', /required/],
  ['teams is a list', (d) => (d.teams = {}), 'teams', /list/],
  ['handoffs is required', (d) => delete d.handoffs, 'handoffs', /required/],
  ['scenarios is required', (d) => delete d.scenarios, 'scenarios', /required/],
  ['at least one scenario', (d) => (d.scenarios = []), 'scenarios', /at least one/],
  ['view is an object', (d) => (d.view = [1]), 'view', /object/],
  ['layers is a list', (d) => (d.layers = { id: 'strategy' }), 'layers', /list/],
  // Initiative
  ['problem has at most 2000 characters', (d) => (d.initiative.problem = long(2001)), 'initiative.problem', /2000/],
  ['metric is not empty', (d) => (d.initiative.metric = ''), 'initiative.metric', /empty/],
  ['baseline is a number', (d) => (d.initiative.baseline = '10'), 'initiative.baseline', /number/],
  ['target is required', (d) => delete d.initiative.target, 'initiative.target', /required/],
  ['windowDays is more than 0', (d) => (d.initiative.windowDays = 0), 'initiative.windowDays', /more than 0/],
  ['measurementLagDays is 0 or more', (d) => (d.initiative.measurementLagDays = -1), 'initiative.measurementLagDays'],
  // Layers
  ['layer id is one of the five', (d) => (d.layers = [{ id: 'finance', name: 'Finance' }]), 'layers[0].id', /one of/],
  ['layer name is not empty', (d) => (d.layers = [{ id: 'build', name: '' }]), 'layers[0].name', /empty/],
  ['layer name has at most 60 characters', (d) => (d.layers = [{ id: 'build', name: long(61) }]), 'layers[0].name', /60/],
  // Teams
  ['team name is not empty', (d) => (d.teams[0].name = ''), 'teams[0].name', /empty/],
  ['team name has at most 120 characters', (d) => (d.teams[0].name = long(121)), 'teams[0].name', /120/],
  ['team layer is one of the five', (d) => (d.teams[0].layer = 'finance'), 'teams[0].layer', /strategy, product, build, execution, control/],
  ['headcount is at least 1', (d) => (d.teams[0].headcount = 0), 'teams[0].headcount', /at least 1/],
  ['headcount is whole', (d) => (d.teams[0].headcount = 2.5), 'teams[0].headcount', /whole/],
  ['costPerFte is 0 or more', (d) => (d.teams[0].costPerFte = -1), 'teams[0].costPerFte'],
  ['processDays is 0 or more', (d) => (d.teams[0].processDays = -0.5), 'teams[0].processDays'],
  ['mix is required', (d) => delete d.teams[0].mix, 'teams[0].mix', /required/],
  ['a mix share is at most 1', (d) => (d.teams[0].mix = { routine: 1.2, create: 0, decide: 0, assure: 0 }), ['teams[0].mix.routine', 'teams[0].mix'], /at most 1/],
  ['a mix share is at least 0', (d) => (d.teams[0].mix = { routine: 0.5, create: 0.5, decide: 0.1, assure: -0.1 }), 'teams[0].mix.assure', /at least 0/],
  ['a mix share is required', (d) => delete d.teams[0].mix.decide, 'teams[0].mix.decide', /required/],
  ['minAccountable is whole', (d) => (d.teams[0].minAccountable = 1.5), 'teams[0].minAccountable', /whole/],
  ['minAccountable is 0 or more', (d) => (d.teams[0].minAccountable = -1), 'teams[0].minAccountable'],
  ['roles is a list', (d) => (d.teams[0].roles = 'Engineer'), 'teams[0].roles', /list/],
  ['a role is not empty', (d) => (d.teams[0].roles = ['Engineer', '']), 'teams[0].roles[1]', /empty/],
  ['notes has at most 5000 characters', (d) => (d.teams[0].notes = long(5001)), 'teams[0].notes', /5000/],
  ['position has numbers', (d) => (d.teams[0].position = { x: '1', y: 2 }), 'teams[0].position.x', /number/],
  ['team id uses only the id characters', (d) => d.teams.push({ ...team('a b', 'build') }), 'teams[4].id', /letters, digits/],
  ['team id has at most 64 characters', (d) => d.teams.push({ ...team(long(65), 'build') }), 'teams[4].id'],
  ['team id is not empty', (d) => d.teams.push({ ...team('', 'build') }), 'teams[4].id'],
  // Handoffs
  ['handoff id uses only the id characters', (d) => (d.handoffs[0].id = 'h/1'), 'handoffs[0].id'],
  ['handoff from is required', (d) => delete d.handoffs[0].from, 'handoffs[0].from', /required/],
  ['artifact has at most 200 characters', (d) => (d.handoffs[0].artifact = long(201)), 'handoffs[0].artifact', /200/],
  ['waitDays is 0 or more', (d) => (d.handoffs[0].waitDays = -1), 'handoffs[0].waitDays'],
  ['ca is more than 0', (d) => (d.handoffs[0].ca = 0), 'handoffs[0].ca', /more than 0/],
  ['ca is at most 1', (d) => (d.handoffs[0].ca = 1.01), 'handoffs[0].ca', /at most 1/],
  ['kind is work or feedback', (d) => (d.handoffs[0].kind = 'review'), 'handoffs[0].kind', /"work" or "feedback"/],
  // Assumptions
  ['f0 is 0 or more', (d) => (d.assumptions.f0 = -0.1), 'assumptions.f0'],
  ['kPair is 0 or more', (d) => (d.assumptions.kPair = -1), 'assumptions.kPair'],
  ['kHandoff is 0 or more', (d) => (d.assumptions.kHandoff = -1), 'assumptions.kHandoff'],
  ['fMax is less than 1', (d) => (d.assumptions.fMax = 1), 'assumptions.fMax', /less than 1/],
  // Scenarios
  ['scenario id uses only the id characters', (d) => (d.scenarios[0].id = 'bold one'), 'scenarios[0].id'],
  ['scenario name is not empty', (d) => (d.scenarios[0].name = ''), 'scenarios[0].name', /empty/],
  ['adoption has at least 1 value', (d) => (d.scenarios[0].adoption = []), 'scenarios[0].adoption', /at least 1/],
  ['adoption has at most 20 values', (d) => (d.scenarios[0].adoption = new Array(21).fill(0.5)), 'scenarios[0].adoption', /20/],
  ['an adoption value is at most 1', (d) => (d.scenarios[0].adoption[1] = 1.5), 'scenarios[0].adoption[1]', /at most 1/],
  ['potential is in [0,1]', (d) => (d.scenarios[0].potential.coordinate = -0.1), 'scenarios[0].potential.coordinate'],
  ['cap is in [0,1]', (d) => (d.scenarios[0].cap.routine = 1.1), 'scenarios[0].cap.routine', /at most 1/],
  ['cap is required', (d) => delete d.scenarios[0].cap, 'scenarios[0].cap', /required/],
  ['capGrowth is in [0,1]', (d) => (d.scenarios[0].capGrowth = 2), 'scenarios[0].capGrowth'],
  ['sigmaFirst is in [0,1]', (d) => (d.scenarios[0].sigmaFirst = -0.1), 'scenarios[0].sigmaFirst'],
  ['sigmaControl is in [0,1]', (d) => (d.scenarios[0].sigmaControl = 1.1), 'scenarios[0].sigmaControl'],
  ['minHumans is at least 1', (d) => (d.scenarios[0].minHumans = 0), 'scenarios[0].minHumans', /at least 1/],
  ['controlNoShrink is true or false', (d) => (d.scenarios[0].controlNoShrink = 'yes'), 'scenarios[0].controlNoShrink', /true or false/],
  ['absorbThreshold is more than 0', (d) => (d.scenarios[0].absorbThreshold = 0), 'scenarios[0].absorbThreshold', /more than 0/],
  ['maxDomains is a whole number of at least 1', (d) => (d.scenarios[0].maxDomains = 1.5), 'scenarios[0].maxDomains', /whole/],
  ['roundingSlack is 0 or more', (d) => (d.scenarios[0].roundingSlack = -0.1), 'scenarios[0].roundingSlack'],
  ['aiCostRatio is 0 or more', (d) => (d.scenarios[0].aiCostRatio = -1), 'scenarios[0].aiCostRatio'],
];

describe('shape rules: one broken field gives exactly one problem, at its path', () => {
  it('the fixture itself is valid', () => {
    expect(accepted(validDoc()).doc.teams).toHaveLength(4);
  });

  it.each(cases)('%s', (_rule, mutate, path, message) => {
    const doc = validDoc();
    mutate(doc);
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(typeof path === 'string' ? [path] : path);
    expect(problems[0].message.length).toBeGreaterThan(3);
    if (message) expect(problems[0].message).toMatch(message);
  });
});

describe('optional fields may be left out', () => {
  it.each([
    ['currency', (d: Json) => delete d.currency],
    ['initiative.unit', (d: Json) => delete d.initiative.unit],
    ['assumptions', (d: Json) => delete d.assumptions],
    ['one assumption', (d: Json) => delete d.assumptions.kPair],
    ['handoff kind', (d: Json) => delete d.handoffs[0].kind],
    ['layers and view', (d: Json) => ((d.layers = undefined), (d.view = undefined))],
  ])('%s', (_name, mutate) => {
    const doc = validDoc();
    mutate(doc);
    expect(accepted(doc).warnings).toEqual([]);
  });

  it('an empty list of teams and handoffs is a new model, not an error', () => {
    const doc = validDoc();
    doc.teams = [];
    doc.handoffs = [];
    expect(accepted(doc).doc.teams).toEqual([]);
  });

  it('lengths are JavaScript string lengths (an emoji counts 2)', () => {
    const doc = validDoc();
    doc.title = '😀'.repeat(100); // 200 UTF-16 units
    expect(accepted(doc).doc.title).toBe(doc.title);
    doc.title += 'x';
    expect(problemsOf(doc).map((p) => p.path)).toEqual(['title']);
  });
});
