/**
 * The one place the document becomes React Flow nodes and edges. Pure and memoised: the same
 * document gives the same arrays, and a team whose record and place did not change keeps its node
 * object, so React Flow re-renders only what moved. Nodes are a view; they are never saved.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { FivefoldDocument, Handoff, HandoffKind, LayerId, Team } from '../model';
import { LAYER_IDS } from '../model';
import { layerName, TEAM_H, TEAM_W, toCanvas, type Frames, type Point } from './geometry';
import { framesFor, resolvePositions } from './layout';
import { edgeGeometry, type Side } from './edgeGeometry';

export interface TeamData extends Record<string, unknown> {
  layer: LayerId;
}

export interface LaneData extends Record<string, unknown> {
  layer: LayerId;
  name: string;
  teamCount: number;
  headcount: number;
  /** True for the upright Control band that spans the four lanes. */
  band: boolean;
}

export interface HandoffData extends Record<string, unknown> {
  kind: HandoffKind;
  artifact: string;
  waitDays: number;
  path: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
}

export type TeamFlowNode = Node<TeamData, 'team'>;
export type LaneFlowNode = Node<LaneData, 'lane'>;
export type FlowNode = TeamFlowNode | LaneFlowNode;
export type HandoffFlowEdge = Edge<HandoffData, 'handoff'>;

export interface Flow {
  nodes: FlowNode[];
  edges: HandoffFlowEdge[];
  frames: Frames;
}

export interface ToFlowOptions {
  /**
   * The document whose lanes to draw. During a drag it is the document from before the drag, so
   * lanes stay put under the pointer and drop targets do not shift; afterwards lanes re-fit.
   */
  frameDoc?: FivefoldDocument;
}

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

let last: { doc: FivefoldDocument; frameDoc: FivefoldDocument; flow: Flow } | null = null;
const teamNodeCache = new WeakMap<Team, TeamFlowNode>();
const edgeCache = new WeakMap<Handoff, { key: string; edge: HandoffFlowEdge }>();

/**
 * Derives the canvas from the document.
 * @example const { nodes, edges } = toFlow(doc); nodes.filter((n) => n.type === 'team').length === doc.teams.length
 */
export function toFlow(doc: FivefoldDocument, options: ToFlowOptions = {}): Flow {
  const frameDoc = options.frameDoc ?? doc;
  if (last && last.doc === doc && last.frameDoc === frameDoc) return last.flow;
  const frames = framesFor(frameDoc);
  const positions = resolvePositions(doc);
  const at = new Map<string, Point>();

  const nodes: FlowNode[] = LAYER_IDS.map((layer) => laneNode(doc, layer, frames));
  for (const team of doc.teams) {
    const p = toCanvas(team.layer, positions.get(team.id) ?? { x: 0, y: 0 }, frames);
    at.set(team.id, p);
    nodes.push(teamNode(team, p));
  }

  const parallel = new Map<string, Handoff[]>();
  for (const h of doc.handoffs) {
    const key = `${h.from}\u0000${h.to}`;
    (parallel.get(key) ?? parallel.set(key, []).get(key)!).push(h);
  }
  const edges: HandoffFlowEdge[] = [];
  for (const group of parallel.values()) {
    group.forEach((h, i) => {
      const from = at.get(h.from);
      const to = at.get(h.to);
      if (from && to) edges.push(handoffEdge(h, from, to, i - (group.length - 1) / 2));
    });
  }
  const flow = { nodes, edges, frames };
  last = { doc, frameDoc, flow };
  return flow;
}

function laneNode(doc: FivefoldDocument, layer: LayerId, frames: Frames): LaneFlowNode {
  const f = frames[layer];
  let teamCount = 0;
  let headcount = 0;
  for (const t of doc.teams) {
    if (t.layer !== layer) continue;
    teamCount++;
    headcount += t.headcount;
  }
  const band = layer === 'control';
  return {
    id: `lane-${layer}`,
    type: 'lane',
    position: { x: f.x, y: f.y },
    data: { layer, name: layerName(doc, layer), teamCount, headcount, band },
    width: f.width,
    height: f.height,
    measured: { width: f.width, height: f.height },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    deletable: false,
    // The band is drawn over the lanes it crosses; teams are above both.
    zIndex: band ? -1 : -2,
    className: band ? 'lane-band' : 'lane-row',
  };
}

function teamNode(team: Team, p: Point): TeamFlowNode {
  const hit = teamNodeCache.get(team);
  if (hit && hit.position.x === p.x && hit.position.y === p.y) return hit;
  const node: TeamFlowNode = {
    id: team.id,
    type: 'team',
    position: p,
    data: { layer: team.layer },
    width: TEAM_W,
    height: TEAM_H,
    measured: { width: TEAM_W, height: TEAM_H },
    handles: TEAM_HANDLES,
    ariaLabel: `${team.name}, ${team.headcount} ${team.headcount === 1 ? 'person' : 'people'}`,
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
    data: { kind: h.kind, artifact: h.artifact, waitDays: h.waitDays, path: g.path, labelX: g.labelX, labelY: g.labelY, labelWidth: g.labelWidth },
    className: h.kind === 'feedback' ? 'handoff-feedback' : 'handoff-work',
    ariaLabel: `${h.kind === 'feedback' ? 'Feedback' : 'Handoff'} ${h.artifact ? `"${h.artifact}" ` : ''}from ${h.from} to ${h.to}, waits ${h.waitDays} days`,
  };
  edgeCache.set(h, { key, edge });
  return edge;
}
