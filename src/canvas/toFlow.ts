/**
 * The one place the document becomes React Flow nodes and edges. Pure and memoised: the same teams,
 * handoffs and layer names give the same arrays (a scenario edit does not redraw the canvas), and a
 * team, lane or handoff whose record and place did not change keeps its object, so React Flow
 * re-renders only what moved. Nodes are a view; they are never saved.
 */
import { Position, type NodeHandle } from '@xyflow/react';
import { MARKERS } from './markers';
import type { Handoff, LayerId, Scenario, Team } from '../model';
import { LAYER_IDS } from '../model';
import type { Result } from '../sim';
import { layerName, TEAM_H, TEAM_W, toCanvas, type Frames, type Point } from '../geometry/geometry';
import { framesFor, resolvePositions } from '../geometry/layout';
import { edgeGeometry, parallelLanes, type Side } from '../geometry/edgeGeometry';
import { spreadHandoffLabels } from '../geometry/labelSpread';
import type { Overlay } from '../store/uiStore';
import { withOverlay } from './overlayFlow';
import { sameItemsOr } from '../geometry/stableArray';
import { peopleWord } from '../readout/format';
import { VIEW_ONLY, type CanvasDoc, type Flow, type FlowNode, type HandoffFlowEdge, type LaneFlowNode, type TeamFlowNode, type ToFlowOptions } from './flowModel';

export type {
  CanvasDoc,
  Flow,
  FlowNode,
  FrameData,
  FrameFlowNode,
  HandoffData,
  HandoffFlowEdge,
  LaneData,
  LaneFlowNode,
  SimulationOverlay,
  TeamData,
  TeamFlowNode,
  ToFlowOptions,
} from './flowModel';


const HANDLE = 10;
const SOURCE_HANDLES: Record<Side, { x: number; y: number }> = {
  right: { x: TEAM_W - HANDLE / 2, y: TEAM_H / 2 - HANDLE / 2 },
  bottom: { x: TEAM_W / 2 - HANDLE / 2, y: TEAM_H - HANDLE / 2 },
  top: { x: TEAM_W / 2 - HANDLE / 2, y: -HANDLE / 2 },
  left: { x: -HANDLE / 2, y: TEAM_H / 2 - HANDLE / 2 },
};
const POSITION = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom } as const;

/**
 * Handles every team node has: a source and a target on each side. The visible ones are "out" on
 * the right and "in" on the left; the others let an edge leave downwards or upwards.
 */
export const TEAM_HANDLES: NodeHandle[] = (Object.keys(SOURCE_HANDLES) as Side[]).flatMap((side) => [
  { id: `out-${side}`, type: 'source' as const, position: POSITION[side], ...SOURCE_HANDLES[side], width: HANDLE, height: HANDLE },
  { id: `in-${side}`, type: 'target' as const, position: POSITION[side], ...SOURCE_HANDLES[side], width: HANDLE, height: HANDLE },
]);

interface DocumentFlowKey {
  teams: readonly Team[];
  handoffs: readonly Handoff[];
  layers: CanvasDoc['layers'];
}

let last: { key: DocumentFlowKey; flow: Flow; positions: ReadonlyMap<string, Point>; hidden: ReadonlyMap<string, string> } | null = null;
let lastOverlaid: { base: Flow; overlay: Overlay; baseline: Result; result: Result | null; scenario: Scenario | null; framesLeaving: boolean; flow: Flow } | null = null;
const teamNodeCache = new WeakMap<Team, TeamFlowNode>();
/** The handles a card always draws: work comes in on the left and leaves on the right. */
export const VISIBLE_HANDLES = ['in-left', 'out-right'] as const;
const edgeCache = new WeakMap<Handoff, { key: string; edge: HandoffFlowEdge }>();
const laneCache = new Map<LayerId, { key: string; node: LaneFlowNode }>();
const spreadCache = new WeakMap<HandoffFlowEdge, HandoffFlowEdge>();

/**
 * Derives the canvas from the document and, when given, a simulation result shown Before or After.
 * @example const { nodes, edges } = toFlow(doc); nodes.filter((n) => n.type === 'team').length === doc.teams.length
 * @example toFlow(doc, { simulation: { overlay: 'after', baseline, result, scenario } }).after?.frames.length // 3 at AI-native q3
 */
export function toFlow(doc: CanvasDoc, options: ToFlowOptions = {}): Flow {
  const base = options.lanesOnly ? lanesFlow(doc) : documentFlow(doc);
  const sim = options.simulation;
  if (!sim?.result) return base;
  const framesLeaving = options.framesLeaving ?? false;
  const hit = lastOverlaid;
  if (
    hit &&
    hit.base === base &&
    hit.overlay === sim.overlay &&
    hit.baseline === sim.baseline &&
    hit.result === sim.result &&
    hit.scenario === sim.scenario &&
    hit.framesLeaving === framesLeaving
  )
    return hit.flow;
  const flow = withOverlay(base, doc, sim, framesLeaving);
  lastOverlaid = { base, ...sim, framesLeaving, flow };
  return flow;
}

let lastLanes: { key: DocumentFlowKey; flow: Flow } | null = null;

function lanesFlow(doc: CanvasDoc): Flow {
  const key: DocumentFlowKey = { teams: doc.teams, handoffs: doc.handoffs, layers: doc.layers };
  if (lastLanes && (Object.keys(key) as (keyof DocumentFlowKey)[]).every((k) => lastLanes!.key[k] === key[k])) return lastLanes.flow;
  const frames = framesFor(doc);
  const positions = resolvePositions(doc);
  const at = new Map<string, Point>();
  for (const team of doc.teams) at.set(team.id, toCanvas(team.layer, positions.get(team.id) ?? { x: 0, y: 0 }, frames));
  const flow: Flow = { nodes: LAYER_IDS.map((layer) => laneNode(doc, layer, frames)), edges: [], frames, after: null, at };
  lastLanes = { key, flow };
  return flow;
}

function documentFlow(doc: CanvasDoc): Flow {
  const key: DocumentFlowKey = { teams: doc.teams, handoffs: doc.handoffs, layers: doc.layers };
  if (last && (Object.keys(key) as (keyof DocumentFlowKey)[]).every((k) => last!.key[k] === key[k])) return last.flow;
  const frames = framesFor(doc);
  const positions = resolvePositions(doc);
  // An edit that moved no team and changed no handoff (a headcount, a name) keeps every edge: on
  // 2,400 handoffs their geometry and label spreading were most of an edit's time.
  if (last && last.positions === positions && last.key.handoffs === doc.handoffs && sameFrames(last.flow.frames, frames)) {
    const nodes: FlowNode[] = LAYER_IDS.map((layer) => laneNode(doc, layer, frames));
    for (const team of doc.teams) nodes.push(teamNode(team, last.flow.at.get(team.id)!, last.hidden.get(team.id) ?? ''));
    const flow: Flow = { ...last.flow, nodes, frames };
    last = { ...last, key, flow };
    return flow;
  }
  const at = new Map<string, Point>();

  for (const team of doc.teams) at.set(team.id, toCanvas(team.layer, positions.get(team.id) ?? { x: 0, y: 0 }, frames));

  const edges: HandoffFlowEdge[] = [];
  for (const [h, lane] of parallelLanes(doc.handoffs)) {
    const from = at.get(h.from);
    const to = at.get(h.to);
    if (from && to) edges.push(handoffEdge(h, from, to, lane));
  }

  const hidden = hiddenHandlesUsed(edges);
  const nodes: FlowNode[] = LAYER_IDS.map((layer) => laneNode(doc, layer, frames));
  for (const team of doc.teams) nodes.push(teamNode(team, at.get(team.id)!, hidden.get(team.id) ?? ''));
  const flow: Flow = { nodes, edges: sameItemsOr(last?.flow.edges, withLabelsApart(edges, at)), frames, after: null, at };
  last = { key, flow, positions, hidden };
  return flow;
}

const sameFrames = (a: Frames, b: Frames) =>
  LAYER_IDS.every((l) => a[l].x === b[l].x && a[l].y === b[l].y && a[l].width === b[l].width && a[l].height === b[l].height);

/**
 * The edges with labels that would touch each other or lie under a card moved apart. A moved label gets a new edge object, kept
 * while the label stays in the same place, so a drag elsewhere does not redraw it.
 */
function withLabelsApart(edges: HandoffFlowEdge[], cards: ReadonlyMap<string, Point>): HandoffFlowEdge[] {
  const moved = spreadHandoffLabels(
    edges.map((e) => ({ id: e.id, x: e.data!.labelX, y: e.data!.labelY, maxWidth: e.data!.labelWidth, kind: e.data!.kind, artifact: e.data!.artifact })),
    cards.values(),
  );
  if (!moved.size) return edges;
  return edges.map((e) => {
    const to = moved.get(e.id);
    if (!to) return e;
    const hit = spreadCache.get(e);
    if (hit && hit.data!.labelX === to.x && hit.data!.labelY === to.y) return hit;
    const spread = { ...e, data: { ...e.data!, labelX: to.x, labelY: to.y } };
    spreadCache.set(e, spread);
    return spread;
  });
}

function laneNode(doc: CanvasDoc, layer: LayerId, frames: Frames): LaneFlowNode {
  const f = frames[layer];
  let teamCount = 0;
  let headcount = 0;
  let cost = 0;
  for (const t of doc.teams) {
    if (t.layer !== layer) continue;
    teamCount++;
    headcount += t.headcount;
    cost += t.headcount * t.costPerFte;
  }
  const band = layer === 'control';
  const name = layerName(doc, layer);
  // A lane keeps its object while its figures and frame stay, so a drag inside it does not redraw it.
  const key = `${name}|${teamCount}|${headcount}|${cost}|${f.x},${f.y},${f.width},${f.height}`;
  const hit = laneCache.get(layer);
  if (hit && hit.key === key) return hit.node;
  const node: LaneFlowNode = {
    id: `lane-${layer}`,
    type: 'lane',
    position: { x: f.x, y: f.y },
    data: { layer, name, teamCount, headcount, cost, band },
    width: f.width,
    height: f.height,
    measured: { width: f.width, height: f.height },
    ...VIEW_ONLY,
    // The band is drawn over the lanes it crosses; teams are above both.
    zIndex: band ? -1 : -2,
    className: band ? 'lane-band' : 'lane-row',
  };
  laneCache.set(layer, { key, node });
  return node;
}

const handlesDrawnCache = new Map<string, NodeHandle[]>();
/**
 * The handles a card draws, as React Flow must know them: it looks for the closest one when a
 * connection is dropped, and a handle missing from the card would make the drop miss.
 */
function handlesDrawn(hidden: string): NodeHandle[] {
  let hit = handlesDrawnCache.get(hidden);
  if (!hit) {
    const used = hidden.split(' ');
    hit = TEAM_HANDLES.filter((h) => (VISIBLE_HANDLES as readonly string[]).includes(h.id!) || used.includes(h.id!));
    handlesDrawnCache.set(hidden, hit);
  }
  return hit;
}

/** Per team, the hidden handles its edges attach to, space-separated ('in-top out-bottom'). */
function hiddenHandlesUsed(edges: readonly HandoffFlowEdge[]): Map<string, string> {
  const sets = new Map<string, Set<string>>();
  const add = (team: string, handle: string | null | undefined) => {
    if (!handle || (VISIBLE_HANDLES as readonly string[]).includes(handle)) return;
    let set = sets.get(team);
    if (!set) sets.set(team, (set = new Set()));
    set.add(handle);
  };
  for (const e of edges) {
    add(e.source, e.sourceHandle);
    add(e.target, e.targetHandle);
  }
  return new Map([...sets].map(([team, set]) => [team, [...set].sort().join(' ')]));
}

function teamNode(team: Team, p: Point, hidden: string): TeamFlowNode {
  const drawn = handlesDrawn(hidden);
  const hit = teamNodeCache.get(team);
  if (hit && hit.position.x === p.x && hit.position.y === p.y && hit.data.handles === drawn) return hit;
  const node: TeamFlowNode = {
    id: team.id,
    type: 'team',
    position: p,
    data: { layer: team.layer, handles: drawn },
    width: TEAM_W,
    height: TEAM_H,
    measured: { width: TEAM_W, height: TEAM_H },
    handles: drawn,
    ariaLabel: `${team.name}, ${team.headcount} ${peopleWord(team.headcount)}`,
  };
  teamNodeCache.set(team, node);
  return node;
}

function handoffEdge(h: Handoff, from: Point, to: Point, lane: number): HandoffFlowEdge {
  const key = `${from.x},${from.y},${to.x},${to.y},${lane}`;
  const hit = edgeCache.get(h);
  if (hit && hit.key === key) return hit.edge;
  const g = edgeGeometry(from, to, h.kind, lane);
  const edge: HandoffFlowEdge = {
    id: h.id,
    type: 'handoff',
    source: h.from,
    target: h.to,
    sourceHandle: `out-${g.sourceSide}`,
    targetHandle: `in-${g.targetSide}`,
    markerEnd: MARKERS[h.kind],
    data: { kind: h.kind, artifact: h.artifact, waitDays: h.waitDays, path: g.path, labelX: g.labelX, labelY: g.labelY, labelWidth: g.labelWidth, from, to, lane },
    className: h.kind === 'feedback' ? 'handoff-feedback' : 'handoff-work',
    ariaLabel: `${h.kind === 'feedback' ? 'Feedback' : 'Handoff'} ${h.artifact ? `"${h.artifact}" ` : ''}from ${h.from} to ${h.to}, waits ${h.waitDays} days`,
  };
  edgeCache.set(h, { key, edge });
  return edge;
}
