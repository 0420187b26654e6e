// `validate FILE...`: verdicts, problem lines and exit codes of format.md, and no stack trace for any input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { team, validDoc } from '../model/fixture';
import { EXAMPLE_PATH as EXAMPLE } from '../sim/ott';
import { cli } from './run';

const ROOT = resolve(__dirname, '../../..');
let dir: string;


function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fivefold-validate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate', () => {
  it('a valid file: one line with its counts, exit 0', async () => {
    const raw = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const run = await cli(['validate', EXAMPLE]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      `${EXAMPLE}: valid (${raw.teams.length} teams, ${raw.handoffs.length} handoffs, ${raw.scenarios.length} scenarios)`,
    ]);
  });

  it('counts of one are singular', async () => {
    const doc = validDoc();
    doc.teams = [team('solo', 'build')];
    doc.handoffs = [];
    const path = file('solo.json', JSON.stringify(doc));
    expect((await cli(['validate', path])).out).toEqual([`${path}: valid (1 team, 0 handoffs, 1 scenario)`]);
  });

  it('warnings follow the verdict, one per line, and keep exit 0', async () => {
    const doc: any = validDoc();
    doc.colour = 'blue';
    doc.teams[0].legacyId = 7;
    const path = file('warn.json', JSON.stringify(doc));
    const run = await cli(['validate', path]);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/: valid \(/);
    expect(run.out.slice(1)).toHaveLength(2);
    expect(run.out.slice(1).every((l) => l.startsWith('warning: '))).toBe(true);
    expect(run.out.join('\n')).toContain('"colour"');
    expect(run.out.join('\n')).toContain('"legacyId"');
  });

  it('an invalid file: "invalid", then one indented "path: message" line per problem, exit 1', async () => {
    const doc = validDoc();
    doc.teams[3].mix = { routine: 0.3, create: 0.3, decide: 0.2, assure: 0.1 };
    doc.handoffs[2].to = 'nobody';
    const path = file('bad.json', JSON.stringify(doc));
    const run = await cli(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.out[0]).toBe(`${path}: invalid`);
    expect(run.out.slice(1).sort()).toEqual([
      '  handoffs[2].to: no team has the id "nobody" (handoff "Change request")',
      '  teams[3].mix: shares add up to 0.90, not 1 (team "Team risk")',
    ]);
  });

  it('several files: a verdict for each; any invalid gives 1', async () => {
    const bad = file('empty.json', '');
    const run = await cli(['validate', EXAMPLE, bad, EXAMPLE]);
    expect(run.code).toBe(1);
    expect(run.out.filter((l) => !l.startsWith(' '))).toEqual([
      expect.stringMatching(/: valid/),
      `${bad}: invalid`,
      expect.stringMatching(/: valid/),
    ]);
    expect(run.out[2]).toMatch(/^ {2}.*empty/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /no such file/],
    ['a directory', () => dir, /is a directory/],
  ])('%s is unreadable: it says which and why, exit 2, and still checks the others', async (_name, target, why) => {
    const path = target();
    const run = await cli(['validate', path, EXAMPLE]);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain(path);
    expect(run.err[0]).toMatch(why);
    expect(run.out).toEqual([expect.stringMatching(/: valid/)]);
  });

  it('unreadable beats invalid: exit 2', async () => {
    const bad = file('list.json', '[]');
    expect((await cli(['validate', bad, join(dir, 'missing')])).code).toBe(2);
  });

  it.each([[['validate']], [['validate', '--strict', EXAMPLE]], [['frobnicate']], [[]]])('usage error %j: exit 2 with usage', async (args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect([...run.out, ...run.err].join('\n')).toMatch(/usage/i);
  });

  it('"--" lets a file name start with a dash', async () => {
    const path = file('-dash.json', readFileSync(EXAMPLE, 'utf8'));
    const run = await cli(['validate', '--', path]);
    expect(run.code).toBe(0);
  });
});

describe('validate never prints a stack trace, however broken or large the input', () => {
  it('binary garbage', async () => {
    const bytes = Buffer.from(Array.from({ length: 100000 }, (_, i) => (i * 2654435761) % 256));
    const run = await cli(['validate', file('garbage.bin', bytes)]);
    expect(run.code).toBe(1);
    expect(run.out).toHaveLength(2);
    expect(run.out[1]).toMatch(/not JSON/);
  });

  it('JSON nested 100,000 deep', async () => {
    const run = await cli(['validate', file('deep.json', '['.repeat(100000) + ']'.repeat(100000))]);
    expect(run.code).toBe(1);
    expect(run.out).toHaveLength(2);
  });

  it('deep nesting inside a document', async () => {
    const text = JSON.stringify(validDoc()).replace('"title":"Test initiative"', `"title":${'['.repeat(100000)}${']'.repeat(100000)}`);
    const run = await cli(['validate', file('deep-title.json', text)]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([expect.stringMatching(/invalid$/), '  title: must be text']);
  });

  it('a 50 MB view is refused at "view" (format.md: at most 1 MB); a 50 MB broken file says where', async () => {
    const big = { ...validDoc(), view: { blob: 'x'.repeat(50 * 1024 * 1024) } };
    const refused = await cli(['validate', file('big.json', JSON.stringify(big))]);
    expect(refused.code).toBe(1);
    expect(refused.out.slice(1)).toEqual(['  view: is 52.4 MB as JSON; at most 1 MB is allowed']);
    const broken = JSON.stringify(big).slice(0, -2);
    const bad = await cli(['validate', file('big-broken.json', broken)]);
    expect(bad.code).toBe(1);
    expect(bad.out[1]).toMatch(/not JSON: at line 1, column \d+/);
    expect(bad.out[1].length).toBeLessThan(200);
  });

  it('50 MB of numbers in a list', async () => {
    const list = `[${Array.from({ length: 5 * 1024 * 1024 }, (_, i) => i % 10).join(',')}]`;
    const run = await cli(['validate', file('numbers.json', list)]);
    expect(run.code).toBe(1);
    expect(run.out[1]).toMatch(/not a Fivefold document/);
  });

  it('130 invalid teams: 100 problem lines, then "… and N more"', async () => {
    const doc = validDoc();
    doc.teams = Array.from({ length: 130 }, (_, i) => ({ ...team(`t${i}`, 'build'), processDays: -1 }));
    doc.handoffs = [];
    const run = await cli(['validate', file('many.json', JSON.stringify(doc))]);
    expect(run.out).toHaveLength(102);
    expect(run.out[101]).toBe('  … and 30 more');
  });

  it('a failure of our own is one line, exit 2', async () => {
    const run = await cli(['validate', 'x.json'], { readFile: async () => 42 as unknown as string });
    expect(run.code).toBe(2);
    expect(run.err).toEqual([expect.stringMatching(/^fivefold: internal error: /)]);
  });
});

describe('from source, as a reviewer runs it', () => {
  it('npm run cli -- validate: exit 0 for the example, 1 when one file is invalid', () => {
    const bad = file('spawned-bad.json', '{"format":"fivefold","version":1}');
    const ok = spawnSync('npm', ['run', '--silent', 'cli', '--', 'validate', EXAMPLE], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/ott-churn\.fivefold\.json: valid \(/);
    const mixed = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'validate', EXAMPLE, bad], { cwd: ROOT, encoding: 'utf8' });
    expect(mixed.status).toBe(1);
    expect(mixed.stdout).toContain(`${bad}: invalid`);
    expect(mixed.stdout).toContain('  title: is required');
    expect(mixed.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreadable file gives exit 2 from the real process', () => {
    mkdirSync(join(dir, 'sub.json'), { recursive: true });
    const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'validate', join(dir, 'sub.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sub\.json: cannot read: is a directory/);
  });
});
