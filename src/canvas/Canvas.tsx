import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
  type Connection,
  type FitBoundsOptions,
  type FitViewOptions,
  type EdgeChange,
  type FinalConnectionState,
  type HandleType,
  type Node,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useDoc, useStores, useUi } from '../store/context';
import {
  applySelectionChanges,
  registerFitView,
  registerZoomToLane,
  registerFrameNodes,
} from '../commands/canvasCommands';
import { edgeTypes, nodeTypes } from './flowTypes';
import { toFlow, type FlowNode, type HandoffFlowEdge } from './toFlow';
import { HandoffLabels } from './HandoffLabels';
import { LARGE_FROM_TEAMS, useCoarseDetail, useDetail } from './levelOfDetail';
import { useRecentlyTrue } from './useRecentlyTrue';
import { nodesAsDrawn, placesWithLive, useLiveDrag } from './useLiveDrag';
import { droppedConnection, reconnectedEnds } from './dropOnCard';
import { LAYER_ACCENT } from '../geometry/colors';
import type { LayerId } from '../model';
import { savedViewport } from '../model/viewport';
import { isPaletteDrag, readPaletteDrop } from './paletteDrop';
import { useRegistry } from '../ui/registry';
import { dropTarget, TEAM_H, TEAM_W } from '../geometry/geometry';
import { framesFor } from '../geometry/layout';
import { useSimulation } from '../simulation/useSimulation';
import type { Result } from '../sim';
import { CriticalPathBadge } from './CriticalPathBadge';
import { useComparison } from '../store/comparison';
import { ghostNodes, type GhostFlowNode } from './ghosts';
import { FRAME_LANE_MIN_ZOOM, FRAME_MIN_ZOOM, laneBounds, targetBox } from './frameTarget';

export interface CanvasProps {
  /** A file dropped onto the canvas (import). */
  onFileDrop?(file: File): void;
}

/**
 * The fit leaves room at the bottom for the zoom buttons and a notice, and in After at the top for
 * the critical-path badge (and a group's header above its lane), so none of them covers a card or a
 * lane name; Before keeps that row for the model, which on a short canvas is what limits the zoom.
 */
const FIT_OPTIONS: FitViewOptions = { padding: { top: '12px', bottom: '44px', left: '12px', right: '12px' }, maxZoom: 1.2 };
/** After's fit keeps a row at the top; the badge sits top-right, beside a group's header rather than over it. */
const FIT_AFTER_OPTIONS: FitViewOptions = { ...FIT_OPTIONS, padding: { top: '64px', bottom: '44px', left: '12px', right: '12px' } };
const fitOptionsFor = (overlay: string): FitViewOptions => (overlay === 'after' ? FIT_AFTER_OPTIONS : FIT_OPTIONS);
const LANE_ZOOM_OPTIONS: FitBoundsOptions = { padding: 0.08, duration: 300 };
/** How long group frames stay (hidden) after leaving After: the fade-out in canvas.css. */
const FRAME_FADE_MS = 450;
/** How a framed target (a finding's, a change's) is shown: room around it, never closer than the fit's limit. */
const FRAME_PADDING = 0.4;
const FRAME_MAX_ZOOM = 1.2;
const NO_GHOSTS: GhostFlowNode[] = [];
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const selectedEdges = new WeakMap<HandoffFlowEdge, HandoffFlowEdge>();
/** The edge marked selected, the same object each time, so a selected edge is not redrawn per frame. */
function asSelected(e: HandoffFlowEdge): HandoffFlowEdge {
  let hit = selectedEdges.get(e);
  // On a large model only a selected handoff shows reconnect anchors (see edgesReconnectable below).
  if (!hit) selectedEdges.set(e, (hit = { ...e, selected: true, reconnectable: true }));
  return hit;
}

/**
 * The five-layer canvas. Everything it draws comes from `toFlow(doc)`; every change it makes goes
 * through the commands in canvasCommands.ts; a drag is drawn from React state (useLiveDrag.ts) and
 * committed once on drop.
 */
export function Canvas({ onFileDrop }: CanvasProps) {
  const stores = useStores();
  // Only what the canvas draws: a scenario or initiative edit does not re-render it.
  const teams = useDoc((s) => s.doc.teams);
  const handoffs = useDoc((s) => s.doc.handoffs);
  const layers = useDoc((s) => s.doc.layers);
  const generation = useDoc((s) => s.generation);
  const selection = useUi((s) => s.selection);
  const { fitView, fitBounds, setViewport, screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi<FlowNode, HandoffFlowEdge>();
  const registry = useRegistry();
  // A reload comes back to the autosaved viewport instead of fitting the whole model again.
  const [initialViewport] = useState(() => savedViewport(stores.document.getState().doc));

  const overlay = useUi((s) => s.overlay);
  const { baseline, result, scenario, pending } = useSimulation();
  // A large model's first answer comes from a worker: until then keep the last result rather than
  // flashing back to Before.
  const lastResult = useRef<Result | null>(null);
  if (result) lastResult.current = result;
  const shown = result ?? lastResult.current;
  const simulation = useMemo(() => ({ overlay, baseline, result: shown, scenario }), [overlay, baseline, shown, scenario]);
  const framesLeaving = useRecentlyTrue(overlay === 'after', FRAME_FADE_MS);
  const large = teams.length >= LARGE_FROM_TEAMS;
  const detail = useDetail();
  // A large document just opened is drawn as its lanes until it is fitted: drawn first at the zoom
  // of the one before, it would mount a thousand cards only to replace them a frame later.
  const [fitted, setFitted] = useState(initialViewport ? 0 : -1);
  const lanesOnly = detail === 'summary' || (large && fitted !== generation);
  // A drag does not touch the document until the drop (useLiveDrag), so lanes and edges stay put
  // under the pointer; the dragged team's handoffs follow it (HandoffEdge, HandoffLabels).
  const flow = useMemo(
    () => toFlow({ teams, handoffs, layers }, { simulation, framesLeaving, lanesOnly }),
    [teams, handoffs, layers, simulation, framesLeaving, lanesOnly],
  );
  const drag = useLiveDrag(stores, registry, flow.frames);
  const live = drag.live;
  // Compare with file: the teams removed since the file, as ghosts where it had them (not in summaries).
  const comparison = useComparison();
  const ghosts = useMemo(
    () => (comparison ? ghostNodes(comparison.other, teams, flow.at, flow.frames, comparison.fileName) : NO_GHOSTS),
    [comparison, teams, flow.at, flow.frames],
  );
  const ghostsNow = useRef(ghosts);
  useEffect(() => void (ghostsNow.current = ghosts), [ghosts]);
  const nodes = useMemo(() => {
    const drawn = nodesAsDrawn(flow.nodes, new Set(selection.teams), live, flow.at);
    return ghosts.length && !lanesOnly ? [...drawn, ...ghosts] : drawn;
  }, [flow, selection.teams, live, ghosts, lanesOnly]);
  const labelPlaces = useMemo(() => placesWithLive(flow.at, live), [flow.at, live]);
  const edges = useMemo(() => {
    const chosen = new Set(selection.handoffs);
    return chosen.size ? flow.edges.map((e) => (chosen.has(e.id) ? asSelected(e) : e)) : flow.edges;
  }, [flow.edges, selection.handoffs]);
  const coarse = useCoarseDetail();
  // A large model draws only what is in view, at every zoom that draws teams: seen from far, the
  // lanes show summaries instead (semantic zoom), so even zoomed out as far as cards or chips go a
  // view holds a small part of the model. Drawing it all made every edit re-run React Flow's
  // selectors of 1,200 cards and 2,400 edges (a task of about 2 s on the position-less organisation),
  // and zooming in from the summaries mount every card in one task.
  const cull = large;

  useEffect(() => {
    registerFitView(() => void fitView(fitOptionsFor(stores.ui.getState().overlay)));
    // From the document, not React Flow's nodes: at the lane-summary zoom no team is a node, and a
    // target fitted below FRAME_MIN_ZOOM would be drawn as a chip with its labels hidden.
    registerFrameNodes((ids) => {
      const doc = stores.document.getState().doc;
      const box = targetBox(ids, doc, ghostsNow.current);
      if (!box) return;
      const { width, height } = flowStore.getState();
      const lanes = ids.every((id) => id.startsWith('lane-') && !doc.teams.some((t) => t.id === id));
      const viewport = getViewportForBounds(box, width, height, lanes ? FRAME_LANE_MIN_ZOOM : FRAME_MIN_ZOOM, FRAME_MAX_ZOOM, FRAME_PADDING);
      void setViewport(viewport, { duration: reducedMotion() ? 0 : 300 });
    });
    return () => {
      registerFitView(null);
      registerFrameNodes(null);
    };
  }, [fitView, setViewport, flowStore, stores]);

  // Zoom to one lane (a key, or a double-click on its name): its frame fills the canvas.
  useEffect(() => {
    registerZoomToLane((layer) => {
      const frame = laneBounds(stores.document.getState().doc, layer);
      void fitBounds(frame, reducedMotion() ? { ...LANE_ZOOM_OPTIONS, duration: 0 } : LANE_ZOOM_OPTIONS);
    });
    return () => registerZoomToLane(null);
  }, [fitBounds, stores]);

  // A newly opened document is shown whole.
  useEffect(() => {
    if (fitted === generation) return;
    let live = true;
    const id = requestAnimationFrame(() => void fitView(fitOptionsFor(stores.ui.getState().overlay)).then(() => live && setFitted(generation)));
    return () => {
      live = false;
      cancelAnimationFrame(id);
    };
  }, [generation, fitted, fitView, stores]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const moves = [];
      const picks = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position && c.dragging) moves.push({ id: c.id, topLeft: c.position });
        else if (c.type === 'select' && !c.id.startsWith('frame-')) picks.push({ id: c.id, selected: c.selected });
      }
      if (moves.length) drag.move(moves);
      applySelectionChanges(stores, 'teams', picks);
    },
    [stores, drag.move],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<HandoffFlowEdge>[]) => {
      const picks = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
      applySelectionChanges(stores, 'handoffs', picks);
    },
    [stores],
  );

  const onDragStop: OnNodeDrag<FlowNode> = useCallback(() => drag.finish(), [drag.finish]);
  const onSelectionDragStop = useCallback(() => drag.finish(), [drag.finish]);
  // A dragged connection (or a dragged end of a handoff) is decided on release, by the card under
  // the pointer (dropOnCard.ts); React Flow's own onConnect/onReconnect then only serve a connection
  // made by clicking two handles.
  const dragging = useRef<'connect' | 'reconnect' | null>(null);
  const onConnectStart = useCallback(() => {
    if (dragging.current !== 'reconnect') dragging.current = 'connect';
  }, []);
  const onConnect = useCallback(
    (c: Connection) => {
      if (!dragging.current) registry.run('handoff.connect', stores, { from: c.source, to: c.target });
    },
    [stores, registry],
  );
  const onConnectEnd = useCallback(
    (e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      // React Flow ends a reconnect with onConnectEnd too, before onReconnectEnd.
      if (dragging.current !== 'connect') return;
      dragging.current = null;
      const ends = droppedConnection(e, state);
      if (ends) registry.run('handoff.connect', stores, ends);
    },
    [stores, registry],
  );
  const onReconnectStart = useCallback(() => void (dragging.current = 'reconnect'), []);
  const onReconnectEnd = useCallback(
    (e: MouseEvent | TouchEvent, old: HandoffFlowEdge, fixed: HandleType, state: FinalConnectionState) => {
      dragging.current = null;
      const ends = reconnectedEnds(e, old, fixed, state);
      if (ends && (ends.from !== old.source || ends.to !== old.target)) registry.run('handoff.reconnect', stores, { id: old.id, ...ends });
    },
    [stores, registry],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (isPaletteDrag(e) || e.dataTransfer.types.includes('Files')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      // A team from the palette lands in the lane under the pointer (centred on it).
      const template = readPaletteDrop(e);
      if (template) {
        e.preventDefault();
        const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
        const target = dropTarget(framesFor(stores.document.getState().doc), { x: p.x - TEAM_W / 2, y: p.y - TEAM_H / 2 });
        registry.run('team.add', stores, { template, layer: target.layer, position: target.position });
        return;
      }
      const file = e.dataTransfer.files?.[0];
      if (!file) return;
      e.preventDefault();
      onFileDrop?.(file);
    },
    [onFileDrop, registry, screenToFlowPosition, stores],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file or a palette item is the mouse's way; the keyboard has Import and the palette's buttons
    <div
      className={`canvas overlay-${overlay}${coarse ? ' is-coarse' : ''}${detail === 'chips' ? ' is-chips' : ''}${live ? ' is-dragging' : ''}`}
      data-detail={lanesOnly ? 'summary' : detail}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="canvas"
      data-overlay={overlay}
    >
      <ReactFlow<FlowNode, HandoffFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onDragStop}
        onSelectionDragStop={onSelectionDragStop}
        onConnect={onConnect}
        // Reconnect anchors are drawn only when onReconnect is given; the end is decided in onReconnectEnd.
        onReconnect={ignoreReconnect}
        onReconnectStart={onReconnectStart}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        onReconnectEnd={onReconnectEnd}
        // Either end of any handoff can be grabbed; on a large model only a selected one's, since
        // 1,500 handoffs with two anchors each cost every frame.
        edgesReconnectable={!large}
        onlyRenderVisibleElements={cull}
        fitView={!initialViewport}
        defaultViewport={initialViewport}
        fitViewOptions={FIT_OPTIONS}
        // Low enough for the fit view of thousands of teams (their lanes then show summaries).
        minZoom={0.01}
        maxZoom={2}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        connectionRadius={70}
        // At the fit the lowest lane's cards lie within React Flow's 40 px auto-pan margin, so a
        // handoff dropped on the lower half of one panned the card away from under the pointer and
        // joined nothing; the whole model is in view at the fit, and the wheel still zooms mid-drag.
        autoPanOnConnect={false}
        elevateEdgesOnSelect
        attributionPosition="bottom-right"
      >
        {/* Top-right, not top-center: After keeps the fit of Before (a refit would shrink the team names
            below 14 px), and at the centre the badge covered the plate of the group over the top lane. */}
        {overlay === 'after' && flow.after && teams.length > 0 ? (
          <Panel position="top-right">
            <CriticalPathBadge before={flow.after.leadTimeDays.before} after={flow.after.leadTimeDays.after} pending={pending} />
          </Panel>
        ) : null}
        <HandoffLabels edges={edges} at={labelPlaces} cull={cull} />
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#cbd5e1" />
        {/* A row, not a column: a column of three buttons covered the lowest lane's name. */}
        <Controls showInteractive={false} position="bottom-left" orientation="horizontal" />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          ariaLabel="Overview of the whole canvas"
          nodeColor={minimapColor}
          nodeStrokeWidth={0}
          maskColor="rgba(15, 23, 42, 0.12)"
          style={{ width: 168, height: 104 }}
        />
      </ReactFlow>
    </div>
  );
}

function ignoreReconnect(): void {}

function minimapColor(node: Node): string {
  if (node.type === 'frame') return 'transparent';
  if (node.type === 'ghost') return 'rgba(100, 116, 139, 0.3)';
  const layer = (node.data as { layer?: LayerId }).layer;
  if (node.type === 'lane') return layer === 'control' ? 'rgba(157, 23, 77, 0.16)' : layerTint(layer);
  return layer ? LAYER_ACCENT[layer] : '#64748b';
}

function layerTint(layer: LayerId | undefined): string {
  return layer === 'strategy' || layer === 'build' ? '#f1f5f9' : '#e2e8f0';
}
