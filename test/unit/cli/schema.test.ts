// `schema`: the format as JSON Schema, checked with an independent validator (ajv, draft 2020-12).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { main } from '../../../src/cli/main';
import { readTextFile } from '../../../src/cli/io';
import { validDoc } from '../model/fixture';

const EXAMPLES = resolve(__dirname, '../../../examples');

async function printedSchema(): Promise<Record<string, unknown>> {
  const out: string[] = [];
  const code = await main(['schema'], { out: (l) => out.push(l), err: (l) => out.push(l), readFile: readTextFile });
  expect(code).toBe(0);
  return JSON.parse(out.join('\n'));
}

async function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(await printedSchema());
}

describe('schema', () => {
  it('prints a draft 2020-12 JSON Schema that ajv compiles in strict mode', async () => {
    const schema = await printedSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof (await validator())).toBe('function');
  });

  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.fivefold.json'));
  it('there are examples to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  it.each(files)('examples/%s validates against it', async (name) => {
    const validate = await validator();
    const ok = validate(JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('a document with the defaults left out validates too', async () => {
    const doc: any = validDoc();
    delete doc.currency;
    delete doc.assumptions;
    delete doc.handoffs[0].kind;
    expect((await validator())(doc)).toBe(true);
  });

  it.each([
    ['another format', (d: any) => (d.format = 'other'), '/format'],
    ['a newer version', (d: any) => (d.version = 3), '/version'],
    ['a missing title', (d: any) => delete d.title, ''],
    ['a team in no layer', (d: any) => (d.teams[0].layer = 'finance'), '/teams/0/layer'],
    ['a fractional headcount', (d: any) => (d.teams[1].headcount = 1.5), '/teams/1/headcount'],
    ['a bad id', (d: any) => (d.handoffs[0].id = 'no spaces'), '/handoffs/0/id'],
    ['ca of 0', (d: any) => (d.handoffs[0].ca = 0), '/handoffs/0/ca'],
    ['no scenarios', (d: any) => (d.scenarios = []), '/scenarios'],
    ['fMax of 1', (d: any) => (d.assumptions.fMax = 1), '/assumptions/fMax'],
    ['a lowercase currency', (d: any) => (d.currency = 'eur'), '/currency'],
  ])('%s fails it, at the same place', async (_name, mutate, pointer) => {
    const validate = await validator();
    const doc = validDoc();
    mutate(doc);
    expect(validate(doc)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain(pointer);
  });

  it('takes no arguments', async () => {
    const err: string[] = [];
    const code = await main(['schema', 'extra'], { out: () => {}, err: (l) => err.push(l), readFile: readTextFile });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/usage/);
  });
});
