/** @vitest-environment jsdom */
// The ranges read-outs as a person meets them: the bar under the headline (progress, the sentence when
// the single answer lies outside P10–P90, the chance of a headcount) and "What it takes".
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { presetUncertainty } from '../../../../src/model/presets';
import WhatItTakes from '../../../../src/panels/reach/WhatItTakes';
import { RangesBar } from '../../../../src/panels/results/RangesBar';
import { SortedColumns } from '../../../../src/sim/columns';
import { Sampler, summarise } from '../../../../src/sim/sampling';
import type { RangesView } from '../../../../src/simulation/ranges/service';
import { ott, scenarioOf } from '../../../unit/sim/ott';

const doc = ott();
const aiNative = scenarioOf(doc, 'ai-native');

function view(samples: number, total = samples): RangesView {
  const sampler = new Sampler(doc, aiNative, { ...presetUncertainty(), samples });
  const rows = sampler.run(0, samples);
  return {
    state: samples < total ? 'sampling' : 'done',
    scenarioId: 'ai-native',
    done: samples,
    total,
    summaries: summarise(rows, samples, 4, 1),
    columns: SortedColumns.of(rows, samples, 4),
    rows: samples < total ? null : rows,
    count: samples,
    quarters: 4,
    workers: 2,
  };
}

describe('RangesBar', () => {
  it('says plainly that 5 lies below P10, and gives the chance of a chosen headcount', () => {
    render(<RangesBar ranges={view(1000)} quarter={3} point={5} />);
    expect(screen.getByTestId('ranges-outside').textContent).toBe(
      'The single answer, 5 people, lies below the 10th percentile of the sampled worlds (7): fewer than one world in ten gets there; the middle world needs 9.',
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
