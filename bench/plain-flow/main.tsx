/**
 * The baseline for scripts/fps-drag.ts: plain React Flow as its documentation shows it, with no app
 * code around it. `?nodes=1000&edges=1500` gives that many default nodes in a grid and that many
 * default edges, each from a node to a later one (a DAG, like a Fivefold document's work handoffs).
 * When localStorage holds a graph under `plain-flow-graph` (see scripts/lib/plainGraph.ts), the page
 * draws that one instead: the same places, sizes and edges as the Fivefold document it is compared with.
 * The page sets `window.__plainFlowReady` once React Flow has drawn every node.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, Background, Controls, MiniMap, useEdgesState, useNodesState, useNodesInitialized, type Edge, type Node, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const query = new URLSearchParams(location.search);
const NODE_COUNT = Number(query.get('nodes') ?? 1000);
const EDGE_COUNT = Number(query.get('edges') ?? 1500);
// Roughly the aspect of the Fivefold canvas: wide lanes stacked downwards.
const COLUMNS = Math.max(1, Math.ceil(Math.sqrt(NODE_COUNT * 1.2)));

/** A fixed pseudo-random sequence, so every run draws the same graph. */
function seeded(seed: number): () => number {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function initialGraph(): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = Array.from({ length: NODE_COUNT }, (_, i) => ({
    id: `n${i}`,
    position: { x: (i % COLUMNS) * 220, y: Math.floor(i / COLUMNS) * 110 },
    data: { label: `Node ${i}` },
  }));
  const rand = seeded(NODE_COUNT);
  const edges: Edge[] = [];
  for (let k = 0; k < EDGE_COUNT && NODE_COUNT > 1; k++) {
    const from = Math.floor(rand() * (NODE_COUNT - 1));
    const to = Math.min(NODE_COUNT - 1, from + 1 + Math.floor(rand() * 12));
    edges.push({ id: `e${k}`, source: `n${from}`, target: `n${to}` });
  }
  return { nodes, edges };
}

/** The graph handed over by the benchmark runner, if any: lanes as group nodes behind sized default nodes. */
function storedGraph(): { nodes: Node[]; edges: Edge[]; viewport?: Viewport } | null {
  const text = localStorage.getItem('plain-flow-graph');
  if (!text) return null;
  const graph = JSON.parse(text) as { nodes: { id: string; x: number; y: number; width: number; height: number; lane?: boolean }[]; edges: [string, string][]; viewport?: Viewport };
  const nodes: Node[] = graph.nodes.map((n) => ({
    id: n.id,
    position: { x: n.x, y: n.y },
    style: { width: n.width, height: n.height },
    data: { label: n.lane ? '' : n.id },
    ...(n.lane ? { type: 'group', draggable: false, selectable: false } : {}),
  }));
  const edges: Edge[] = graph.edges.map(([source, target], k) => ({ id: `e${k}`, source, target }));
  return { nodes, edges, viewport: graph.viewport };
}

const initial: { nodes: Node[]; edges: Edge[]; viewport?: Viewport } = storedGraph() ?? initialGraph();

function ReadySignal() {
  const initialised = useNodesInitialized();
  useEffect(() => {
    if (initialised) (window as unknown as { __plainFlowReady: number }).__plainFlowReady = performance.now();
  }, [initialised]);
  return null;
}

function PlainFlow() {
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  return (
    <div style={{ width: '100%', height: '100%' }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView={!initial.viewport} defaultViewport={initial.viewport} minZoom={0.01}>
        <Background />
        <Controls />
        <MiniMap />
        <ReadySignal />
      </ReactFlow>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlainFlow />
  </StrictMode>,
);
