/** @vitest-environment jsdom */
// The compare view: every row it shows against simulation.md §8 and direct engine calls, and on a
// large model the busy state while the worker computes (never the previous pair under new picks).
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { FivefoldDocument } from '../../../../src/model';
import { ComparePanel, GROUPS_SHOWN } from '../../../../src/panels/compare/ComparePanel';
import { baseline, simulate } from '../../../../src/sim';
import { formatDays, formatFte, formatMoney, formatShare3 } from '../../../../src/readout';
import { comparePairServiceFor } from '../../../../src/simulation/useLaneView';
import { createStores, StoresProvider } from '../../../../src/store/context';
import { ott, scenarioOf } from '../../../unit/sim/ott';
import { fakePairWorkers } from '../../../unit/simulation/fakeLaneWorker';
import { chain } from '../../../unit/simulation/given';
import { bodyRows } from './harness';

function renderCompare(doc: FivefoldDocument, shownKey: string, withFakeWorkers = false) {
  const stores = createStores(doc);
  const fakes = fakePairWorkers();
  if (withFakeWorkers) comparePairServiceFor(stores, fakes.create);
  const ui = (d: FivefoldDocument) => (
    <StoresProvider stores={stores}>
      <ComparePanel doc={d} shownKey={shownKey} />
    </StoresProvider>
  );
  const { rerender } = render(ui(doc));
  return { workers: fakes.workers, rerender: (d: FivefoldDocument) => rerender(ui(d)) };
}

const compareRegion = () => screen.getByText('Figure').closest('.compare') as HTMLElement;
const pick = (side: 0 | 1, value: string) => fireEvent.change(screen.getAllByRole('combobox')[side], { target: { value } });

describe('compare rows on the worked example', () => {
  const doc = ott();

  it('the baseline against AI-native Q3: every row is the engine’s figure, with B − A (§8)', () => {
    renderCompare(doc, 'ai-native@3');
    pick(0, 'baseline');
    const a = baseline(doc);
    const b = simulate(doc, scenarioOf(doc, 'ai-native'), 3);
    const usd = (v: number) => formatMoney(v, 'USD');
    // Per layer: as entered 2/4/6/6/2 (§8's table); AI-native Q3's groups strat 1, data 1, growth 1, ctrl 2.
    expect(bodyRows(screen.getByTestId('compare-table'))).toEqual([
      ['People', '20', '5', '−15'],
      ['Strategy', '2', '1', '−1'],
      ['Product & Design', '4', '0', '−4'],
      ['Build & Data', '6', '1', '−5'],
      ['Execution', '6', '1', '−5'],
      ['Control', '2', '2', '0'],
      ['Work handoffs', '12', '6', '−6'],
      ['Lead time (days)', '72.5', '28.8', `−${formatDays(a.leadTimeDays - b.leadTimeDays)}`],
      ['Touch (days)', '25.5', formatDays(b.touchDays), `−${formatDays(a.touchDays - b.touchDays)}`],
      ['Wait (days)', '47', formatDays(b.waitDays), `−${formatDays(a.waitDays - b.waitDays)}`],
      ['Fidelity', '0.383', '0.727', `+${formatShare3(b.fidelity - a.fidelity)}`],
      ['Cost', '$3,540,000', '$1,116,259', `−${usd(a.cost.total - b.cost.total)}`],
      ['Learning loops', '0.7', '1.33', `+${formatDays(b.learningLoops! - a.learningLoops!)}`],
      ['Pyramid (FTE)', '', '', ''],
      ['Execution', '8.35', '1.08', `−${formatFte(a.pyramid.execution - b.pyramid.execution)}`],
      ['Orchestration', '9.23', '2.44', `−${formatFte(a.pyramid.orchestration - b.pyramid.orchestration)}`],
      ['Innovation', '2.42', '0.81', `−${formatFte(a.pyramid.innovation - b.pyramid.innovation)}`],
      ['Unallocated', '0', '0.67', `+${formatFte(b.pyramid.unallocated - a.pyramid.unallocated)}`],
    ]);
    expect(screen.getByText('Before (as entered)', { selector: 'th' })).toBeTruthy();
  });

  it('groups of each side, by name, as the engine grouped them', () => {
    renderCompare(doc, 'ai-native@3');
    const q3 = within(screen.getByRole('region', { name: 'Groups: AI-native · Q3' })).getAllByRole('listitem');
    expect(q3.map((li) => li.textContent)).toEqual([
      'Engineering leadership & AI governance: 2 people',
      'Data & ML + Engineering, QA: 1 person',
      'Growth & lifecycle + Support & customer success, Revenue ops: 1 person',
      'Strategy & finance + Insight & experimentation, Product & UX: 1 person',
    ]);
  });

  it('a small model is never busy', () => {
    renderCompare(doc, 'ai-native@3');
    pick(1, 'cautious@1');
    expect(compareRegion().getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('compare on a large model (worker)', () => {
  const doc = chain();
  const s = doc.scenarios[0];

  it('says it is computing, with no figures, until the worker answers; then shows the engine’s pair', () => {
    const { workers } = renderCompare(doc, 's@2', true);
    const busy = document.querySelector('.compare')!;
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Computing…');
    expect(screen.getByText('Computing Before (as entered) against Scenario · Q2…')).toBeTruthy();
    expect(screen.queryByTestId('compare-table')).toBeNull();
    act(() => workers[0].answerNext());
    expect(compareRegion().getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('');
    const people = bodyRows(screen.getByTestId('compare-table'))[0];
    const [a, b] = [baseline(doc), simulate(doc, s, 2)];
    expect(people).toEqual(['People', String(a.headcount), String(b.headcount), `−${a.headcount - b.headcount}`]);
  });

  it('a new pick hides the previous pair until its own answer comes, and a late stale answer never shows', () => {
    const { workers } = renderCompare(doc, 's@2', true);
    act(() => workers[0].answerNext());
    pick(0, 's@0');
    expect(screen.queryByTestId('compare-table')).toBeNull();
    expect(screen.getByText('Computing Scenario · Q0 against Scenario · Q2…')).toBeTruthy();
    pick(0, 's@1'); // while the answer for Q0 is out
    act(() => workers[0].answerNext()); // Q0 against Q2: stale
    expect(screen.queryByTestId('compare-table')).toBeNull();
    act(() => workers[0].answerNext());
    const heads = within(screen.getByTestId('compare-table')).getAllByRole('columnheader').map((th) => th.textContent);
    expect(heads).toEqual(['Figure', 'Scenario · Q1', 'Scenario · Q2', 'B − A']);
    const people = bodyRows(screen.getByTestId('compare-table'))[0];
    expect(people.slice(1, 3)).toEqual([String(simulate(doc, s, 1).headcount), String(simulate(doc, s, 2).headcount)]);
  });

  it('a drag (positions only) asks nothing and keeps the figures; an edit is busy again', () => {
    const { workers, rerender } = renderCompare(doc, 's@2', true);
    act(() => workers[0].answerNext());
    rerender(
      produce(doc, (d) => {
        d.teams[2].position = { x: 300, y: 20 };
      }),
    );
    expect(workers[0].received).toHaveLength(0);
    expect(screen.getByTestId('compare-table')).toBeTruthy();
    rerender(
      produce(doc, (d) => {
        d.teams[2].headcount += 3;
      }),
    );
    expect(workers[0].received).toHaveLength(1);
    expect(screen.queryByTestId('compare-table')).toBeNull();
    expect(document.querySelector('.compare')!.getAttribute('aria-busy')).toBe('true');
  });

  it('lists the first groups of a side with hundreds of them, and all of them on request', () => {
    const wide = chain(70);
    const { workers } = renderCompare(wide, 'baseline', true);
    act(() => workers[0].answerNext());
    const before = screen.getAllByRole('region', { name: 'Groups: Before (as entered)' })[0];
    const total = baseline(wide).groups.length; // every team alone: 71
    expect(within(before).getAllByRole('listitem')).toHaveLength(GROUPS_SHOWN);
    fireEvent.click(within(before).getByRole('button', { name: `Show all ${total} groups (${total - GROUPS_SHOWN} more)` }));
    expect(within(before).getAllByRole('listitem')).toHaveLength(total);
    expect(within(before).queryByRole('button')).toBeNull();
  });
});
