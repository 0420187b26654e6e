import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { readTextFile } from '../../../src/cli/io';
import { cli } from './run';

const OTT = 'examples/ott-churn.fivefold.json';
const files = (map: Record<string, string>) => ({
  readFile: async (p: string) => {
    if (p in map) return map[p];
    throw new Error('no such file');
  },
});

describe('cli report', () => {
  it('prints Markdown by default', async () => {
    const { code, out } = await cli(['report', OTT, '--scenario', 'ai-native']);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^# OTT churn: 10% to 2% in a quarter\n/);
  });

  it('writes HTML to --out and says so', async () => {
    const written = new Map<string, string>();
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: () => {}, readFile: readTextFile, writeFile: async (p: string, t: string) => void written.set(p, t) };
    expect(await main(['report', OTT, '--format', 'html', '--out', 'r.html'], io)).toBe(0);
    expect(written.get('r.html')).toMatch(/^<!doctype html>/);
    expect(out).toEqual(['r.html: HTML review report of OTT churn: 10% to 2% in a quarter']);
  });

  it('exits 2 with one sentence for bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['report', 'gone.json'], /^gone\.json: cannot read: no such file$/],
      [['report', OTT, '--format', 'pdf'], /^report: --format takes "md" or "html", not "pdf"\nusage:/],
      [['report', OTT, '--scenario', 'nope'], /^report: no scenario has the id "nope" \(there are: cautious, evidence-top, ai-native\)\nusage:/],
      [['report'], /^report: name the file to report on\nusage:/],
      [['report', OTT, '--out', '/no/such/folder/r.md'], /^\/no\/such\/folder\/r\.md: cannot write: no such folder$/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await cli(args);
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(message);
    }
  });

  it('exits 2 with one sentence, and writes no report, for a file that is not JSON or not a valid model', async () => {
    const invalid = JSON.parse(readFileSync(OTT, 'utf8'));
    invalid.teams[0].headcount = -3;
    const io = files({ 'cut.json': '{"format": "fivefold", "version": 1, "title": ', 'list.json': '[]', 'bad.json': JSON.stringify(invalid) });
    const cases: [string, RegExp][] = [
      ['cut.json', /^cut\.json: This file is not JSON: at line 1, column \d+, .+\.$/],
      ['list.json', /^list\.json: This is not a Fivefold document: the file holds a JSON list, not a JSON object\.$/],
      ['bad.json', /^bad\.json: not a valid Fivefold document: teams\[0\]\.headcount: must be a whole number of at least 1, not -3 \(team "Strategy & finance"\)$/],
    ];
    for (const [file, message] of cases) {
      const { code, out, err } = await cli(['report', file], io);
      expect(code).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
    }
  });
});
