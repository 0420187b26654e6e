// baselineFlow: the baseline's lead time and critical path without groups, staffing or cost (what the
// wait-dominates model check reads) must be baseline()'s own figures, on the examples, on generated
// models of any shape (cycles of feedback, no handoffs, shuffled order) and on the 1,200-team model.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText, presetScenarios, type FivefoldDocument } from '../../../src/model';
import { baseline, baselineFlow } from '../../../src/sim';
import { largeOrganisation } from '../../../scripts/lib/generatedOrg';
import { docArb, shuffledDoc } from './arbitraries';

const DIR = resolve(__dirname, '../../../examples');
const figures = (doc: FivefoldDocument) => {
  const { leadTimeDays, touchDays, waitDays, criticalPath } = baseline(doc);
  return { leadTimeDays, touchDays, waitDays, criticalPath };
};

describe('baselineFlow', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.fivefold.json')))('is baseline()’s critical path on %s', (file) => {
    const parsed = parseText(readFileSync(join(DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    expect(baselineFlow(parsed.doc)).toEqual(figures(parsed.doc));
  });

  it('is baseline()’s critical path on generated models, whatever the order of teams and handoffs', () => {
    fc.assert(
      fc.property(docArb(), fc.integer(), (doc, seed) => {
        const flow = baselineFlow(doc);
        expect(flow).toEqual(figures(doc));
        expect(baselineFlow(shuffledDoc(doc, seed))).toEqual(flow);
      }),
      { numRuns: 60 },
    );
  });

  it('is baseline()’s critical path on the 1,200-team model, and on no teams at all', () => {
    const large = largeOrganisation(presetScenarios());
    const flow = baselineFlow(large);
    expect(flow.criticalPath.length).toBeGreaterThan(3);
    expect(flow).toEqual(figures(large));
    const empty = { ...large, teams: [], handoffs: [] };
    expect(baselineFlow(empty)).toEqual({ leadTimeDays: 0, touchDays: 0, waitDays: 0, criticalPath: [] });
  });
});
