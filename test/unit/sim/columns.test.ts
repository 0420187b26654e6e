// Sorted columns (simulation.md §11's percentiles as samples stream in): stretches merged in any order
// give exactly the columns one sort of every sample gives, so partial and final percentiles are those of
// `summarise`; the chance of a target counted in a sorted column equals the count over the rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnMeans, SAMPLED_FIGURES, SortedColumns, sortColumns } from '../../../src/sim/columns';
import { chanceOfAtMost, Sampler, summarise } from '../../../src/sim/sampling';
import { presetUncertainty } from '../../../src/model/presets';
import { ott, scenarioOf } from './ott';

const F = SAMPLED_FIGURES.length;

/** Rows of `count` samples × `quarters`, as `Sampler.run` lays them out, from a flat list of values. */
function rowsOf(values: number[], quarters: number): { rows: Float64Array; count: number } {
  const width = quarters * F;
  const count = Math.floor(values.length / width);
  return { rows: Float64Array.from(values.slice(0, count * width)), count };
}

/** The stretch [start, end) of rows. */
const stretch = (rows: Float64Array, width: number, start: number, end: number) => rows.slice(start * width, end * width);

describe('SortedColumns', () => {
  it('merging stretches in any order gives the columns of one sort, −0 before +0 and NaN last', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-0, 0, Number.NaN, 0.5, -0.25));
    fc.assert(
      fc.property(fc.array(value, { minLength: 8, maxLength: 400 }), fc.integer({ min: 1, max: 3 }), fc.array(fc.nat(), { maxLength: 12 }), (values, quarters, cuts) => {
        const { rows, count } = rowsOf(values, quarters);
        const width = quarters * F;
        // Cut the samples into stretches, then merge them in reverse order.
        const bounds = [...new Set([0, count, ...cuts.map((c) => c % (count + 1))])].sort((a, b) => a - b);
        const merged = new SortedColumns(count, quarters);
        for (let k = bounds.length - 1; k > 0; k--) {
          const [start, end] = [bounds[k - 1], bounds[k]];
          merged.merge(sortColumns(stretch(rows, width, start, end), end - start, quarters), end - start);
        }
        const once = SortedColumns.of(rows, count, quarters);
        expect(merged.count).toBe(count);
        for (let q = 0; q < quarters; q++)
          for (let f = 0; f < F; f++) {
            const a = [...merged.column(q, f)];
            const b = [...once.column(q, f)];
            const sorted = [...Array.from({ length: count }, (_, s) => rows[s * width + q * F + f])].sort((x, y) => (Number.isNaN(x) ? 1 : Number.isNaN(y) ? -1 : x - y || (Object.is(x, -0) ? -1 : Object.is(y, -0) ? 1 : 0)));
            expect(a.map((v) => (Object.is(v, -0) ? '-0' : String(v)))).toEqual(b.map((v) => (Object.is(v, -0) ? '-0' : String(v))));
            expect(a.map((v) => (Object.is(v, -0) ? '-0' : String(v)))).toEqual(sorted.map((v) => (Object.is(v, -0) ? '-0' : String(v))));
          }
      }),
    );
  });

  it('the chance of a headcount equals the count over the rows', () => {
    const doc = ott();
    const rows = new Sampler(doc, scenarioOf(doc, 'ai-native'), { ...presetUncertainty(), samples: 300 }).run(0, 300);
    const columns = SortedColumns.of(rows, 300, 4);
    for (let q = 0; q < 4; q++) for (const H of [0, 5, 7, 8.5, 9, 10, 20]) expect(columns.atMost(q, H)).toBe(chanceOfAtMost(rows, 300, 4, q, H));
    expect(new SortedColumns(10, 4).atMost(3, 5)).toBe(0);
  });

  it('OTT AI-native, 1,000 samples arriving in uneven stretches: the percentiles and means of summarise', () => {
    const doc = ott();
    const sampler = new Sampler(doc, scenarioOf(doc, 'ai-native'), presetUncertainty());
    const all = sampler.run(0, 1000);
    const columns = new SortedColumns(1000, 4);
    for (const [start, end] of [[700, 1000], [0, 1], [1, 250], [250, 700]]) columns.merge(sortColumns(sampler.run(start, end), end - start, 4), end - start);
    const summaries = columns.summaries(columnMeans(all, 1000, 4), 1);
    expect(summaries).toEqual(summarise(all, 1000, 4, 1));
    expect(summaries[3].headcount).toMatchObject({ p10: 7, p50: 9, p90: 10 });
  });

  it('means over the received samples only, added in sample order', () => {
    const rows = Float64Array.from({ length: 3 * F }, (_, k) => k);
    const means = columnMeans(rows, 3, 1, Uint8Array.from([1, 0, 1]));
    expect([...means]).toEqual([0, 1, 2, 3].map((c) => (c + (2 * F + c)) / 2));
  });

  it('refuses more samples than it was made for', () => {
    const columns = new SortedColumns(2, 1);
    expect(() => columns.merge(new Float64Array(3 * F), 3)).toThrow(/do not fit/);
  });
});
