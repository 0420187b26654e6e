/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ExplainPanel } from '../../../../src/panels/explain/ExplainPanel';
import { ScenarioPanel } from '../../../../src/panels/scenario/ScenarioPanel';
import { Inspector } from '../../../../src/panels/inspector/Inspector';
import { explain, type TraceStep } from '../../../../src/sim';
import { renderInEditor } from '../harness';

// The explanation's code loads when it first opens: each test waits for it, as a person sees it arrive.
async function explainQa() {
  const ed = renderInEditor(
    <>
      <ScenarioPanel />
      <Inspector />
      <ExplainPanel />
    </>,
  );
  act(() => {
    ed.stores.ui.getState().setOverlay('after');
    ed.stores.ui.getState().setScenario('ai-native');
    ed.stores.ui.getState().setQuarter(3);
    ed.stores.ui.getState().select({ teams: ['qa'] });
  });
  await screen.findByRole('complementary', { name: /^Why / });
  const doc = ed.doc();
  const trace = explain(doc, doc.scenarios.find((s) => s.id === 'ai-native')!, 3).trace!;
  return { ed, trace, panel: () => screen.getByRole('complementary', { name: /^Why / }) };
}

/** The number a step shows, checked against the engine's to the precision shown. */
function expectShown(step: TraceStep, root: HTMLElement) {
  const cell = within(root).getAllByTestId(`step-${step.key}`)[0];
  const text = cell.textContent!.replace(/^=\s*/, '').split(' ')[0];
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  expect(Math.abs(Number(text) - step.result), `${step.key}: shown ${text}, engine ${step.result}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
}

describe('Explain panel', () => {
  it('selecting qa in AI-native q3 explains that it was absorbed, into which team, and why, as the engine says', async () => {
    const { trace, panel } = await explainQa();
    const qa = trace.teams.find((t) => t.team === 'qa')!;
    expect(qa.absorption.status).toBe('absorbed');
    const text = within(panel()).getByTestId('absorption').textContent!;
    expect(text).toContain(`into Data & ML (${qa.group})`);
    expect(within(panel()).getByTestId('absorption-reason').textContent).toBe(qa.absorption.reason);
    expect(qa.absorption.reason).toMatch(/^x = \d\.\d\d < 0\.75: absorbed by data$/);
  });

  it('shows the group’s staffing with the engine’s headcount and members', async () => {
    const { trace, panel, ed } = await explainQa();
    const qa = trace.teams.find((t) => t.team === 'qa')!;
    const group = trace.groups.find((g) => g.owner === qa.group)!;
    const doc = ed.doc();
    const headcount = explain(doc, doc.scenarios.at(-1)!, 3).groups.find((g) => g.owner === qa.group)!.headcount;
    expect(within(panel()).getByTestId('group-headcount').textContent).toBe(`${headcount} ${headcount === 1 ? 'person' : 'people'}`);
    expect(panel().textContent).toContain(group.members.join(', '));
  });

  it('shows every step of the team’s and the group’s trace with the engine’s result, formula and inputs', async () => {
    const { trace, panel } = await explainQa();
    const qa = trace.teams.find((t) => t.team === 'qa')!;
    const group = trace.groups.find((g) => g.owner === qa.group)!;
    const groupSection = panel().querySelector('.ff-group') as HTMLElement;
    for (const step of group.steps) expectShown(step, groupSection);
    for (const step of qa.steps) {
      const item = panel().querySelector(`details:not(.ff-group) li[data-step="${step.key.replace(/["\\]/g, "\\$&")}"]`) as HTMLElement;
      expect(item, step.key).not.toBeNull();
      expectShown(step, item);
      expect(item.textContent).toContain(step.formula);
      for (const input of step.inputs) expect(item.textContent).toContain(input.symbol);
    }
    expect(qa.steps.length).toBeGreaterThan(20);
  });

  it('a team parameter link selects the team and focuses its field in the inspector', async () => {
    const { panel, ed } = await explainQa();
    act(() => ed.stores.ui.getState().select({ teams: [] }));
    const link = within(panel()).getAllByRole('button', { name: /minAccountable qa = 0/ })[0];
    fireEvent.click(link);
    expect(ed.stores.ui.getState().selection.teams).toEqual(['qa']);
    const index = ed.doc().teams.findIndex((t) => t.id === 'qa');
    expect(ed.stores.ui.getState().focusRequest?.path).toBe(`teams[${index}].minAccountable`);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-path')).toBe(`teams[${index}].minAccountable`));
    expect(screen.getByRole('complementary', { name: /^Why QA/ })).toBeTruthy(); // the explanation stays
  });

  it('a scenario lever link opens the levers and focuses the slider', async () => {
    const { panel, ed } = await explainQa();
    fireEvent.click(within(panel()).getByRole('button', { name: /^absorbThreshold = / }));
    const index = ed.doc().scenarios.findIndex((s) => s.id === 'ai-native');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-path')).toBe(`scenarios[${index}].absorbThreshold`));
    expect(document.activeElement?.getAttribute('type')).toBe('range');
  });

  it('a scenario lever link chooses its scenario through the registered command scenario.choose', async () => {
    const { panel, ed } = await explainQa();
    const ran: string[] = [];
    const run = ed.registry.run.bind(ed.registry);
    ed.registry.run = ((id, stores, args) => (ran.push(id), run(id, stores, args))) as typeof ed.registry.run;
    fireEvent.click(within(panel()).getByRole('button', { name: /^absorbThreshold = / }));
    expect(ran).toContain('scenario.choose');
    expect(ed.stores.ui.getState().scenarioId).toBe('ai-native');
  });

  it('a model assumption link clears the selection so the inspector shows the model, and focuses the field', async () => {
    const { panel, ed } = await explainQa();
    const item = panel().querySelector('li[data-step="f"]') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: /^f0 = / }));
    expect(ed.stores.ui.getState().selection.teams).toEqual([]);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-path')).toBe('assumptions.f0'));
  });

  it('follows the selection to another team and closes with its button', async () => {
    const { ed } = await explainQa();
    act(() => ed.stores.ui.getState().select({ teams: ['strat'] }));
    expect(screen.getByRole('complementary', { name: /^Why Strategy/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close explanation' }));
    expect(screen.queryByRole('complementary', { name: /^Why / })).toBeNull();
    expect(ed.stores.ui.getState().explainTeam).toBeNull();
  });

  it('in Before, selecting a team does not cover the canvas; the bar’s "Why …?" button opens its explanation', async () => {
    const ed = renderInEditor(
      <>
        <ScenarioPanel />
        <ExplainPanel />
      </>,
    );
    act(() => ed.stores.ui.getState().select({ teams: ['qa'] }));
    expect(screen.queryByRole('complementary', { name: /^Why / })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Why QA?' }));
    expect(await screen.findByRole('complementary', { name: /^Why QA/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Why QA?' })).toBeNull();
  });
});
