// `simulate FILE [--scenario ID] [--quarter N|all] [--json]` (format.md), run through main() in memory.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXAMPLE_PATH } from '../sim/ott';
import { cli as run } from './run';

const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');
const FILES: Record<string, string> = {
  'ott.json': EXAMPLE,
  'broken.json': JSON.stringify({ ...JSON.parse(EXAMPLE), teams: [{ id: 'x' }] }),
  'not-json.json': '{ nope',
};

async function cli(args: string[]) {
  const readFile = async (path: string) => {
    if (path in FILES) return FILES[path];
    throw new Error('no such file');
  };
  const { code, out, err } = await run(['simulate', ...args], { readFile });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// format.md's Result fields, exactly.
const RESULT_KEYS = [
  'scenario', 'quarter', 'adoption', 'headcount', 'handoffs', 'leadTimeDays', 'touchDays', 'waitDays', 'flowEfficiency',
  'fidelity', 'cost', 'automatedFte', 'groups', 'criticalPath', 'pyramid', 'learningLoops', 'search', 'warnings',
].sort();

describe('simulate --json', () => {
  it('prints exactly { baseline, results } with format.md’s Result fields, each scenario at its last quarter', async () => {
    const run = await cli(['ott.json', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(Object.keys(json).sort()).toEqual(['baseline', 'results']);
    expect(json.baseline).toMatchObject({ scenario: 'baseline', quarter: 0, adoption: 0, search: 'none', headcount: 20 });
    expect(json.results.map((r: { scenario: string; quarter: number }) => [r.scenario, r.quarter])).toEqual([
      ['cautious', 3],
      ['evidence-top', 3],
      ['ai-native', 3],
    ]);
    for (const r of [json.baseline, ...json.results]) expect(Object.keys(r).sort()).toEqual(RESULT_KEYS);
    const ai = json.results[2];
    expect(ai.headcount).toBe(5);
    expect(Object.keys(ai.cost).sort()).toEqual(['ai', 'human', 'total']);
    expect(Object.keys(ai.pyramid).sort()).toEqual(['execution', 'innovation', 'orchestration', 'unallocated']);
  });

  it('keeps numbers unrounded', async () => {
    const json = JSON.parse((await cli(['ott.json', '--json', '--scenario', 'ai-native'])).out);
    expect(json.results[0].leadTimeDays).toBeCloseTo(28.8, 2);
    expect(json.results[0].cost.human).not.toBe(Math.round(json.results[0].cost.human));
  });

  it('--scenario picks one, --quarter N takes min(N, last), --quarter all lists every quarter', async () => {
    const one = JSON.parse((await cli(['ott.json', '--json', '--scenario=ai-native', '--quarter', '1'])).out);
    expect(one.results.map((r: { quarter: number; headcount: number }) => [r.quarter, r.headcount])).toEqual([[1, 10]]);
    const past = JSON.parse((await cli(['ott.json', '--json', '--scenario', 'ai-native', '--quarter', '9'])).out);
    expect(past.results.map((r: { quarter: number }) => r.quarter)).toEqual([3]);
    const all = JSON.parse((await cli(['ott.json', '--json', '--scenario', 'ai-native', '--quarter', 'all'])).out);
    expect(all.results.map((r: { headcount: number }) => r.headcount)).toEqual([18, 10, 6, 5]);
  });

  it('--trace adds the explanation under trace', async () => {
    const json = JSON.parse((await cli(['ott.json', '--json', '--trace', '--scenario', 'ai-native'])).out);
    expect(json.results[0].trace.teams.find((t: { team: string }) => t.team === 'insight').absorption.reason).toBe('x = 0.31 < 0.75: absorbed by strat');
  });
});

describe('simulate, readable table', () => {
  it('shows per scenario headcount before → after, per layer, handoffs, lead time, cost and pyramid, rounded per §0', async () => {
    const run = await cli(['ott.json', '--scenario', 'ai-native']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('headcount 20 → 5');
    // Layer rows carry the layers' display names (the catalogue's, as no layer is renamed here).
    for (const label of ['  Strategy', '  Product & Design', '  Build & Data', '  Execution', '  Control', 'work handoffs', 'lead time (days)', 'cost, total (USD)', 'pyramid (FTE): execution', 'unallocated']) {
      expect(run.out).toContain(label);
    }
    expect(run.out).toMatch(/lead time \(days\)\s+72\.50\s+28\.80/);
    expect(run.out).toMatch(/cost, total \(USD\)\s+3,540,000\s+1,116,259/);
    expect(run.out).toMatch(/fidelity\s+0\.383\s+0\.727/);
    expect(run.out).toContain('strat{insight, prod, strat} 1');
  });

  it("names a renamed layer with the document's own name", async () => {
    const renamed = JSON.stringify({ ...JSON.parse(EXAMPLE), layers: [{ id: 'build', name: 'Engineering' }] });
    const { code, out } = await run(['simulate', 'renamed.json', '--scenario', 'ai-native'], { readFile: async () => renamed });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^ {2}Engineering\s+\d+\s+\d+$/m);
    expect(text).not.toContain('Build & Data');
  });

  it('--quarter all has a column per quarter', async () => {
    const run = await cli(['ott.json', '--scenario', 'ai-native', '--quarter', 'all']);
    expect(run.out).toMatch(/headcount\s+20\s+18\s+10\s+6\s+5/);
  });
});

describe('simulate, bad input: messages and exit codes, never a stack trace', () => {
  it('an invalid file gets the validator’s messages and exit 1', async () => {
    const run = await cli(['broken.json']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('broken.json: invalid');
    expect(run.err).toMatch(/teams\[0\]\.name: is required/);
    const notJson = await cli(['not-json.json', '--json']);
    expect(notJson.code).toBe(1);
    expect(notJson.out).toBe('');
  });

  it('usage errors and unreadable files exit 2', async () => {
    for (const args of [[], ['ott.json', 'ott.json'], ['ott.json', '--quarter', 'x'], ['ott.json', '--quarter'], ['ott.json', '--frobnicate'], ['ott.json', '--scenario', 'nope']]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).not.toBe('');
    }
    const missing = await cli(['missing.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('missing.json: cannot read: no such file');
  });
});
