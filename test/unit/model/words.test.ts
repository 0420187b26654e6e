import { describe, expect, it } from 'vitest';
import { counted, peopleWord } from '../../../src/model/words';

describe('peopleWord', () => {
  it('is "person" for exactly one and "people" for any other count, fractions and zero included', () => {
    expect(peopleWord(1)).toBe('person');
    for (const n of [0, 2, 0.5, 1.5, 20]) expect(peopleWord(n)).toBe('people');
  });
});

describe('counted', () => {
  it('gives the singular noun for exactly one and a plain plural for any other count', () => {
    expect(counted(1, 'team')).toBe('1 team');
    expect(counted(0, 'warning')).toBe('0 warnings');
    expect(counted(12, 'handoff')).toBe('12 handoffs');
  });
});
