/** @vitest-environment jsdom */
// The ranges read-outs as a person meets them: the bar under the headline (progress, the sentence when
// the single answer lies outside P10–P90, the chance of a headcount) and "What it takes".
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { presetUncertainty } from '../../../../src/model/presets';
import WhatItTakes from '../../../../src/panels/reach/WhatItTakes';
import { RangesBar } from '../../../../src/panels/results/RangesBar';
import { SortedColumns } from '../../../../src/sim/columns';
import { Sampler, summarise } from '../../../../src/sim/sampling';
import type { RangesView } from '../../../../src/simulation/ranges/service';
import { ott, scenarioOf } from '../../../unit/sim/ott';
import { SampleRanking } from '../../../../src/panels/sensitivity/SampleRanking';
import { bodyRows, renderDock } from './harness';

const doc = ott();
const aiNative = scenarioOf(doc, 'ai-native');

function view(samples: number, total = samples): RangesView {
  const sampler = new Sampler(doc, aiNative, { ...presetUncertainty(), samples });
  const values = new Float64Array(samples * sampler.plan.length);
  const rows = sampler.run(0, samples, values);
  return {
    state: samples < total ? 'sampling' : 'done',
    scenarioId: 'ai-native',
    done: samples,
    total,
    summaries: summarise(rows, samples, 4, 1),
    columns: SortedColumns.of(rows, samples, 4),
    rows: samples < total ? null : rows,
    values: samples < total ? null : values,
    params: sampler.plan.map((d) => d.param),
    count: samples,
    quarters: 4,
    workers: 2,
  };
}

describe('RangesBar', () => {
  it('says plainly that 5 lies below P10, and gives the chance of a chosen headcount', () => {
    render(<RangesBar ranges={view(1000)} quarter={3} point={5} />);
    expect(screen.getByTestId('ranges-outside').textContent).toBe(
      'The single answer, 5 people, sits below the 10th percentile of the sampled worlds (7): fewer than one world in ten gets there; the middle world needs 9.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    const input = screen.getByRole('spinbutton', { name: 'Headcount' });
    expect((input as HTMLInputElement).value).toBe('5');
    fireEvent.change(input, { target: { value: '10' } });
    // P90 is 10: at least nine worlds in ten need 10 or fewer.
    const text = screen.getByTestId('ranges-chance').querySelector('output')!.textContent!;
    expect(text).toMatch(/^chance of 10 or fewer by Q3: (\d+)%$/);
    expect(Number(/(\d+)%$/.exec(text)![1])).toBeGreaterThanOrEqual(90);
  });

  it('shows progress while sampling, and nothing at all without ranges', () => {
    const { rerender, container } = render(<RangesBar ranges={view(100, 1000)} quarter={3} point={5} />);
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([100, 1000]);
    expect(screen.getByText(/Sampling 100 of 1,000 worlds/)).toBeTruthy();
    // The sentence is said once, from all the samples: from the first hundred it could flip.
    expect(screen.queryByTestId('ranges-outside')).toBeNull();
    rerender(<RangesBar ranges={{ ...view(100), state: 'none', summaries: null, columns: null, rows: null, count: 0 }} quarter={3} point={5} />);
    expect(container.textContent).toBe('');
  });
});

describe('What it takes', () => {
  it('5 people by Q3 in AI-native: 93.7% adoption, 77% of task work, above McKinsey’s 60–70%', () => {
    render(<WhatItTakes doc={doc} scenario={aiNative} quarter={3} point={5} />);
    expect(screen.getByTestId('reach-adoption').textContent).toBe('93.7%');
    expect(screen.getByTestId('reach-share').textContent).toBe('77%');
    expect(screen.getByTestId('what-it-takes').textContent).toMatch(/That share is above the 60%–70% McKinsey/);
  });

  it('says plainly when even full adoption does not reach the target, and what it does reach', () => {
    render(<WhatItTakes doc={doc} scenario={scenarioOf(doc, 'evidence-top')} quarter={3} point={6} />);
    expect(screen.getByTestId('reach-out').textContent).toMatch(/^Out of reach: even full adoption leaves 8 people by Q3, with AI doing 63% of\s+task work\.$/);
    expect(screen.queryByTestId('reach-adoption')).toBeNull();
  });
});

describe('Levers ranked over the sampled worlds', () => {
  it('labels the ranking as rank correlation over the samples, strongest first, adoption leading with a minus sign', () => {
    const v = view(1000);
    render(<SampleRanking values={v.values!} params={v.params} rows={v.rows!} count={v.count} quarters={v.quarters} quarter={3} />);
    expect(screen.getByRole('region', { name: 'Levers ranked by rank correlation over the sampled worlds' })).toBeTruthy();
    expect(screen.getByText(/Rank correlation with headcount at Q3 over 1,000 sampled worlds \(Spearman’s ρ\)/)).toBeTruthy();
    const rows = bodyRows(screen.getByTestId('sample-ranking'));
    expect(rows.map((r) => r[0])).toContain('Waiting times (× every handoff)');
    expect(rows).toHaveLength(v.params.length);
    expect(rows[0][0]).toBe('Adoption');
    expect(rows[0][1]).toMatch(/^−0\.\d\d$/);
    const magnitudes = rows.map((r) => Math.abs(Number(r[1].replace('−', '-'))));
    for (let i = 1; i < magnitudes.length; i++) expect(magnitudes[i - 1]).toBeGreaterThanOrEqual(magnitudes[i]);
  });

  it('in the dock, once the worlds are sampled, Sensitivity offers the ranking beside one lever at a time', async () => {
    renderDock();
    fireEvent.click(screen.getByRole('tab', { name: 'Sensitivity' }));
    const overSamples = await screen.findByRole('radio', { name: 'By rank correlation over the sampled worlds' }, { timeout: 120_000 });
    expect((screen.getByRole('radio', { name: 'One lever at a time' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(overSamples);
    const table = await screen.findByTestId('sample-ranking');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
    expect(screen.queryByTestId('sensitivity-table')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'One lever at a time' }));
    expect(await screen.findByTestId('sensitivity-table')).toBeTruthy();
  }, 150_000);
});
