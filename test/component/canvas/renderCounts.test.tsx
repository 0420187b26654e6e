/** @vitest-environment jsdom */
// Which parts of the canvas React redraws for an edit: counted per node and edge with a <Profiler>
// around each registered node and edge type, so a render caused by React Flow (new props) and one
// caused by the component's own store subscription both count.
import { memo, Profiler, type ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useStoreApi } from '@xyflow/react';
import { mountCanvas } from './mountCanvas';
import { moveTeams } from '../../../src/commands/canvasCommands';
import { framesFor, resolvePositions } from '../../../src/geometry/layout';
import { toCanvas } from '../../../src/geometry/geometry';
import type { Stores } from '../../../src/store/context';
import { docOf, givenExample, teamOf } from './given';

const renders = new Map<string, number>();

vi.mock('../../../src/canvas/flowTypes', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/canvas/flowTypes')>();
  // Memoised like the real components, so a render counted here is one the real one would do.
  const counted = <P extends { id: string }>(kind: string, Inner: ComponentType<P>) =>
    memo((props: P) => (
      <Profiler id={`${kind}:${props.id}`} onRender={(id) => renders.set(id, (renders.get(id) ?? 0) + 1)}>
        <Inner {...props} />
      </Profiler>
    ));
  const wrap = <T extends Record<string, ComponentType<never>>>(kind: string, types: T) =>
    Object.fromEntries(Object.entries(types).map(([k, C]) => [k, counted(`${kind}-${k}`, C as ComponentType<{ id: string }>)])) as unknown as T;
  return { nodeTypes: wrap('node', real.nodeTypes), edgeTypes: wrap('edge', real.edgeTypes) };
});

type FlowStore = ReturnType<typeof useStoreApi>;

/** Hands the test React Flow's own store, to see which node and edge objects it was given. */
function FlowStoreProbe({ into }: { into: { store?: FlowStore } }) {
  into.store = useStoreApi();
  return null;
}

function renderCanvas(stores: Stores, into: { store?: FlowStore } = {}) {
  return mountCanvas(stores, <FlowStoreProbe into={into} />);
}

/** The ids that rendered since the last reset, as `kind:id`. */
const rendered = () => [...renders.keys()].sort();

async function givenDrawnExample() {
  const stores = givenExample();
  const flow: { store?: FlowStore } = {};
  const view = renderCanvas(stores, flow);
  await waitFor(() => expect(view.container.querySelectorAll('.react-flow__node-team')).toHaveLength(docOf(stores).teams.length));
  // Let React Flow measure and settle before counting.
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  renders.clear();
  return { stores, view, flow: () => flow.store!.getState() };
}

describe('the canvas redraws only what an edit changed', () => {
  beforeEach(() => renders.clear());

  it('moving one team within its lane redraws that team and its own handoffs, no other team, lane or handoff', async () => {
    const { stores, flow } = await givenDrawnExample();
    const doc = docOf(stores);
    const qa = teamOf(stores, 'qa');
    const placed = resolvePositions(doc).get('qa')!;
    const at = toCanvas(qa.layer, placed, framesFor(doc));
    // The first move writes every team's place into the document (each team record changes once).
    act(() => moveTeams(stores, [{ id: 'qa', topLeft: { x: at.x + 30, y: at.y } }]));
    renders.clear();
    const edgesBefore = new Map(flow().edges.map((e) => [e.id, e]));
    const nodesBefore = new Map(flow().nodes.map((n) => [n.id, n]));
    act(() => moveTeams(stores, [{ id: 'qa', topLeft: { x: at.x + 60, y: at.y } }]));
    expect(teamOf(stores, 'qa').position).not.toEqual(placed);

    const own = new Set(doc.handoffs.filter((h) => h.from === 'qa' || h.to === 'qa').map((h) => `edge-handoff:${h.id}`));
    expect(own.size).toBeGreaterThan(0);
    const teams = rendered().filter((k) => k.startsWith('node-team:'));
    expect(teams).toEqual(['node-team:qa']);
    expect(rendered().filter((k) => k.startsWith('node-lane:'))).toEqual([]);
    expect(rendered().filter((k) => k.startsWith('edge-') && !own.has(k))).toEqual([]);
    // React Flow itself is handed the very same objects for everything else (no wrapper re-renders).
    expect(flow().nodes.filter((n) => n !== nodesBefore.get(n.id)).map((n) => n.id)).toEqual(['qa']);
    expect(flow().edges.filter((e) => e !== edgesBefore.get(e.id) && !own.has(`edge-handoff:${e.id}`)).map((e) => e.id)).toEqual([]);
  });

  it('a scenario lever edit in Before redraws no team, lane or handoff', async () => {
    const { stores } = await givenDrawnExample();
    act(() =>
      stores.document.getState().commit('Change adoption', (d) => {
        d.scenarios[0].adoption[0] = d.scenarios[0].adoption[0] === 0.5 ? 0.4 : 0.5;
      }),
    );
    expect(rendered()).toEqual([]);
  });

  it('renaming one team redraws that team only', async () => {
    const { stores } = await givenDrawnExample();
    act(() =>
      stores.document.getState().commit('Rename team', (d) => {
        d.teams.find((t) => t.id === 'care')!.name = 'Customer care';
      }),
    );
    expect(rendered().filter((k) => k.startsWith('node-team:'))).toEqual(['node-team:care']);
  });

  it('during a drag the document and every edge object stay; the dragged team’s paths and labels follow it, and the drop brings fresh edges in one step', async () => {
    const { stores, view, flow } = await givenDrawnExample();
    const doc = docOf(stores);
    const placed = resolvePositions(doc).get('qa')!;
    const at = toCanvas(teamOf(stores, 'qa').layer, placed, framesFor(doc));
    act(() => moveTeams(stores, [{ id: 'qa', topLeft: { x: at.x + 30, y: at.y } }]));
    const own = docOf(stores).handoffs.filter((h) => h.from === 'qa' || h.to === 'qa');
    const other = docOf(stores).handoffs.find((h) => h.from !== 'qa' && h.to !== 'qa')!;
    const pathOf = (id: string) => view.container.querySelector(`.react-flow__edge[data-id="${id}"] .handoff-path`)!.getAttribute('d');
    const labelOf = (id: string) => {
      const anchor = view.getByTestId(`handoff-label-${id}`).parentElement!;
      return `${anchor.style.left},${anchor.style.top}`;
    };
    const edgesBefore = flow().edges;
    const before = own.map((h) => [pathOf(h.id), labelOf(h.id)]);
    const untouched = [pathOf(other.id), labelOf(other.id)];

    // A drag as React Flow reports it: position changes marked dragging, then the release.
    const docBefore = docOf(stores);
    act(() => flow().triggerNodeChanges([{ id: 'qa', type: 'position', position: { x: at.x + 90, y: at.y }, dragging: true }]));
    expect(docOf(stores)).toBe(docBefore);
    expect(flow().edges).toBe(edgesBefore);
    await waitFor(() => expect(own.map((h) => pathOf(h.id))).not.toEqual(before.map(([p]) => p)));
    own.forEach((h, i) => {
      expect(pathOf(h.id), h.id).not.toBe(before[i][0]);
      expect(labelOf(h.id), h.id).not.toBe(before[i][1]);
    });
    expect([pathOf(other.id), labelOf(other.id)]).toEqual(untouched);

    const live = own.map((h) => pathOf(h.id));
    act(() => void window.dispatchEvent(new Event('pointerup')));
    await waitFor(() => expect(flow().edges).not.toBe(edgesBefore));
    expect(stores.document.getState().past.at(-1)?.label).toBe('Move team');
    // The drop's fresh geometry draws the same paths the live ones showed (the ends moved straight sideways).
    await waitFor(() => expect(own.map((h) => pathOf(h.id))).toEqual(live));
  });
});
