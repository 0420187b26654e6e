import { describe, expect, it } from 'vitest';
import { peopleWord } from '../../../src/model/words';

describe('peopleWord', () => {
  it('is "person" for exactly one and "people" for any other count, fractions and zero included', () => {
    expect(peopleWord(1)).toBe('person');
    for (const n of [0, 2, 0.5, 1.5, 20]) expect(peopleWord(n)).toBe('people');
  });
});
