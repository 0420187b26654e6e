// Which team names are clamped on their cards: only those that may need a third line.
import { describe, expect, it } from 'vitest';
import { nameNeedsClamp } from '../../../src/geometry/nameFit';

describe('nameNeedsClamp', () => {
  it('leaves short names alone', () => {
    for (const name of ['QA', 'Growth', 'Data & ML', 'Team 1234']) expect(nameNeedsClamp(name)).toBe(false);
  });

  it('clamps a name that fills more than two lines, and a single word wider than a line', () => {
    expect(nameNeedsClamp('Customer lifecycle marketing and retention operations')).toBe(true);
    expect(nameNeedsClamp('Supercalifragilisticexpialidociousness')).toBe(true);
  });

  it('does not count a no-break space as a place the line may break', () => {
    const words = 'Data & ML ops';
    expect(nameNeedsClamp(words)).toBe(false);
    // Joined by no-break spaces it is one word, wider than a line.
    expect(nameNeedsClamp(words.replace(/ /g, '\u00a0'))).toBe(true);
  });

  it('gives the same answer for the same name again (it is remembered)', () => {
    const name = 'Subscription analytics';
    expect(nameNeedsClamp(name)).toBe(nameNeedsClamp(name));
  });
});
