// Control's second-line oversight equals what the engine's trace books on each Control team.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, type FivefoldDocument } from '../../../src/model';
import { explain } from '../../../src/sim';
import { controlOversightFte } from '../../../src/sim/oversight';

function example(name: string): FivefoldDocument {
  const r = parseText(readFileSync(`examples/${name}.fivefold.json`, 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.doc;
}

describe('controlOversightFte', () => {
  it('is the sum of the oversight the trace books on the Control teams, for every example, scenario and quarter', () => {
    for (const name of ['ott-churn', 'hospital-readmissions', 'sme-lending-bank']) {
      const doc = example(name);
      const control = new Set(doc.teams.filter((t) => t.layer === 'control').map((t) => t.id));
      for (const scenario of doc.scenarios)
        for (let q = 0; q <= 3; q++) {
          const result = explain(doc, scenario, q);
          const booked = result.trace!.teams.filter((t) => control.has(t.team)).reduce((sum, t) => sum + (t.steps.find((s) => s.key === 'oversight.control')?.result ?? 0), 0);
          expect(controlOversightFte(doc, scenario, result)).toBeCloseTo(booked, 9);
        }
    }
  });

  it('is none without a Control team', () => {
    const doc = example('ott-churn');
    const scenario = doc.scenarios[0];
    const result = explain(doc, scenario, 3);
    expect(result.automatedFte * scenario.sigmaControl).toBeGreaterThan(0);
    expect(controlOversightFte({ teams: doc.teams.filter((t) => t.layer !== 'control') }, scenario, result)).toBe(0);
  });
});
