// The sampled figures on the three examples, hash for hash: making the per-sample work faster (scratch
// reused between runs, fewer allocations in the search) must not change a single sampled number. The
// hashes were taken from the sampler before that work; a change to the engine's formulas must update
// them on purpose (PRINT_SAMPLING_HASHES=1 prints them).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/model';
import { Sampler } from '../../../src/sim/sampling';
import expected from './samplingHashes.json';

const DIR = resolve(__dirname, '../../../examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.fivefold.json')).sort();
/** Enough samples to reach every branch the examples' worlds take, few enough for a unit test. */
const SAMPLES = 60;

const sha = (rows: Float64Array) => createHash('sha256').update(new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength)).digest('hex');

function hashes(file: string): Record<string, string> {
  const parsed = parseText(readFileSync(join(DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  const doc = parsed.doc;
  const out: Record<string, string> = {};
  for (const s of doc.scenarios) {
    if (!s.uncertainty) continue;
    // Two stretches on one sampler, as a worker runs its chunks: the second must not depend on the first.
    const sampler = new Sampler(doc, s, { ...s.uncertainty, samples: SAMPLES });
    const head = sampler.run(0, SAMPLES / 2);
    const tail = sampler.run(SAMPLES / 2, SAMPLES);
    const rows = new Float64Array(head.length + tail.length);
    rows.set(head);
    rows.set(tail, head.length);
    out[s.id] = sha(rows);
    out[`${s.id}:seed 7`] = sha(new Sampler(doc, s, { ...s.uncertainty, samples: 20, seed: 7 }).run(0, 20));
  }
  return out;
}

describe('the sampler on the examples, hash for hash', () => {
  it.each(files)('%s', (file) => {
    const got = hashes(file);
    if (process.env.PRINT_SAMPLING_HASHES) console.log(JSON.stringify({ [file]: got }));
    expect(Object.keys(got).length).toBeGreaterThan(0);
    expect(got).toEqual((expected as Record<string, unknown>)[file]);
  });
});
