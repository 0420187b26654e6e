/**
 * Where `view.frame` looks: the box around some teams, a lane or a removed team's ghost, computed from
 * the document rather than from React Flow's nodes, which at the lane-summary zoom holds no teams at
 * all; and the least zoom a target is framed at, so that what a click asked to see is drawn legibly.
 */
import type { FivefoldDocument, LayerId } from '../model';
import { LAYER_IDS } from '../model';
import { LANE_CONTENT_X, TEAM_H, TEAM_W, toCanvas } from '../geometry/geometry';
import { CHIPS_BELOW_ZOOM } from '../geometry/zoomLevels';
import { framesFor, resolvePositions } from '../geometry/layout';
import type { GhostFlowNode } from './ghosts';
import { COARSE_BELOW_ZOOM } from './levelOfDetail';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A team or handoff is framed at least at this zoom: full cards (not chips) and, on a large model,
 * its handoff labels too. A target too wide for it is centred at it instead of being shrunk away.
 */
export const FRAME_MIN_ZOOM = Math.max(CHIPS_BELOW_ZOOM, COARSE_BELOW_ZOOM);
/** A lane (an empty layer's finding) only needs its name plate legible. */
export const FRAME_LANE_MIN_ZOOM = CHIPS_BELOW_ZOOM;

type PlacedDoc = Pick<FivefoldDocument, 'teams' | 'handoffs'>;

/**
 * The box around `ids`: team ids, `lane-<layer>` for a lane, or a ghost's id; null when none is known.
 * @example targetBox(['eng', 'revops'], doc, []) // from Engineering's top-left to Revenue ops' bottom-right
 */
export function targetBox(ids: readonly string[], doc: PlacedDoc, ghosts: readonly GhostFlowNode[]): Box | null {
  const wanted = new Set(ids);
  const frames = framesFor(doc);
  const positions = resolvePositions(doc);
  const boxes: Box[] = [];
  const found = new Set<string>();
  for (const t of doc.teams) {
    if (!wanted.has(t.id)) continue;
    found.add(t.id);
    boxes.push({ ...toCanvas(t.layer, positions.get(t.id) ?? { x: 0, y: 0 }, frames), width: TEAM_W, height: TEAM_H });
  }
  for (const g of ghosts) if (wanted.has(g.id) && !found.has(g.id)) boxes.push({ ...g.position, width: TEAM_W, height: TEAM_H });
  for (const id of ids) {
    const layer = id.slice('lane-'.length) as LayerId;
    if (!found.has(id) && id.startsWith('lane-') && LAYER_IDS.includes(layer)) boxes.push(laneBounds(doc, layer));
  }
  if (!boxes.length) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/**
 * What zooming to a lane shows: its name plate and its teams. A row lane runs the model's whole width,
 * so its frame alone would zoom no closer than the fit; the Control band is narrow and shown whole.
 */
export function laneBounds(doc: PlacedDoc, layer: LayerId): Box {
  const frames = framesFor(doc);
  const frame = frames[layer];
  if (layer === 'control') return frame;
  const positions = resolvePositions(doc);
  let right = frame.x + LANE_CONTENT_X;
  for (const t of doc.teams) {
    const p = t.layer === layer ? positions.get(t.id) : undefined;
    if (p) right = Math.max(right, toCanvas(layer, p, frames).x + TEAM_W + 24);
  }
  return { x: frame.x, y: frame.y, width: Math.min(frame.width, right - frame.x), height: frame.height };
}
