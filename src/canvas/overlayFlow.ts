/**
 * The document's flow with a simulation result on top (the After view), for `toFlow`. Every node and
 * edge whose After figures did not change keeps its object, so scrubbing quarters or dragging a team
 * in After redraws only what the new answer or the move changed.
 */
import { LAYER_IDS } from '../model';
import { BAND_LABEL_H, TEAM_H, type Point } from '../geometry/geometry';
import { sameItemsOr } from '../geometry/stableArray';
import { afterView, type GroupFrame, type HandoffStatus, type TeamOverlay } from '../geometry/overlay';
import { CRITICAL_MARKER } from './markers';
import { VIEW_ONLY, type CanvasDoc, type Flow, type FlowNode, type FrameFlowNode, type HandoffFlowEdge, type LaneFlowNode, type SimulationOverlay, type TeamFlowNode } from './flowModel';
import { peopleWord } from '../readout/format';

const teamCache = new WeakMap<TeamFlowNode, { overlay: TeamOverlay; node: TeamFlowNode }>();
const laneCache = new WeakMap<LaneFlowNode, { key: string; node: LaneFlowNode }>();
const edgeCache = new WeakMap<HandoffFlowEdge, { status: HandoffStatus; edge: HandoffFlowEdge }>();
let frameCache = new Map<string, { key: string; node: FrameFlowNode }>();
let lastEdges: HandoffFlowEdge[] | null = null;

/**
 * `base` with the After figures of `sim` (or, in Before, as it is). In Before the group frames are
 * left out, except while `framesLeaving`: then they stay, hidden, so switching back fades them out.
 * @example withOverlay(documentFlow, doc, { overlay: 'after', baseline, result, scenario }, false).after!.frames
 */
export function withOverlay(base: Flow, doc: CanvasDoc, sim: SimulationOverlay, framesLeaving: boolean): Flow {
  const at = base.at;
  const shown = sim.overlay === 'after';
  if (!shown && !framesLeaving) return base;
  const view = afterView(doc, sim.baseline, sim.result, at, sim.scenario);
  if (!view) return base;
  const frameNodes = view.frames.map((frame) => frameNode(frame, shown));
  if (!shown) {
    const lanes = base.nodes.filter((n) => n.type === 'lane');
    return { ...base, nodes: [...lanes, ...frameNodes, ...base.nodes.filter((n) => n.type !== 'lane')], after: view };
  }
  const nodes: FlowNode[] = [];
  for (const n of base.nodes) {
    if (n.type === 'lane') {
      const layer = n.data.layer;
      const control = layer === 'control' ? { ...view.control, top: controlGrowthTop(doc, at, n.position.y) } : undefined;
      nodes.push(laneAfter(n, view.layers[layer], control));
    } else if (n.type === 'team') {
      const o = view.teams.get(n.id);
      nodes.push(o ? teamAfter(n, o) : n);
    } else nodes.push(n);
    if (n.type === 'lane' && n.data.layer === LAYER_IDS[LAYER_IDS.length - 1]) nodes.push(...frameNodes);
  }
  const edges = (lastEdges = sameItemsOr(
    lastEdges,
    base.edges.map((e) => edgeAfter(e, view.handoffs.get(e.id) ?? 'kept')),
  ));
  return { ...base, nodes, edges, after: view };
}

function teamAfter(n: TeamFlowNode, o: TeamOverlay): TeamFlowNode {
  const hit = teamCache.get(n);
  if (hit && sameShallow(hit.overlay, o)) return hit.node;
  const node: TeamFlowNode = {
    ...n,
    data: { ...n.data, after: o },
    ariaLabel: `${n.ariaLabel}; after: ${o.after} ${peopleWord(o.after)}${o.status === 'absorbed' ? `, folded into ${o.ownerName}` : ''}`,
  };
  teamCache.set(n, { overlay: o, node });
  return node;
}

function laneAfter(n: LaneFlowNode, after: LaneFlowNode['data']['after'], control: LaneFlowNode['data']['control']): LaneFlowNode {
  const key = JSON.stringify([after, control]);
  const hit = laneCache.get(n);
  if (hit && hit.key === key) return hit.node;
  const node: LaneFlowNode = { ...n, data: { ...n.data, after, control } };
  laneCache.set(n, { key, node });
  return node;
}

function edgeAfter(e: HandoffFlowEdge, status: HandoffStatus): HandoffFlowEdge {
  const hit = edgeCache.get(e);
  if (hit && hit.status === status) return hit.edge;
  const edge: HandoffFlowEdge = {
    ...e,
    data: { ...e.data!, status },
    className: `${e.className} handoff-${status}`,
    ...(status === 'critical' ? { markerEnd: CRITICAL_MARKER } : {}),
  };
  edgeCache.set(e, { status, edge });
  return edge;
}

function frameNode(frame: GroupFrame, shown: boolean): FrameFlowNode {
  const key = JSON.stringify([frame, shown]);
  const hit = frameCache.get(frame.owner);
  if (hit && hit.key === key) return hit.node;
  const node: FrameFlowNode = {
    id: `frame-${frame.owner}`,
    type: 'frame',
    position: { x: frame.x, y: frame.y },
    data: { frame, shown },
    width: frame.width,
    height: frame.height,
    measured: { width: frame.width, height: frame.height },
    ...VIEW_ONLY,
    // Above the lanes and the band, below the teams.
    zIndex: -1,
    className: shown ? 'frame-shown' : 'frame-hidden',
    ariaLabel: `${frame.ownerName} group: ${frame.members.length} teams, ${frame.before} → ${frame.after} people`,
  };
  // Bounded by the groups of one answer: a model has at most as many owners as teams.
  if (frameCache.size > 5000) frameCache = new Map();
  frameCache.set(frame.owner, { key, node });
  return node;
}

/** Where Control's growth note goes in its band: under the lowest Control team (band-relative). */
function controlGrowthTop(doc: CanvasDoc, at: ReadonlyMap<string, Point>, bandY: number): number {
  let bottom = BAND_LABEL_H;
  for (const t of doc.teams) if (t.layer === 'control' && at.has(t.id)) bottom = Math.max(bottom, at.get(t.id)!.y + TEAM_H - bandY);
  return bottom + 16;
}

/** Same keys with identical values. */
function sameShallow<T extends object>(a: T, b: T): boolean {
  const ka = Object.keys(a) as (keyof T)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
