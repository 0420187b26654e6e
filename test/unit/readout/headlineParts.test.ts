// headlineParts: the headline's four parts as the app renders them one by one (issue 5's wording).
import { describe, expect, it } from 'vitest';
import { formatHeadline, headlinePartText, headlineParts, type HeadlineFigures } from '../../../src/readout';

const figures = (people: [number, number], handoffs: [number, number], days: [number, number], cost: [number, number]): HeadlineFigures => ({
  people: { before: people[0], after: people[1] },
  handoffs: { before: handoffs[0], after: handoffs[1] },
  leadTimeDays: { before: days[0], after: days[1] },
  costTotal: { before: cost[0], after: cost[1] },
});

describe('headlineParts', () => {
  const issue5 = figures([20, 5], [12, 6], [72.5, 28.7957], [3_540_000, 1_116_259.46]);

  it('gives people, handoffs, lead time and cost in that order, rounded for reading', () => {
    const parts = headlineParts(issue5, 'USD');
    expect(parts.map((p) => p.key)).toEqual(['people', 'handoffs', 'leadTime', 'cost']);
    expect(parts.map(headlinePartText)).toEqual(['20 → 5 people', '12 → 6 handoffs', '72.5 → 28.8 days', '$3.54M → $1.12M']);
  });

  it('keeps before and after apart, so the after figure can be emphasised', () => {
    expect(headlineParts(issue5, 'USD')[2]).toMatchObject({ before: '72.5', after: '28.8', unit: ' days' });
  });

  it('says the cost in whole units as well, for the tooltip; the other parts have none', () => {
    const parts = headlineParts(issue5, 'USD');
    expect(parts[3].full).toBe('$3,540,000 → $1,116,259');
    expect(parts.slice(0, 3).every((p) => p.full === undefined)).toBe(true);
  });

  it('uses the singular when one person or one handoff is left', () => {
    const texts = headlineParts(figures([3, 1], [2, 1], [5, 4], [10, 9]), 'EUR').map(headlinePartText);
    expect(texts[0]).toBe('3 → 1 person');
    expect(texts[1]).toBe('2 → 1 handoff');
  });

  it('is what formatHeadline joins', () => {
    expect(formatHeadline(issue5, 'USD')).toBe('20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M');
  });
});
