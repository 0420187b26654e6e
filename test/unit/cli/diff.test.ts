import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './run';

const OTT = readFileSync('examples/ott-churn.fivefold.json', 'utf8');
const files = (map: Record<string, string>) => ({
  readFile: async (p: string) => {
    if (p in map) return map[p];
    throw new Error('no such file');
  },
});
const moved = () => {
  const j = JSON.parse(OTT);
  j.teams[0].position = { x: 5, y: 5 };
  return JSON.stringify(j);
};
const bigger = () => {
  const j = JSON.parse(OTT);
  j.teams[5].headcount = 4;
  return JSON.stringify(j);
};

describe('cli diff', () => {
  it('exits 0 for models equal but for positions, and says what moved', async () => {
    const { code, out } = await cli(['diff', 'a.json', 'b.json'], files({ 'a.json': OTT, 'b.json': moved() }));
    expect(code).toBe(0);
    expect(out[0]).toBe('a.json → b.json: the same model (positions and view aside)');
    expect(out).toContain('moved (layout only): strat (Strategy & finance)');
  });

  it('exits 1 when they differ, in text, Markdown and JSON', async () => {
    const io = files({ 'a.json': OTT, 'b.json': bigger() });
    const text = await cli(['diff', 'a.json', 'b.json'], io);
    expect(text.code).toBe(1);
    expect(text.out).toContain('teams: ~ qa (QA): headcount 1 → 4');
    const md = await cli(['diff', 'a.json', 'b.json', '--format', 'md'], io);
    expect(md.code).toBe(1);
    expect(md.out.join('\n')).toContain('- **changed** qa (QA): headcount 1 → 4');
    const json = await cli(['diff', 'a.json', 'b.json', '--format=json'], io);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out.join('\n')).teams.changed).toEqual([{ id: 'qa', fields: { headcount: [1, 4] } }]);
  });

  it('exits 2 with one sentence for a missing or invalid file, and for usage errors', async () => {
    const missing = await cli(['diff', 'a.json', 'gone.json'], files({ 'a.json': OTT }));
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual(['gone.json: cannot read: no such file']);
    const invalid = await cli(['diff', 'a.json', 'b.json'], files({ 'a.json': OTT, 'b.json': '[]' }));
    expect(invalid.code).toBe(2);
    expect(invalid.err).toEqual(['b.json: This is not a Fivefold document: the file holds a JSON list, not a JSON object.']);
    for (const args of [['diff', 'a.json'], ['diff', 'a.json', 'b.json', '--format', 'html'], ['diff', 'a', 'b', 'c']]) {
      const r = await cli(args, files({ 'a.json': OTT, 'b.json': OTT }));
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toMatch(/^diff: .*\nusage: npm run cli -- diff A B/);
    }
  });
});
