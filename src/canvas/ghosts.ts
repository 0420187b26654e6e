/**
 * Compare with file: the teams the file has and the open model no longer does, drawn as faint ghosts
 * where the file had them, in their lanes as the open model draws them now. Derived from the
 * comparison each time, never saved in the document, never selectable or draggable.
 */
import type { FivefoldDocument, LayerId, Team } from '../model';
import { BAND_GAP, BAND_LABEL_H, BAND_PAD_X, COL_PITCH, LANE_CONTENT_X, LANE_PAD_Y, ROW_PITCH, TEAM_H, TEAM_W, toCanvas, type Frames, type Point } from '../geometry/geometry';
import { placementOf } from '../geometry/layout';
import { peopleWord } from '../readout/format';
import { VIEW_ONLY, type GhostFlowNode } from './flowModel';

export type { GhostData, GhostFlowNode } from './flowModel';

// The file's own placement, once per file: its position-less teams are placed as the file would be.
const placements = new WeakMap<readonly Team[], Map<string, Point>>();

function filePlacement(other: Pick<FivefoldDocument, 'teams' | 'handoffs'>): Map<string, Point> {
  let hit = placements.get(other.teams);
  if (!hit) placements.set(other.teams, (hit = placementOf(other)));
  return hit;
}

/**
 * A ghost for each team of `other` (the file) whose id the open model's `teams` no longer has, at the
 * file's place in its lane; where a card of the open model stands there now, at the nearest free place
 * further down or along the lane, so the ghost is not hidden under it.
 * @example ghostNodes(older, doc.teams, flow.at, flow.frames, 'older.fivefold.json').map((n) => n.id) // ['manual']
 */
export function ghostNodes(
  other: Pick<FivefoldDocument, 'teams' | 'handoffs'>,
  teams: readonly Team[],
  at: ReadonlyMap<string, Point>,
  frames: Frames,
  fileName: string,
): GhostFlowNode[] {
  const present = new Set(teams.map((t) => t.id));
  const removed = other.teams.filter((t) => !present.has(t.id));
  if (!removed.length) return [];
  const placed = filePlacement(other);
  const taken = new Map<LayerId, Point[]>();
  for (const t of teams) {
    const p = at.get(t.id);
    if (!p) continue;
    const list = taken.get(t.layer);
    if (list) list.push(p);
    else taken.set(t.layer, [p]);
  }
  return removed.map((t) => {
    const cards = taken.get(t.layer) ?? [];
    const where = freeNear(t.layer, inLane(t.layer, t.position ?? placed.get(t.id) ?? { x: LANE_CONTENT_X, y: LANE_PAD_Y }, frames), frames, cards);
    cards.push(where);
    taken.set(t.layer, cards);
    return {
      id: t.id,
      type: 'ghost',
      position: where,
      data: { layer: t.layer, name: t.name, headcount: t.headcount, fileName },
      width: TEAM_W,
      height: TEAM_H,
      measured: { width: TEAM_W, height: TEAM_H },
      ...VIEW_ONLY,
      // Under the cards, over the lanes and the band.
      zIndex: -1,
      ariaLabel: `Removed since ${fileName}: ${t.name}, ${t.headcount} ${peopleWord(t.headcount)}`,
    };
  });
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/** The room a lane (or the band) gives a card's top-left corner. */
function laneRoom(layer: LayerId, frames: Frames): { x0: number; x1: number; y0: number; y1: number } {
  const f = frames[layer];
  if (layer === 'control') return { x0: f.x + BAND_PAD_X, x1: f.x + f.width - BAND_PAD_X - TEAM_W, y0: f.y + BAND_LABEL_H, y1: f.y + f.height - LANE_PAD_Y - TEAM_H };
  return { x0: LANE_CONTENT_X, x1: frames.control.x - BAND_GAP - TEAM_W, y0: f.y + LANE_PAD_Y, y1: f.y + f.height - LANE_PAD_Y - TEAM_H };
}

/**
 * The file's place mapped onto the open model's lanes, kept inside its own lane: lanes shrink when
 * teams leave, and a ghost drawn below its lane would look like a team of the next one.
 */
function inLane(layer: LayerId, position: Point, frames: Frames): Point {
  const r = laneRoom(layer, frames);
  const p = toCanvas(layer, position, frames);
  return { x: clamp(p.x, r.x0, r.x1), y: clamp(p.y, r.y0, r.y1) };
}

const MAX_TRIES = 48;
const overlaps = (a: Point, b: Point) => Math.abs(a.x - b.x) < TEAM_W && Math.abs(a.y - b.y) < TEAM_H;

/**
 * `p` if no card covers it, else the first free place down the lane (then up), then along it by half
 * columns; a few dozen places at most, so a large model's crowded lane stays cheap.
 */
function freeNear(layer: LayerId, p: Point, frames: Frames, cards: readonly Point[]): Point {
  const r = laneRoom(layer, frames);
  const free = (q: Point) => !cards.some((c) => overlaps(c, q));
  let tries = 0;
  for (let dx = 0; (p.x + dx <= r.x1 || dx === 0) && tries < MAX_TRIES; dx += COL_PITCH / 2) {
    const x = Math.min(p.x + dx, Math.max(r.x0, r.x1));
    for (let y = p.y; (y <= r.y1 || y === p.y) && tries < MAX_TRIES; y += ROW_PITCH, tries++) if (free({ x, y })) return { x, y };
    for (let y = p.y - ROW_PITCH; y >= r.y0 && tries < MAX_TRIES; y -= ROW_PITCH, tries++) if (free({ x, y })) return { x, y };
  }
  // A full lane: the file's place, under the card that stands there now.
  return p;
}
