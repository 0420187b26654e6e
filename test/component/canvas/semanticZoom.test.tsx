/** @vitest-environment jsdom */
// Semantic zoom: far out, a lane shows what its teams add up to instead of the teams, in type that
// stays legible on screen; zooming in brings the cards back.
import { describe, expect, it } from 'vitest';
import { act, waitFor, within } from '@testing-library/react';
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { mountCanvas } from './mountCanvas';
import { createStores } from '../../../src/store/context';
import { exampleDoc } from './given';
import { SUMMARY_BELOW_ZOOM, SUMMARY_TEXT_PX, detailAt, summaryFontAt } from '../../../src/geometry/zoomLevels';
import { LAYER_IDS, type FivefoldDocument } from '../../../src/model';
import { baseline, simulate } from '../../../src/sim';

let flow: ReactFlowInstance | null = null;
function Grab() {
  flow = useReactFlow();
  return null;
}

function mountAt(doc: FivefoldDocument, zoom: number) {
  return mountCanvas(createStores({ ...doc, view: { viewport: { x: 0, y: 0, zoom } } }), <Grab />);
}

describe('semantic zoom', () => {
  it('the thresholds go cards → chips → summary as the zoom falls, and summary text is legible at every zoom', () => {
    expect([1, 0.3, 0.05].map(detailAt)).toEqual(['cards', 'chips', 'summary']);
    for (const zoom of [SUMMARY_BELOW_ZOOM * 0.99, 0.1, 0.03, 0.01]) expect(summaryFontAt(zoom) * zoom).toBeGreaterThanOrEqual(SUMMARY_TEXT_PX);
  });

  it('far out, every lane shows its teams, people and cost and no team is drawn; zooming in brings the cards back', async () => {
    const doc = exampleDoc();
    const far = 0.12;
    const view = mountAt(doc, far);
    await waitFor(() => expect(view.getAllByTestId('lane-summary')).toHaveLength(5));
    expect(view.container.querySelectorAll('.react-flow__node-team')).toHaveLength(0);
    const build = within(view.getByTestId('lane-build')).getByTestId('lane-summary');
    const teams = doc.teams.filter((t) => t.layer === 'build');
    const people = teams.reduce((s, t) => s + t.headcount, 0);
    const cost = teams.reduce((s, t) => s + t.headcount * t.costPerFte, 0);
    expect(build.textContent).toContain('Build & Data');
    expect(build.textContent).toContain(`${teams.length} teams · ${people} people`);
    expect(build.textContent).toContain(new Intl.NumberFormat('en', { style: 'currency', currency: doc.currency, notation: 'compact', maximumFractionDigits: 2 }).format(cost));
    expect(parseFloat(build.style.fontSize) * far).toBeGreaterThanOrEqual(SUMMARY_TEXT_PX);

    await act(async () => void (await flow!.setViewport({ x: 0, y: 0, zoom: 1 })));
    await waitFor(() => expect(view.container.querySelectorAll('.react-flow__node-team')).toHaveLength(doc.teams.length));
    expect(view.queryAllByTestId('lane-summary')).toHaveLength(0);
  });

  it('in After, far out, each lane says its people before → after, adding up to the engine’s totals', async () => {
    const doc = exampleDoc();
    const stores = createStores({ ...doc, view: { viewport: { x: 0, y: 0, zoom: 0.12 } } });
    const ui = stores.ui.getState();
    ui.setScenario('ai-native');
    ui.setQuarter(3);
    ui.setOverlay('after');
    const view = mountCanvas(stores, <Grab />);
    await waitFor(() => expect(view.getAllByTestId('lane-summary')).toHaveLength(5));
    const result = simulate(doc, doc.scenarios.find((s) => s.id === 'ai-native')!, 3);
    let before = 0;
    let after = 0;
    for (const layer of LAYER_IDS) {
      const text = within(view.getByTestId(`lane-${layer}`)).getByTestId('lane-summary').textContent ?? '';
      const people = /· (\d+) → (\d+) (?:person|people) ·/.exec(text);
      expect(people, `${layer}: "${text}"`).not.toBeNull();
      const inLane = doc.teams.filter((t) => t.layer === layer).reduce((sum, t) => sum + t.headcount, 0);
      expect(Number(people![1]), layer).toBe(inLane);
      expect(text, layer).toMatch(/ → .* a year$/);
      before += Number(people![1]);
      after += Number(people![2]);
    }
    expect(before).toBe(baseline(doc).headcount);
    expect(after).toBe(result.headcount);
  });
});
