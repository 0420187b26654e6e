import { z } from 'zod';
import { CURRENT_VERSION, DocumentShapeSchema } from '../model';
import type { CliIo } from './io';

/**
 * The format as JSON Schema (draft 2020-12), for reviewers' own tools. It states the shapes of
 * format.md; the rules that relate fields (unique ids, existing ends, no work cycle, mix sums,
 * cap ≥ potential, f0 ≤ fMax) are beyond JSON Schema and are checked by `validate`.
 * Unknown keys are allowed, as the app drops them with a warning rather than refusing the file.
 * @example JSON.stringify(fivefoldJsonSchema()).includes('"fivefold"') // true
 */
export function fivefoldJsonSchema(): Record<string, unknown> {
  // "input": what a file may contain, so fields with defaults (currency, assumptions, kind) are optional.
  const schema = z.toJSONSchema(DocumentShapeSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: `Fivefold document, format version ${CURRENT_VERSION}`,
    description:
      'Shapes only. Also required, and checked by "npm run cli -- validate": finite numbers; unique team, handoff and scenario ids; ' +
      'handoff ends that name existing teams, never the same team; no cycle of work handoffs; each mix adds up to 1 ± 0.001; ' +
      'minAccountable ≤ headcount; f0 ≤ fMax; cap ≥ potential; no scenario id "baseline"; each layer overridden at most once.',
    ...rest,
  };
}

/** `schema`: prints the JSON Schema on standard output. */
export async function runSchema(args: string[], io: CliIo): Promise<number> {
  if (args.length) {
    io.err(`schema: takes no arguments (got "${args[0]}")\nusage: npm run cli -- schema > fivefold.schema.json`);
    return 2;
  }
  io.out(JSON.stringify(fivefoldJsonSchema(), null, 2));
  return 0;
}
