import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { simulationInput } from '../../../src/simulation/simulationInput';
import { example as exampleDoc } from '../../support/examples';

describe('simulationInput', () => {
  const doc = exampleDoc();

  it('keeps the previous document when only team positions or the viewport changed', () => {
    const moved = produce(doc, (d) => {
      d.teams[0].position = { x: 901, y: 77 };
      d.teams[3].position = { x: 5, y: 5 };
      d.view = { x: 1, y: 2, zoom: 0.5 };
    });
    expect(moved).not.toBe(doc);
    expect(simulationInput(moved, doc)).toBe(doc);
  });

  it.each([
    ['a headcount', (d: typeof doc) => void (d.teams[1].headcount += 1)],
    ['a layer', (d: typeof doc) => void (d.teams[1].layer = d.teams[1].layer === 'build' ? 'product' : 'build')],
    ['a mix', (d: typeof doc) => void (d.teams[0].mix.routine = d.teams[0].mix.routine === 0.5 ? 0.4 : 0.5)],
    ['a handoff wait', (d: typeof doc) => void (d.handoffs[0].waitDays += 1)],
    ['a scenario lever', (d: typeof doc) => void (d.scenarios[0].adoption[0] = d.scenarios[0].adoption[0] === 0.2 ? 0.3 : 0.2)],
    ['a removed team', (d: typeof doc) => void d.teams.pop()],
    ['a team’s name with its position', (d: typeof doc) => void ((d.teams[2].name = 'Renamed'), (d.teams[2].position = { x: 1, y: 1 }))],
  ])('takes the new document when %s changed', (_what, recipe) => {
    const next = produce(doc, recipe);
    expect(next).not.toBe(doc);
    expect(simulationInput(next, doc)).toBe(next);
  });

  it('takes the new document when there is no previous one', () => {
    expect(simulationInput(doc, null)).toBe(doc);
  });
});
