/** @vitest-environment jsdom */
// The Sensitivity and Compare tabs of the results dock on the OTT example: the table of the tornado
// equals sensitivity() lever for lever (and §10's figures), and compare shows the engine's figures for
// the two chosen results.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparePanel } from '../../../../src/panels/compare/ComparePanel';
import { SensitivityPanel } from '../../../../src/panels/sensitivity/SensitivityPanel';
import { leverName, leverValue } from '../../../../src/panels/sensitivity/levers';
import { baseline, sensitivity, simulate } from '../../../../src/sim';
import { formatDays, formatShare3 } from '../../../../src/readout';
import { createStores, StoresProvider } from '../../../../src/store/context';
import { bodyRows, renderDock } from './harness';
import { ott, scenarioOf } from '../../../unit/sim/ott';
import { fakeSensitivityWorkers } from '../../../unit/simulation/fakeLaneWorker';
import { chain } from '../../../unit/simulation/given';
import { sensitivityServiceFor } from '../../../../src/simulation/useLaneView';

// A tab's view loads on its first opening: wait for its table, as a person sees it arrive.
const openTab = async (name: 'Sensitivity' | 'Compare') => {
  fireEvent.click(screen.getByRole('tab', { name }));
  await screen.findByTestId(name === 'Sensitivity' ? 'sensitivity-table' : 'compare-table');
};

describe('sensitivity', () => {
  const doc = ott();
  const data = sensitivity(doc, scenarioOf(doc, 'ai-native'), 3);

  it('lists every lever as sensitivity() orders them, with both ends and the swing', async () => {
    renderDock(doc);
    await openTab('Sensitivity');
    const rows = bodyRows(screen.getByTestId('sensitivity-table'));
    expect(rows).toEqual(
      data.levers.map((l) => [
        leverName(l.lever),
        leverValue(l.value),
        `${leverValue(l.low.value)} → ${l.low.headcount}`,
        `${leverValue(l.high.value)} → ${l.high.headcount}`,
        String(l.swing),
        `${formatDays(l.low.leadTimeDays)} – ${formatDays(l.high.leadTimeDays)}`,
      ]),
    );
  });

  it('shows §10: adoption 0.8× gives 9 people, minHumans 2 gives 8, maxDomains 2 gives 7, largest swing first', async () => {
    renderDock(doc);
    await openTab('Sensitivity');
    const rows = bodyRows(screen.getByTestId('sensitivity-table'));
    expect(rows[0].slice(0, 3)).toEqual(['Adoption', '0.95', '0.76 → 9']);
    expect(rows.find((r) => r[0] === 'Fewest people per group')![3]).toBe('2 → 8');
    expect(rows.find((r) => r[0] === 'Most teams per group')![2]).toBe('2 → 7');
    const swings = rows.map((r) => Number(r[4]));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(screen.getByRole('tab', { name: 'Sensitivity' }).getAttribute('aria-selected')).toBe('true');
  });

  it('follows the chosen quarter', async () => {
    const { stores } = renderDock(doc);
    await openTab('Sensitivity');
    stores.ui.getState().setQuarter(1);
    const q1 = sensitivity(doc, scenarioOf(doc, 'ai-native'), 1);
    return expect
      .poll(() => bodyRows(screen.getByTestId('sensitivity-table')).map((r) => r[2]))
      .toEqual(q1.levers.map((l) => `${leverValue(l.low.value)} → ${l.low.headcount}`));
  });
});

describe('compare', () => {
  const doc = ott();

  it('starts with another scenario against the shown one, and shows the engine’s figures for both', async () => {
    renderDock(doc);
    await openTab('Compare');
    const [a, b] = screen.getAllByRole('combobox') as HTMLSelectElement[];
    expect([a.value, b.value]).toEqual(['cautious@3', 'ai-native@3']);
    const cautious = simulate(doc, scenarioOf(doc, 'cautious'), 3);
    const native = simulate(doc, scenarioOf(doc, 'ai-native'), 3);
    const rows = bodyRows(screen.getByTestId('compare-table'));
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    expect(row('People')).toEqual([ 'People', String(cautious.headcount), String(native.headcount), `−${cautious.headcount - native.headcount}`]);
    expect(row('Work handoffs').slice(1, 3)).toEqual([String(cautious.handoffs), String(native.handoffs)]);
    expect(row('Lead time (days)').slice(1, 3)).toEqual([formatDays(cautious.leadTimeDays), formatDays(native.leadTimeDays)]);
    expect(row('Fidelity').slice(1, 3)).toEqual([formatShare3(cautious.fidelity), formatShare3(native.fidelity)]);
    // §8: cautious q3 18 people, 62.82 days; AI-native q3 5 people, 28.8 days.
    expect(row('People').slice(1, 3)).toEqual(['18', '5']);
    expect(row('Lead time (days)').slice(1, 3)).toEqual(['62.82', '28.8']);
  });

  it('compares two quarters of one scenario, chosen with the selects, groups included', () => {
    render(
      <StoresProvider stores={createStores(doc)}>
        <ComparePanel doc={doc} shownKey="ai-native@3" />
      </StoresProvider>,
    );
    const [a, b] = screen.getAllByRole('combobox');
    fireEvent.change(a, { target: { value: 'ai-native@1' } });
    fireEvent.change(b, { target: { value: 'ai-native@2' } });
    const q1 = simulate(doc, scenarioOf(doc, 'ai-native'), 1);
    const q2 = simulate(doc, scenarioOf(doc, 'ai-native'), 2);
    const people = bodyRows(screen.getByTestId('compare-table')).find((r) => r[0] === 'People')!;
    expect(people.slice(1)).toEqual([String(q1.headcount), String(q2.headcount), `−${q1.headcount - q2.headcount}`]);
    expect(people.slice(1, 3)).toEqual(['10', '6']);
    const groupsOf = (label: string) => within(screen.getByRole('region', { name: `Groups: ${label}` })).getAllByRole('listitem');
    expect(groupsOf('AI-native · Q1')).toHaveLength(q1.groups.length);
    expect(groupsOf('AI-native · Q2')).toHaveLength(q2.groups.length);
  });

  it('offers the baseline and every quarter of every scenario', async () => {
    renderDock(doc);
    await openTab('Compare');
    const [a] = screen.getAllByRole('combobox') as HTMLSelectElement[];
    const quarters = doc.scenarios.reduce((n, s) => n + s.adoption.length, 0);
    expect(a.options).toHaveLength(1 + quarters);
    fireEvent.change(a, { target: { value: 'baseline' } });
    const people = bodyRows(screen.getByTestId('compare-table')).find((r) => r[0] === 'People')!;
    expect(people[1]).toBe(String(baseline(doc).headcount));
  });
});

describe('sensitivity of a large model', () => {
  it('is computed in the worker: a busy note first, then the engine’s table; the page never ran it', async () => {
    const doc = chain();
    const scenario = doc.scenarios[0];
    const stores = createStores(doc);
    const fakes = fakeSensitivityWorkers();
    sensitivityServiceFor(stores, fakes.create);
    render(
      <StoresProvider stores={stores}>
        <SensitivityPanel doc={doc} scenario={scenario} quarter={2} />
      </StoresProvider>,
    );
    expect(screen.getByRole('status').textContent).toMatch(/in the background/);
    expect(screen.queryByTestId('sensitivity-table')).toBeNull();
    expect(fakes.workers).toHaveLength(1);
    act(() => fakes.workers[0].answerNext());
    const expected = sensitivity(doc, scenario, 2);
    const rows = bodyRows(await screen.findByTestId('sensitivity-table'));
    expect(rows.map((r) => r[0])).toEqual(expected.levers.map((l) => leverName(l.lever)));
    expect(rows.map((r) => r[4])).toEqual(expected.levers.map((l) => String(l.swing)));
  });
});
