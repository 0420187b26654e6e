/**
 * Where the five layers sit on the canvas, and how a team's stored `position` maps onto it.
 *
 * A team's `position` is relative to its own layer, so lanes can grow and shrink without moving the
 * teams of other lanes and can never overlap:
 * - in the four horizontal lanes (strategy, product, build, execution) `x` is the canvas x and `y`
 *   is measured from the top of the lane;
 * - in the Control band, which stands upright at the right and spans all four lanes, `x` is measured
 *   from the band's left edge and `y` from the top of the first lane.
 * Pure TypeScript: the canvas, the commands and the tests share it.
 */
import type { LayerId, Team } from '../model';

export const TEAM_W = 220;
export const TEAM_H = 128;
/** Width of the name plate at the left of each horizontal lane. */
export const LANE_LABEL_W = 150;
/** Horizontal distance between two teams in the same lane that follow each other. */
export const COL_PITCH = TEAM_W + 100;
export const ROW_PITCH = TEAM_H + 24;
export const LANE_PAD_Y = 20;
export const LANE_MIN_H = TEAM_H + 2 * LANE_PAD_Y;
/** Room at the top of the Control band for its name plate. */
export const BAND_LABEL_H = 96;
export const BAND_PAD_X = 20;
export const BAND_GAP = 44;
/** First x a team may take in a horizontal lane (clear of the name plate). */
export const LANE_CONTENT_X = LANE_LABEL_W + 24;

export const ROW_LAYERS = ['strategy', 'product', 'build', 'execution'] as const satisfies readonly LayerId[];
export type RowLayer = (typeof ROW_LAYERS)[number];

export interface Point {
  x: number;
  y: number;
}

export interface LaneFrame {
  layer: LayerId;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangles of all five layers; `control` is the upright band. */
export type Frames = Record<LayerId, LaneFrame>;

/** The name a layer is shown with; defined once in the model, re-exported for the canvas. */
export { layerName } from '../model';

/**
 * Lays out the five frames around teams whose (layer-relative) positions are known.
 * Lanes are as tall as their lowest team needs and stacked without gaps; the band starts right of
 * the rightmost lane team and is as tall as all four lanes (the last lane grows if the band needs more).
 * @example computeFrames(doc.teams, positions).build.y // top of the Build & Data lane
 */
export function computeFrames(teams: readonly Team[], positions: ReadonlyMap<string, Point>): Frames {
  const laneBottom: Record<string, number> = {};
  let rightmost = LANE_CONTENT_X + 2 * COL_PITCH - BAND_GAP;
  let bandRight = BAND_PAD_X + TEAM_W + BAND_PAD_X;
  let bandBottom = 0;
  for (const t of teams) {
    const p = positions.get(t.id);
    if (!p) continue;
    if (t.layer === 'control') {
      bandRight = Math.max(bandRight, p.x + TEAM_W + BAND_PAD_X);
      bandBottom = Math.max(bandBottom, p.y + TEAM_H + LANE_PAD_Y);
    } else {
      rightmost = Math.max(rightmost, p.x + TEAM_W);
      laneBottom[t.layer] = Math.max(laneBottom[t.layer] ?? 0, p.y + TEAM_H + LANE_PAD_Y);
    }
  }
  const bandX = rightmost + BAND_GAP;
  const width = bandX + bandRight;
  const frames = {} as Frames;
  let y = 0;
  for (const layer of ROW_LAYERS) {
    const height = Math.max(LANE_MIN_H, laneBottom[layer] ?? 0);
    frames[layer] = { layer, x: 0, y, width, height };
    y += height;
  }
  if (bandBottom > y) {
    frames.execution.height += bandBottom - y;
    y = bandBottom;
  }
  frames.control = { layer: 'control', x: bandX, y: 0, width: bandRight, height: y };
  return frames;
}

/** Canvas coordinates of a team's top-left corner. */
export function toCanvas(layer: LayerId, position: Point, frames: Frames): Point {
  const f = frames[layer];
  return layer === 'control' ? { x: f.x + position.x, y: position.y } : { x: position.x, y: f.y + position.y };
}

/**
 * Which layer a team dropped with its top-left corner at `topLeft` lands in, and its position there.
 * The team's centre decides: inside the band it is Control, otherwise the lane at that height
 * (above the first lane counts as the first, below the last as the last). Positions are kept clear
 * of the name plates so a dropped team never hides a lane's name.
 * @example dropTarget(frames, { x: 900, y: 420 }) // { layer: 'build', position: { x: 900, y: 40 } }
 */
export function dropTarget(frames: Frames, topLeft: Point): { layer: LayerId; position: Point } {
  const cx = topLeft.x + TEAM_W / 2;
  const cy = topLeft.y + TEAM_H / 2;
  const band = frames.control;
  if (cx >= band.x && cx <= band.x + band.width) {
    return {
      layer: 'control',
      position: round({ x: Math.max(BAND_PAD_X / 2, topLeft.x - band.x), y: Math.max(BAND_LABEL_H, topLeft.y) }),
    };
  }
  let lane: LaneFrame = frames[ROW_LAYERS[0]];
  for (const layer of ROW_LAYERS) if (cy >= frames[layer].y) lane = frames[layer];
  return {
    layer: lane.layer,
    position: round({ x: Math.max(LANE_CONTENT_X - 24, topLeft.x), y: Math.max(LANE_PAD_Y / 2, topLeft.y - lane.y) }),
  };
}

const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });
