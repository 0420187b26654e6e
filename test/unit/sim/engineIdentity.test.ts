// The engine's outputs on the three examples, hash for hash: moving the read-out and the labels out of
// sim/ must not change a single number the engine computes. The hashes were taken from the engine
// before that move; a change to the engine's formulas must update them on purpose.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/model';
import { baseline, project, sensitivity, type Result, type Trace } from '../../../src/sim';
import expected from './engineHashes.json';

const DIR = resolve(__dirname, '../../../examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.fivefold.json')).sort();

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The trace's numbers and links, without its English labels (those belong to the read-out). */
function traceNumbers(trace: Trace | undefined) {
  if (!trace) return null;
  const steps = (list: Trace['scenarioSteps']) => list.map((s) => [s.key, s.formula, s.result, s.unit, s.inputs]);
  return {
    scenario: steps(trace.scenarioSteps),
    teams: trace.teams.map((t) => [t.team, t.group, t.absorption.status, t.absorption.x, t.absorption.threshold, steps(t.steps)]),
    groups: trace.groups.map((g) => [g.owner, g.members, steps(g.steps)]),
  };
}

const withoutTrace = ({ trace, ...rest }: Result) => ({ ...rest, trace: traceNumbers(trace) });

function hashes(file: string) {
  const parsed = parseText(readFileSync(join(DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  const doc = parsed.doc;
  return {
    baseline: sha(withoutTrace(baseline(doc, { trace: true }))),
    scenarios: Object.fromEntries(
      doc.scenarios.map((s) => {
        const all = project(doc, s, { trace: true });
        return [s.id, { results: sha(all.map(withoutTrace)), sensitivity: sha(sensitivity(doc, s, all.length - 1)) }];
      }),
    ),
  };
}

describe('the engine on the examples, hash for hash', () => {
  it.each(files)('%s', (file) => {
    const got = hashes(file);
    if (process.env.PRINT_ENGINE_HASHES) console.log(JSON.stringify({ [file]: got }));
    expect(got).toEqual((expected as Record<string, unknown>)[file]);
  });
});
