// `reach FILE --headcount N [--scenario ID] [--quarter Q] [--json]` (format.md, simulation.md §12).
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PATH } from '../sim/ott';
import { cli } from './run';

describe('reach', () => {
  it('--json prints one object per scenario with format.md’s fields, at each last quarter', async () => {
    const run = await cli(['reach', EXAMPLE_PATH, '--headcount', '5', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out.join('\n'));
    expect(json.map((r: object) => Object.keys(r))).toEqual(
      Array(3).fill(['scenario', 'quarter', 'target', 'reachable', 'adoption', 'automatedShare', 'headcount']),
    );
    const [cautious, evidence, native] = json;
    expect(cautious).toMatchObject({ scenario: 'cautious', quarter: 3, target: 5, reachable: false, adoption: 1 });
    expect(evidence).toMatchObject({ scenario: 'evidence-top', reachable: false, headcount: 8 });
    expect(native).toMatchObject({ scenario: 'ai-native', reachable: true, headcount: 5 });
    expect(native.adoption).toBeCloseTo(0.937, 3);
    expect(native.automatedShare).toBeCloseTo(0.77, 2);
  });

  it('reads in plain words, one line per scenario', async () => {
    const run = await cli(['reach', EXAMPLE_PATH, '--headcount', '6', '--scenario', 'ai-native']);
    expect(run.code).toBe(0);
    expect(run.out).toEqual(['ai-native — AI-native: 6 people by quarter 3 needs adoption 79.6%; AI would do 65% of task work (6 people)']);
    const out = await cli(['reach', EXAMPLE_PATH, '--headcount', '6', '--scenario', 'evidence-top']);
    expect(out.out[0]).toMatch(/is out of reach: even full adoption leaves 8 people/);
  });

  it('--quarter picks the quarter; an early quarter needs more adoption', async () => {
    const run = await cli(['reach', EXAMPLE_PATH, '--headcount', '10', '--scenario', 'ai-native', '--quarter', '1', '--json']);
    const [q1] = JSON.parse(run.out.join('\n'));
    const [q3] = JSON.parse((await cli(['reach', EXAMPLE_PATH, '--headcount', '10', '--scenario', 'ai-native', '--json'])).out.join('\n'));
    expect(q1.quarter).toBe(1);
    expect(q1.adoption).toBeGreaterThanOrEqual(q3.adoption);
  });

  it('usage errors exit 2 with a reason: no --headcount, a bad number, an unknown scenario, no file', async () => {
    for (const [args, reason] of [
      [[EXAMPLE_PATH], /--headcount N is required/],
      [[EXAMPLE_PATH, '--headcount', 'five'], /--headcount takes a whole number/],
      [[EXAMPLE_PATH, '--headcount', '5', '--scenario', 'nope'], /no scenario has the id "nope"/],
      [['--headcount', '5'], /name the file/],
      [[EXAMPLE_PATH, '--headcount', '5', '--fast'], /unknown option "--fast"/],
    ] as const) {
      const run = await cli(['reach', ...args]);
      expect(run.code).toBe(2);
      expect(run.err.join('\n')).toMatch(reason);
    }
  });

  it('an invalid file exits 1 naming the problem, a missing one exits 2', async () => {
    const broken = await cli(['reach', 'broken.json', '--headcount', '5'], { readFile: async () => '{"format":"fivefold","version":1}' });
    expect(broken.code).toBe(1);
    expect(broken.err[0]).toBe('broken.json: invalid');
    const missing = await cli(['reach', 'missing.json', '--headcount', '5']);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/missing.json: cannot read/);
  });
});
