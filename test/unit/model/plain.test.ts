import { describe, expect, it } from 'vitest';
import { isPlainObject } from '../../../src/model/plain';
import { AUTOMATABLE_KINDS, AutomationSchema, MixSchema } from '../../../src/model';

describe('isPlainObject', () => {
  it('accepts JSON objects, empty or not', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject({ a: 1 })).toBe(true);
  });

  it.each([null, undefined, [], [1], 'text', 3, true])('refuses %j', (v) => {
    expect(isPlainObject(v)).toBe(false);
  });
});

describe('AutomationSchema (the mix plus coordinate)', () => {
  it('has a share per automatable kind, in that order', () => {
    expect(Object.keys(AutomationSchema.shape)).toEqual([...AUTOMATABLE_KINDS]);
  });

  it('checks each share as the mix does, and also needs coordinate', () => {
    const mixLike = { routine: 0.5, create: 0.2, decide: 0.1, assure: 0 };
    expect(MixSchema.safeParse(mixLike).success).toBe(true);
    expect(AutomationSchema.safeParse(mixLike).success).toBe(false);
    expect(AutomationSchema.safeParse({ ...mixLike, coordinate: 0.3 }).success).toBe(true);
    const tooBig = AutomationSchema.safeParse({ ...mixLike, routine: 1.5, coordinate: 0.3 });
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues[0]).toMatchObject({ path: ['routine'], message: 'must be at most 1' });
  });
});
