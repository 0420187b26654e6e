import { describe, expect, it } from 'vitest';
import { headcountOf } from '../../../src/model/headcount';
import { example as exampleDoc } from '../../support/examples';

describe('headcountOf', () => {
  const doc = exampleDoc();
  const people = (id: string) => doc.teams.find((t) => t.id === id)!.headcount;

  it('adds the headcounts of the named teams', () => {
    expect(headcountOf(doc, ['eng', 'qa'])).toBe(people('eng') + people('qa'));
  });

  it('counts every team when given every id', () => {
    let total = 0;
    for (const t of doc.teams) total += t.headcount;
    expect(headcountOf(doc, doc.teams.map((t) => t.id))).toBe(total);
  });

  it('counts an id given twice once, and an unknown id as nothing', () => {
    expect(headcountOf(doc, ['qa', 'qa', 'no-such-team'])).toBe(people('qa'));
  });

  it('is 0 for no teams', () => {
    expect(headcountOf(doc, [])).toBe(0);
  });
});
