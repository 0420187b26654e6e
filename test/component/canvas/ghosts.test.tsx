/** @vitest-environment jsdom */
// Compare with file: teams removed since the file are drawn as ghosts in their lanes (derived from the
// comparison, never in the document), and `view.frame` frames a target legibly from any zoom.
import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { mountCanvas } from './mountCanvas';
import { exampleDoc, givenExample } from './given';
import { createStores } from '../../../src/store/context';
import { startComparison } from '../../../src/store/comparison';
import { ghostNodes } from '../../../src/canvas/ghosts';
import { FRAME_MIN_ZOOM, targetBox } from '../../../src/canvas/frameTarget';
import { framesFor, resolvePositions } from '../../../src/geometry/layout';
import { TEAM_H, TEAM_W, toCanvas } from '../../../src/geometry/geometry';
import { createRegistry } from '../../../src/commands';
import type { FivefoldDocument, Team } from '../../../src/model';

/** The example as a file that still had a Manual testing team (no position) and a Legal review in Control. */
function olderWithRemovedTeams(doc: FivefoldDocument): FivefoldDocument {
  const like = (id: string, extra: Partial<Team>): Team => ({ ...doc.teams.find((t) => t.id === id)!, position: undefined, ...extra });
  return {
    ...doc,
    teams: [...doc.teams, like('qa', { id: 'manual', name: 'Manual testing', headcount: 2 }), like('ctrl', { id: 'legal', name: 'Légal & conformité — revue', headcount: 1 })],
    handoffs: [...doc.handoffs, { id: 'e99', from: 'qa', to: 'manual', kind: 'work', artifact: 'Test plan', waitDays: 3, ca: 0.9 }],
  };
}

function canvasPlaces(doc: FivefoldDocument) {
  const frames = framesFor(doc);
  const positions = resolvePositions(doc);
  return { frames, at: new Map(doc.teams.map((t) => [t.id, toCanvas(t.layer, positions.get(t.id)!, frames)])) };
}

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < TEAM_W && Math.abs(a.y - b.y) < TEAM_H;

describe('ghosts of removed teams', () => {
  it('one per team the file has and the model does not, inside its lane, on no card of the model', () => {
    const doc = exampleDoc();
    const { frames, at } = canvasPlaces(doc);
    const ghosts = ghostNodes(olderWithRemovedTeams(doc), doc.teams, at, frames, 'older.json');
    expect(ghosts.map((g) => [g.id, g.data.layer, g.data.name])).toEqual([
      ['manual', 'build', 'Manual testing'],
      ['legal', 'control', 'Légal & conformité — revue'],
    ]);
    for (const g of ghosts) {
      const f = frames[g.data.layer];
      expect(g.position.x).toBeGreaterThanOrEqual(f.x);
      expect(g.position.y).toBeGreaterThanOrEqual(f.y);
      expect(g.position.x + TEAM_W).toBeLessThanOrEqual(f.x + f.width);
      expect(g.position.y + TEAM_H).toBeLessThanOrEqual(f.y + f.height);
      expect([...at.values()].some((p) => overlap(p, g.position))).toBe(false);
      expect(g).toMatchObject({ type: 'ghost', draggable: false, selectable: false, connectable: false });
    }
    expect(overlap(ghosts[0].position, ghosts[1].position)).toBe(false);
  });

  it('none when nothing was removed; a model with no teams left keeps every ghost', () => {
    const doc = exampleDoc();
    const { frames, at } = canvasPlaces(doc);
    expect(ghostNodes(doc, doc.teams, at, frames, 'same.json')).toEqual([]);
    const empty = { ...doc, teams: [], handoffs: [] };
    expect(ghostNodes(doc, [], new Map(), framesFor(empty), 'full.json').map((g) => g.id).sort()).toEqual(doc.teams.map((t) => t.id).sort());
  });

  it('the canvas draws them while comparing, not in the document, and drops them when comparing stops', async () => {
    const stores = givenExample();
    const doc = stores.document.getState().doc;
    const view = mountCanvas(stores);
    await waitFor(() => expect(view.container.querySelectorAll('.react-flow__node-team')).toHaveLength(doc.teams.length));
    act(() => startComparison(stores, { fileName: 'older.json', other: olderWithRemovedTeams(doc) }));
    await waitFor(() => expect(view.getAllByTestId('ghost-node')).toHaveLength(2));
    expect(view.getAllByTestId('ghost-node').map((g) => g.getAttribute('title'))).toEqual([
      'Manual testing: removed since older.json',
      'Légal & conformité — revue: removed since older.json',
    ]);
    expect(stores.document.getState().doc).toBe(doc);
    act(() => startComparison(stores, null));
    await waitFor(() => expect(view.queryAllByTestId('ghost-node')).toHaveLength(0));
  });
});

let flow: ReactFlowInstance | null = null;
function Grab() {
  flow = useReactFlow();
  return null;
}

describe('framing a target', () => {
  it('the box of a handoff is its two cards; a lane its plate and teams; unknown ids none', () => {
    const doc = exampleDoc();
    const { at } = canvasPlaces(doc);
    const box = targetBox(['eng', 'revops'], doc, [])!;
    const [eng, revops] = [at.get('eng')!, at.get('revops')!];
    expect(box.x).toBe(Math.min(eng.x, revops.x));
    expect(box.y).toBe(Math.min(eng.y, revops.y));
    expect(box.x + box.width).toBe(Math.max(eng.x, revops.x) + TEAM_W);
    expect(targetBox(['lane-build'], doc, [])!.y).toBe(framesFor(doc).build.y);
    expect(targetBox(['nobody'], doc, [])).toBeNull();
  });

  it('from the lane summaries, a click frames the target as cards at a legible zoom', async () => {
    const doc = exampleDoc();
    const stores = createStores({ ...doc, view: { viewport: { x: 0, y: 0, zoom: 0.1 } } });
    const view = mountCanvas(stores, <Grab />);
    await waitFor(() => expect(view.getAllByTestId('lane-summary')).toHaveLength(5));
    await act(async () => void createRegistry().run('view.frame', stores, { nodes: ['eng', 'revops'] }));
    await waitFor(() => expect(flow!.getViewport().zoom).toBeGreaterThanOrEqual(FRAME_MIN_ZOOM));
    await waitFor(() => expect(view.container.querySelectorAll('.react-flow__node-team').length).toBeGreaterThan(0));
  });
});
