/** @vitest-environment jsdom */
// Every view that names a parameter calls it what the parameter catalogue calls it: the inspector's
// fields (model, scenario, team, handoff), the levers drawer's sliders, the assumptions drawer's rows,
// the uncertainty range sliders, the sensitivity table and the explanation's links.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { param, paramOfPath, PARAMETERS } from '../../src/model';
import { Inspector } from '../../src/panels/inspector/Inspector';
import { ScenarioPanel, ASSUMPTIONS_PANEL, LEVERS_PANEL } from '../../src/panels/scenario/ScenarioPanel';
import { ExplainPanel } from '../../src/panels/explain/ExplainPanel';
import { renderInEditor } from './panels/harness';
import { renderDock } from './panels/results/harness';

/** A control's name: its label, or (a range's two handles share one label) its own aria-label. */
const labelOf = (control: Element) => (control as HTMLInputElement).labels?.[0]?.textContent ?? control.getAttribute('aria-label');

/** What the levers drawer calls a control: a slider by the short label, a range's handle by the short label and its end. */
function drawerName(n: { p: { record: string; short: string }; path: string }, el?: Element) {
  const quarter = n.path.match(/adoption\[(\d+)\]$/)?.[1];
  if (quarter !== undefined) return `${n.p.short} in quarter ${quarter}`;
  if (n.p.record === 'uncertainty') return `${n.p.short}, ${el?.classList.contains('ff-range-low') ? 'low' : 'high'} end`;
  return n.p.short;
}

/** Each control that edits a catalogued parameter, with the name its label gives it. */
function namedControls(root: HTMLElement) {
  return Array.from(root.querySelectorAll('[data-path]')).flatMap((el) => {
    const p = paramOfPath(el.getAttribute('data-path')!);
    return p ? [{ p, el, path: el.getAttribute('data-path')!, name: labelOf(el) }] : [];
  });
}

describe('parameter names', () => {
  it('the inspector labels every parameter field with the catalogue’s label: model, assumptions, initiative, scenarios', () => {
    const { container } = renderInEditor(<Inspector />);
    for (const d of container.querySelectorAll('details')) d.open = true;
    const named = namedControls(container);
    const seen = new Set(named.map((n) => n.p.id));
    for (const id of ['assumptions.f0', 'assumptions.fMax', 'initiative.windowDays', 'scenario.sigmaFirst', 'scenario.potential.create', 'scenario.cap.routine', 'scenario.minHumans', 'scenario.adoption']) {
      expect(seen, id).toContain(id);
    }
    for (const n of named) expect(n.name, n.path).toBe(n.p.label);
  });

  it('the inspector labels a team’s and a handoff’s fields with the catalogue’s label', () => {
    const ed = renderInEditor(<Inspector />);
    act(() => ed.stores.ui.getState().select({ teams: ['qa'] }));
    const team = namedControls(ed.container);
    expect(team.map((n) => n.p.id)).toEqual(expect.arrayContaining(['team.headcount', 'team.costPerFte', 'team.processDays', 'team.minAccountable', 'team.mix.routine', 'team.layer']));
    for (const n of team) expect(n.name, n.path).toBe(n.p.label);
    act(() => ed.stores.ui.getState().select({ handoffs: ['e04'] }));
    const handoff = namedControls(ed.container);
    expect(handoff.map((n) => n.p.id)).toEqual(expect.arrayContaining(['handoff.waitDays', 'handoff.ca', 'handoff.kind']));
    for (const n of handoff) expect(n.name, n.path).toBe(n.p.label);
  });

  it('the levers drawer names each slider with the catalogue’s short label', async () => {
    const ed = renderInEditor(<ScenarioPanel />);
    act(() => ed.stores.ui.getState().setOpenPanel(LEVERS_PANEL));
    await screen.findByRole('region', { name: /^Levers of/ });
    const named = namedControls(ed.container);
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const n of named) expect(n.name, n.path).toBe(drawerName(n, n.el));
  });

  it('the levers drawer names each uncertainty range’s two handles with the catalogue’s short label', async () => {
    const ed = renderInEditor(<ScenarioPanel />);
    act(() => {
      ed.stores.ui.getState().setScenario('ai-native');
      ed.registry.run('scenario.presetRanges', ed.stores, { scenario: 'ai-native' });
      ed.stores.ui.getState().setOpenPanel(LEVERS_PANEL);
    });
    await screen.findAllByRole('slider', { name: /, low end$/ });
    const ranges = namedControls(ed.container).filter((n) => n.p.record === 'uncertainty');
    const sampled = PARAMETERS.filter((p) => p.record === 'uncertainty' && p.field !== 'samples' && p.field !== 'seed');
    expect(new Set(ranges.map((n) => n.p.id))).toEqual(new Set(sampled.map((p) => p.id)));
    expect(ranges).toHaveLength(2 * sampled.length);
    for (const n of ranges) expect(n.name, n.path).toBe(drawerName(n, n.el));
  });

  it('the assumptions drawer heads each row with the catalogue’s label and formula symbol', async () => {
    const ed = renderInEditor(<ScenarioPanel />);
    act(() => ed.stores.ui.getState().setOpenPanel(ASSUMPTIONS_PANEL));
    await screen.findByRole('region', { name: 'Assumptions' });
    const rows = ed.container.querySelectorAll('tr[data-key]');
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      const p = param(row.getAttribute('data-key')!);
      expect(row.querySelector('th')!.textContent, p.id).toBe(`${p.label} (${p.symbol})`);
    }
  });

  it('the sensitivity table names each lever with the catalogue’s short label', async () => {
    renderDock();
    fireEvent.click(screen.getByRole('tab', { name: 'Sensitivity' }));
    const rows = within(await screen.findByTestId('sensitivity-table')).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const shorts = new Set(PARAMETERS.map((p) => p.short));
    for (const row of rows) {
      const lever = row.getAttribute('data-lever')!;
      const id = lever.startsWith('assumptions.') ? lever : `scenario.${lever}`;
      const name = row.querySelector('th')!.textContent!;
      expect(name, lever).toBe(param(id).short);
      expect(shorts).toContain(name);
    }
  });

  it('the explanation’s parameter links say the catalogue’s label', async () => {
    const ed = renderInEditor(
      <>
        <ScenarioPanel />
        <ExplainPanel />
      </>,
    );
    act(() => {
      ed.stores.ui.getState().setOverlay('after');
      ed.stores.ui.getState().setScenario('ai-native');
      ed.stores.ui.getState().setQuarter(3);
      ed.stores.ui.getState().select({ teams: ['ctrl'] });
    });
    const panel = await screen.findByRole('complementary', { name: /^Why / });
    const links = panel.querySelectorAll('button.ff-param[aria-label]');
    expect(links.length).toBeGreaterThan(10);
    const labels = PARAMETERS.map((p) => p.label);
    for (const link of links) {
      const said = link.getAttribute('aria-label')!.split(': Edit ')[1];
      expect(labels.some((l) => said.startsWith(`${l} of `) || said.startsWith(`${l} (`)), said).toBe(true);
    }
    const sigma = Array.from(links).find((l) => l.textContent!.startsWith('sigmaFirst'))!;
    expect(sigma.getAttribute('aria-label')).toContain(`Edit ${param('scenario.sigmaFirst').label} of AI-native`);
  });
});
