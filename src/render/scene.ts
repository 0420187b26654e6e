/**
 * What the picture holds, in canvas coordinates: the same lanes, cards, handoff paths, label places
 * and group frames the canvas draws, computed from the same pure geometry (layout, frames, edge
 * geometry, label spreading, the After overlay). The SVG writer only turns this into markup.
 */
import type { FivefoldDocument, Handoff, LayerId, Scenario, Team } from '../model';
import { LAYER_IDS, layerName } from '../model';
import type { Result } from '../sim';
import { TEAM_H, TEAM_W, toCanvas, type Frames, type LaneFrame, type Point } from '../geometry/geometry';
import { framesFor, resolvePositions } from '../geometry/layout';
import { edgeGeometry, parallelLanes } from '../geometry/edgeGeometry';
import { spreadHandoffLabels } from '../geometry/labelSpread';
import { afterView, type AfterView, type HandoffStatus, type TeamOverlay } from '../geometry/overlay';

export interface SceneTeam {
  team: Team;
  x: number;
  y: number;
  width: number;
  height: number;
  after?: TeamOverlay;
}

export interface SceneHandoff {
  handoff: Handoff;
  path: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
  status?: HandoffStatus;
}

export interface SceneLane extends LaneFrame {
  name: string;
  teamCount: number;
  headcount: number;
  after?: { before: number; after: number };
}

export interface Scene {
  lanes: Record<LayerId, SceneLane>;
  teams: SceneTeam[];
  handoffs: SceneHandoff[];
  /** The After view when the overlay is After and a result is given, else null. */
  after: AfterView | null;
  /** The whole model's rectangle. */
  bounds: { x: number; y: number; width: number; height: number };
}

/** What the simulation adds: the picture shows After only with a result. */
export interface SceneSimulation {
  overlay: 'before' | 'after';
  baseline: Result;
  result: Result | null;
  scenario: Scenario | null;
}

/**
 * The scene of a document, Before, or After when `simulation` asks for it and has a result.
 * @example buildScene(doc).teams.find((t) => t.team.id === 'eng') // { x: 814, y: 346, width: 220, height: 128, … }
 */
export function buildScene(doc: FivefoldDocument, simulation?: SceneSimulation): Scene {
  const frames = framesFor(doc);
  const positions = resolvePositions(doc);
  const at = new Map<string, Point>();
  for (const t of doc.teams) at.set(t.id, toCanvas(t.layer, positions.get(t.id) ?? { x: 0, y: 0 }, frames));
  const after =
    simulation?.overlay === 'after' && simulation.result ? afterView(doc, simulation.baseline, simulation.result, at, simulation.scenario) : null;

  const teams: SceneTeam[] = doc.teams.map((team) => {
    const p = at.get(team.id)!;
    return { team, x: p.x, y: p.y, width: TEAM_W, height: TEAM_H, after: after?.teams.get(team.id) };
  });
  const handoffs = handoffPlaces(doc.handoffs, at).map((h) => ({ ...h, status: after ? (after.handoffs.get(h.handoff.id) ?? 'kept') : undefined }));
  return { lanes: lanes(doc, frames, after), teams, handoffs, after, bounds: boundsOf([...Object.values(frames), ...(after?.frames ?? [])]) };
}

/**
 * Each handoff's path and label place, as the canvas computes them: parallel handoffs between the
 * same two teams spread into lanes, labels kept apart from each other and off the cards.
 */
function handoffPlaces(handoffs: readonly Handoff[], at: ReadonlyMap<string, Point>): SceneHandoff[] {
  const out: SceneHandoff[] = [];
  for (const [h, lane] of parallelLanes(handoffs)) {
    const from = at.get(h.from);
    const to = at.get(h.to);
    if (!from || !to) continue;
    const g = edgeGeometry(from, to, h.kind, lane);
    out.push({ handoff: h, path: g.path, labelX: g.labelX, labelY: g.labelY, labelWidth: g.labelWidth });
  }
  const moved = spreadHandoffLabels(
    out.map((e) => ({ id: e.handoff.id, x: e.labelX, y: e.labelY, maxWidth: e.labelWidth, kind: e.handoff.kind, artifact: e.handoff.artifact })),
    at.values(),
  );
  return out.map((e) => {
    const to = moved.get(e.handoff.id);
    return to ? { ...e, labelX: to.x, labelY: to.y } : e;
  });
}

function lanes(doc: FivefoldDocument, frames: Frames, after: AfterView | null): Record<LayerId, SceneLane> {
  const out = {} as Record<LayerId, SceneLane>;
  for (const layer of LAYER_IDS) {
    const members = doc.teams.filter((t) => t.layer === layer);
    out[layer] = {
      ...frames[layer],
      name: layerName(doc, layer),
      teamCount: members.length,
      headcount: members.reduce((sum, t) => sum + t.headcount, 0),
      after: after?.layers[layer],
    };
  }
  return out;
}

/** The rectangle around the lanes and, in After, the group frames (a frame may stand above the first lane). */
function boundsOf(rects: readonly { x: number; y: number; width: number; height: number }[]): Scene['bounds'] {
  const x0 = Math.min(0, ...rects.map((r) => r.x));
  const y0 = Math.min(0, ...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.width));
  const y1 = Math.max(...rects.map((r) => r.y + r.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
