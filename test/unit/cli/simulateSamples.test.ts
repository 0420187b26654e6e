// `simulate FILE --samples N [--seed S]` (format.md version 2, simulation.md §11).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXAMPLE_PATH } from '../sim/ott';
import { cli as run } from './run';

const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');
const noRanges = JSON.parse(EXAMPLE);
for (const s of noRanges.scenarios) if (s.id !== 'ai-native') delete s.uncertainty;
const FILES: Record<string, string> = { 'ott.json': EXAMPLE, 'some.json': JSON.stringify(noRanges) };

const cli = (args: string[]) =>
  run(['simulate', ...args], {
    readFile: async (path) => {
      if (path in FILES) return FILES[path];
      throw new Error('no such file');
    },
  });

describe('simulate --samples', () => {
  it('adds result.uncertainty: AI-native at Q3 reads P10 7, P50 9, P90 10 over 1,000 samples, seed 1', async () => {
    const r = await cli(['ott.json', '--scenario', 'ai-native', '--samples', '1000', '--json']);
    expect(r.code).toBe(0);
    const [q3] = JSON.parse(r.out.join('\n')).results;
    expect(Object.keys(q3.uncertainty)).toEqual(['samples', 'seed', 'headcount', 'handoffs', 'leadTimeDays', 'cost']);
    expect(q3.uncertainty).toMatchObject({ samples: 1000, seed: 1, headcount: { p10: 7, p50: 9, p90: 10 } });
    expect(q3.headcount).toBe(5);
  });

  it('the same file and seed give the same numbers; another seed other draws', async () => {
    const a = await cli(['ott.json', '--samples', '200', '--seed', '7', '--json', '--quarter', 'all']);
    const b = await cli(['ott.json', '--samples', '200', '--seed', '7', '--json', '--quarter', 'all']);
    const c = await cli(['ott.json', '--samples', '200', '--seed', '8', '--json', '--quarter', 'all']);
    expect(a.out).toEqual(b.out);
    const seeds = JSON.parse(c.out.join('\n')).results.map((x: { uncertainty: { seed: number } }) => x.uncertainty.seed);
    expect(new Set(seeds)).toEqual(new Set([8]));
    expect(c.out).not.toEqual(a.out);
  });

  it('the table shows P10–P90 under headcount, handoffs, lead time and cost', async () => {
    const r = await cli(['ott.json', '--scenario', 'ai-native', '--samples', '1000']);
    const lines = r.out;
    const at = lines.findIndex((l) => l.startsWith('headcount'));
    expect(lines[at]).toMatch(/^headcount\s+20\s+5$/);
    expect(lines[at + 1]).toMatch(/^\s+P10–P90\s+7–10$/);
    expect(lines.filter((l) => /^\s+P10–P90/.test(l))).toHaveLength(4);
  });

  it('a scenario without ranges gets no uncertainty, and says why on standard error', async () => {
    const r = await cli(['some.json', '--samples', '100', '--json']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.out.join('\n')).results;
    expect(results.map((x: { scenario: string; uncertainty?: unknown }) => [x.scenario, 'uncertainty' in x])).toEqual([
      ['cautious', false],
      ['evidence-top', false],
      ['ai-native', true],
    ]);
    expect(r.err).toEqual([
      'cautious: no uncertainty ranges, so nothing to sample (add them in the levers drawer or the file’s scenarios[].uncertainty)',
      'evidence-top: no uncertainty ranges, so nothing to sample (add them in the levers drawer or the file’s scenarios[].uncertainty)',
    ]);
    // Without --samples nothing is sampled, ranges or not.
    expect('uncertainty' in JSON.parse((await cli(['ott.json', '--json'])).out.join('\n')).results[2]).toBe(false);
  });

  it('refuses bad values with a reason and exit 2', async () => {
    for (const [args, reason] of [
      [['--samples', '0'], /--samples takes a whole number from 1 to 20000, not "0"/],
      [['--samples', 'many'], /--samples takes a whole number/],
      [['--samples', '100', '--seed', '-1'], /--seed takes a whole number from 0 to 4294967295/],
      [['--seed', '3'], /--seed goes with --samples N/],
    ] as const) {
      const r = await cli(['ott.json', ...args]);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toMatch(reason);
    }
  });
});
