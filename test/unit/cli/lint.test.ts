import { describe, expect, it } from 'vitest';
import { cli } from './run';

const OTT = 'examples/ott-churn.fivefold.json';
const BANK = 'examples/sme-lending-bank.fivefold.json';
const files = (map: Record<string, string>) => ({
  readFile: async (p: string) => {
    if (p in map) return map[p];
    throw new Error('no such file');
  },
});

describe('cli lint', () => {
  it('prints FILE  severity  rule  message per finding and a count line, exit 0 without errors', async () => {
    const { code, out } = await cli(['lint', OTT]);
    expect(code).toBe(0);
    expect(out[0]).toBe(
      `${OTT}  warning  control-bypass  Engineering hands “Offer and billing config” straight to Revenue ops, skipping Control, while other work from Build & Data to Execution passes through Engineering leadership & AI governance.`,
    );
    expect(out).toHaveLength(7);
    expect(out[6]).toBe('6 findings: 0 errors, 5 warnings, 1 info');
  });

  it('prints JSON per file with --format json', async () => {
    const { code, out } = await cli(['lint', OTT, BANK, '--format', 'json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out.join('\n'));
    expect(parsed.map((r: { file: string }) => r.file)).toEqual([OTT, BANK]);
    expect(parsed[0].findings[0]).toEqual({
      rule: 'control-bypass',
      severity: 'warning',
      message: expect.stringContaining('Engineering hands'),
      target: { kind: 'handoff', id: 'e09' },
      path: 'handoffs[8]',
    });
    expect(parsed[0].findings.at(-1).scenario).toBe('ai-native');
  });

  it('exits 1 when warnings exceed --max-warnings, and 0 at the limit', async () => {
    const over = await cli(['lint', OTT, '--max-warnings=4']);
    expect(over.code).toBe(1);
    expect(over.err).toEqual(['lint: 5 warnings, more than --max-warnings 4.']);
    expect((await cli(['lint', OTT, '--max-warnings', '5'])).code).toBe(0);
  });

  it('exits 1 when a finding is an error by the document’s settings', async () => {
    const doc = JSON.parse((await import('node:fs')).readFileSync(OTT, 'utf8'));
    doc.version = 2;
    doc.lint = { rules: { 'control-bypass': 'error' } };
    const { code, out } = await cli(['lint', 'ott.json'], files({ 'ott.json': JSON.stringify(doc) }));
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^ott\.json {2}error {2}control-bypass {2}/);
  });

  it('exits 2 with one sentence for a missing, broken or invalid file, after linting the others', async () => {
    const { code, out, err } = await cli(['lint', 'gone.json', 'broken.json', 'invalid.json', 'ok.json'], {
      ...files({ 'broken.json': '{"format":', 'invalid.json': '{"format":"fivefold","version":1}', 'ok.json': (await import('node:fs')).readFileSync(OTT, 'utf8') }),
    });
    expect(code).toBe(2);
    expect(err[0]).toBe('gone.json: cannot read: no such file');
    expect(err[1]).toMatch(/^broken\.json: This file is not JSON: at line 1, column 11, /);
    expect(err[2]).toMatch(/^invalid\.json: not a valid Fivefold document: title: is required \(and \d+ more; `validate invalid\.json` lists them all\)$/);
    expect(err).toHaveLength(3);
    expect(out.at(-1)).toBe('6 findings: 0 errors, 5 warnings, 1 info');
  });

  it('treats unknown options, bad values and no files as usage errors', async () => {
    for (const args of [['lint'], ['lint', OTT, '--format', 'xml'], ['lint', OTT, '--max-warnings', '-1'], ['lint', OTT, '--fix']]) {
      const { code, err: lines } = await cli(args);
      const err = lines.join('\n').split('\n');
      expect(code).toBe(2);
      expect(err[0]).toMatch(/^lint: /);
      expect(err[1]).toMatch(/^usage: npm run cli -- lint FILE/);
    }
  });
});
