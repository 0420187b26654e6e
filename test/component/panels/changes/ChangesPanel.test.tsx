/** @vitest-environment jsdom */
// Compare with file's change list: each change selects what the open model still has and frames it on
// the canvas; a removed team or handoff is framed where the file had it (its ghost, its two teams).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, within } from '@testing-library/react';
import ChangesPanel from '../../../../src/panels/changes/ChangesPanel';
import { registerFrameNodes } from '../../../../src/commands/canvasCommands';
import { startComparison } from '../../../../src/store/comparison';
import { example as exampleDoc } from '../../../support/examples';
import { renderInEditor } from '../harness';

function older() {
  const doc = exampleDoc();
  const qa = doc.teams.find((t) => t.id === 'qa')!;
  return {
    ...doc,
    teams: [...doc.teams.map((t) => (t.id === 'qa' ? { ...t, headcount: 4 } : t)), { ...qa, id: 'manual', name: 'Manual testing', headcount: 2 }],
    handoffs: [...doc.handoffs, { id: 'e99', from: 'qa', to: 'manual', kind: 'work' as const, artifact: 'Test plan', waitDays: 3, ca: 0.9 }],
  };
}

// Counts the diffs that simulate outcomes (the panel's expensive step), passing every call through.
const simulated = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../src/review/diff', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/review/diff')>();
  return {
    ...actual,
    diffDocuments: (...args: Parameters<typeof actual.diffDocuments>) => {
      if (args[2]?.outcomes !== false) simulated.count++;
      return actual.diffDocuments(...args);
    },
  };
});

afterEach(() => registerFrameNodes(null));

describe('the change list', () => {
  it('frames each change: a changed team selected, a removed team and a removed handoff where the file had them', () => {
    const framed: string[][] = [];
    registerFrameNodes((ids) => framed.push(ids));
    const view = renderInEditor(<ChangesPanel />);
    act(() => startComparison(view.stores, { fileName: 'older.json', other: older() }));
    const teams = within(view.getByRole('region', { name: 'Teams changed' }));
    const handoffs = within(view.getByRole('region', { name: 'Handoffs changed' }));

    fireEvent.click(teams.getByRole('button', { name: /QA changed/ }));
    expect(view.stores.ui.getState().selection.teams).toEqual(['qa']);
    fireEvent.click(teams.getByRole('button', { name: /Manual testing removed/ }));
    fireEvent.click(handoffs.getByRole('button', { name: /Test plan removed/ }));
    expect(framed).toEqual([['qa'], ['manual'], ['qa', 'manual']]);
    // Nothing of the file is selected or written into the model.
    expect(view.stores.ui.getState().selection).toMatchObject({ teams: ['qa'], handoffs: [] });
    expect(view.past()).toHaveLength(0);
  });
});

describe('the outcome deltas', () => {
  it('are simulated again after an edit the engine reads, not after a team was moved', () => {
    const view = renderInEditor(<ChangesPanel />);
    act(() => startComparison(view.stores, { fileName: 'older.json', other: older() }));
    const text = () => view.getByTestId('changes-text').textContent;
    expect(text()).toMatch(/Before \(baseline\)\s+25 → 20/);
    const before = simulated.count;
    act(() => view.stores.document.getState().commit('Move', (d) => void (d.teams[0].position = { x: 900, y: 60 })));
    expect(simulated.count).toBe(before);
    expect(text()).toContain('moved (layout only)');
    act(() => view.stores.document.getState().commit('Resize', (d) => void (d.teams.find((t) => t.id === 'qa')!.headcount = 3)));
    expect(simulated.count).toBe(before + 1);
    expect(text()).toMatch(/Before \(baseline\)\s+25 → 22/);
  });
});
