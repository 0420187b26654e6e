/** @vitest-environment jsdom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ScenarioPanel } from '../../../../src/panels/scenario/ScenarioPanel';
import { ResultsDock } from '../../../../src/panels/results/ResultsDock';
import { PLAY_STEP_MS } from '../../../../src/panels/scenario/Timeline';
import { baseline, simulate } from '../../../../src/sim';
import { formatDays } from '../../../../src/readout';
import { allBases } from '../../../../src/model/assumptionSources';
import { renderInEditor } from '../harness';

const figures = () => ({
  people: screen.getByTestId('figure-people').textContent,
  handoffs: screen.getByTestId('figure-handoffs').textContent,
  lead: screen.getByTestId('figure-lead-time').textContent,
});

/** The bar with the results dock under it, as in the app: the dock's headline shows the bar's choice. */
const barAndDock = (
  <>
    <ScenarioPanel />
    <ResultsDock />
  </>
);

/** What the engine says, written the way the headline writes it ("before → after", days as simulation.md §0 rounds them). */
function engineFigures(ed: ReturnType<typeof renderInEditor>, scenarioId: string, quarter: number) {
  const doc = ed.doc();
  const base = baseline(doc);
  const r = simulate(doc, doc.scenarios.find((s) => s.id === scenarioId)!, quarter);
  return {
    people: `${base.headcount} → ${r.headcount}`,
    handoffs: `${base.handoffs} → ${r.handoffs}`,
    lead: `${formatDays(base.leadTimeDays)} → ${formatDays(r.leadTimeDays)}`,
  };
}

const quarterSlider = () => screen.getByRole('slider', { name: 'Quarter' }) as HTMLInputElement;

afterEach(() => vi.useRealTimers());

describe('Scenario bar', () => {
  it('drives the headline: for every scenario and quarter chosen in the bar, the figures the engine computes', () => {
    const ed = renderInEditor(barAndDock);
    const select = screen.getByRole('combobox', { name: 'Scenario' }) as HTMLSelectElement;
    const seen = new Set<string>();
    for (const s of ed.doc().scenarios) {
      fireEvent.change(select, { target: { value: s.id } });
      for (let q = 0; q < s.adoption.length; q++) {
        fireEvent.change(quarterSlider(), { target: { value: String(q) } });
        expect(figures(), `${s.id} q${q}`).toEqual(engineFigures(ed, s.id, q));
        seen.add(figures().people!);
      }
    }
    expect(seen.size).toBeGreaterThan(3); // the numbers really move
  });

  it('has a real range input for the quarter, from 0 to the last quarter, that says where it is', () => {
    const ed = renderInEditor(<ScenarioPanel />);
    const slider = quarterSlider();
    const last = ed.doc().scenarios.at(-1)!.adoption.length - 1;
    expect(slider.type).toBe('range');
    expect(slider.min).toBe('0');
    expect(slider.max).toBe(String(last));
    fireEvent.change(slider, { target: { value: '1' } });
    expect(ed.stores.ui.getState().quarter).toBe(1);
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Quarter 1 of 3, adoption \d+%$/);
  });

  it('plays one quarter per step from the start and stops at the end', () => {
    vi.useFakeTimers();
    const ed = renderInEditor(<ScenarioPanel />);
    const play = screen.getByRole('button', { name: 'Play' });
    act(() => play.click());
    expect(ed.stores.ui.getState().quarter).toBe(0);
    const last = ed.doc().scenarios.at(-1)!.adoption.length - 1;
    for (let q = 1; q <= last; q++) {
      act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
      expect(ed.stores.ui.getState().quarter).toBe(q);
    }
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(ed.stores.ui.getState().quarter).toBe(last);
    expect(screen.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('switches Before and After in the UI store, never in the document', () => {
    const ed = renderInEditor(<ScenarioPanel />);
    const before = ed.doc();
    fireEvent.click(screen.getByRole('button', { name: 'After' }));
    expect(ed.stores.ui.getState().overlay).toBe('after');
    expect(screen.getByRole('button', { name: 'After' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Before' }));
    expect(ed.stores.ui.getState().overlay).toBe('before');
    expect(ed.doc()).toBe(before);
  });
});

describe('Levers', () => {
  // The drawer's code loads on its first opening: wait for the drawer, as a person sees it arrive.
  const openLevers = () => {
    fireEvent.click(screen.getByRole('button', { name: 'Levers' }));
    return screen.findByRole('region', { name: /^Levers of/ });
  };

  it('a drag previews live without an undo step, the release commits one step, and the figures follow the engine; undo restores them', async () => {
    const ed = renderInEditor(barAndDock);
    await openLevers();
    const before = ed.doc();
    const shown = figures();
    const slider = screen.getByRole('slider', { name: 'Adoption in quarter 3' });
    fireEvent.change(slider, { target: { value: '0.5' } });
    fireEvent.change(slider, { target: { value: '0.4' } });
    expect(ed.doc().scenarios.at(-1)!.adoption[3]).toBe(0.4);
    expect(ed.past()).toHaveLength(0);
    expect(figures()).toEqual(engineFigures(ed, 'ai-native', 3));
    expect(figures()).not.toEqual(shown);
    fireEvent.pointerUp(slider);
    expect(ed.past()).toHaveLength(1);
    expect(ed.past()[0].label).toBe('Change adoption in quarter 3 of AI-native');
    act(() => ed.stores.document.getState().undo());
    expect(ed.doc()).toBe(before);
    expect(figures()).toEqual(shown);
  });

  it('an arrow key on a lever is one undo step on key-up; Escape during a drag puts the old value back', async () => {
    const ed = renderInEditor(<ScenarioPanel />);
    await openLevers();
    const slider = screen.getByRole('slider', { name: 'Fewest people per group' });
    fireEvent.change(slider, { target: { value: '2' } });
    fireEvent.keyUp(slider, { key: 'ArrowRight' });
    expect(ed.doc().scenarios.at(-1)!.minHumans).toBe(2);
    expect(ed.past()).toHaveLength(1);
    const committed = ed.doc();
    fireEvent.change(slider, { target: { value: '3' } });
    fireEvent.keyUp(slider, { key: 'Escape' });
    expect(ed.doc()).toBe(committed);
    expect(ed.past()).toHaveLength(1);
  });

  it('offers every main lever as a named slider, a potential never above its cap', async () => {
    const ed = renderInEditor(<ScenarioPanel />);
    act(() => ed.stores.ui.getState().setScenario('cautious'));
    await openLevers();
    const s = ed.doc().scenarios.find((x) => x.id === 'cautious')!;
    for (const name of ['First-line review', 'Control oversight', 'Absorb threshold', 'Most teams per group', 'Fewest people per group']) {
      expect(screen.getByRole('slider', { name })).toBeTruthy();
    }
    s.adoption.forEach((_, q) => expect(screen.getByRole('slider', { name: `Adoption in quarter ${q}` })).toBeTruthy());
    const routine = screen.getByRole('slider', { name: 'Routine potential' }) as HTMLInputElement;
    expect(Number(routine.max)).toBe(s.cap.routine);
    expect(Number(routine.value)).toBe(s.potential.routine);
  });

  it('resets to a preset, adds, duplicates, renames and deletes scenarios through commands', async () => {
    const ed = renderInEditor(<ScenarioPanel />);
    const drawer = await openLevers();
    fireEvent.change(within(drawer).getByLabelText('Reset to preset'), { target: { value: 'cautious' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Reset AI-native' }));
    expect(ed.doc().scenarios.at(-1)!.adoption).toEqual(ed.doc().scenarios[0].adoption);

    fireEvent.click(within(drawer).getByRole('button', { name: 'Duplicate' }));
    expect(ed.doc().scenarios.at(-1)!.name).toBe('AI-native (copy)');
    expect((screen.getByRole('combobox', { name: 'Scenario' }) as HTMLSelectElement).value).toBe(ed.doc().scenarios.at(-1)!.id);

    const name = screen.getByLabelText('Scenario name');
    fireEvent.change(name, { target: { value: 'Plan B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(ed.doc().scenarios.at(-1)!.name).toBe('Plan B');

    fireEvent.click(screen.getByRole('button', { name: 'Delete Plan B' }));
    expect(ed.doc().scenarios.map((s) => s.name)).not.toContain('Plan B');
    fireEvent.click(screen.getByRole('button', { name: 'Add scenario' }));
    expect(ed.doc().scenarios.at(-1)!.name).toBe('New scenario');
    expect(ed.past().length).toBe(5);
  });
});

describe('Assumptions drawer', () => {
  it('lists every parameter with the value of the model and the chosen scenario, its default and its basis', async () => {
    const ed = renderInEditor(<ScenarioPanel />);
    act(() => ed.stores.ui.getState().setScenario('cautious'));
    fireEvent.click(screen.getByRole('button', { name: 'Assumptions' }));
    const drawer = await screen.findByRole('region', { name: 'Assumptions' });
    const rows = drawer.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(allBases().length);
    const cautious = ed.doc().scenarios.find((s) => s.id === 'cautious')!;
    const cellText = (key: string) => drawer.querySelector(`tr[data-key="${key}"] td`)!.textContent;
    expect(cellText('assumptions.f0')).toBe(String(ed.doc().assumptions.f0));
    expect(cellText('scenario.potential.create')).toBe(String(cautious.potential.create));
    expect(cellText('scenario.adoption')).toBe(cautious.adoption.join(' / '));
    expect(drawer.textContent).toMatch(/McKinsey/);
    expect(drawer.textContent).toMatch(/EU AI Act/);
    expect(drawer.querySelectorAll('.ff-end')).toHaveLength(allBases().length);
  });
});
