/**
 * The drawn path of a handoff, decided from the two teams' rectangles (pure, so it is tested and
 * memoised with the rest of `toFlow`). Work handoffs leave sideways when the receiver is to the
 * right and downwards or upwards when it sits in another lane of the same column; feedback handoffs
 * arch back above or below so they never read as part of the forward relay.
 */
import type { Point } from './geometry';
import { TEAM_H, TEAM_W } from './geometry';

const MAX_LABEL_W = 168;

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface EdgeGeometry {
  path: string;
  labelX: number;
  labelY: number;
  /** Widest the label may be without covering the teams it joins (a short hop sideways is narrow). */
  labelWidth: number;
  sourceSide: Side;
  targetSide: Side;
}

const NORMAL: Record<Side, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };

function anchor(topLeft: Point, side: Side, shift: number): Point {
  const cx = topLeft.x + TEAM_W / 2 + (side === 'top' || side === 'bottom' ? shift : 0);
  const cy = topLeft.y + TEAM_H / 2 + (side === 'left' || side === 'right' ? shift : 0);
  switch (side) {
    case 'left': return { x: topLeft.x, y: cy };
    case 'right': return { x: topLeft.x + TEAM_W, y: cy };
    case 'top': return { x: cx, y: topLeft.y };
    case 'bottom': return { x: cx, y: topLeft.y + TEAM_H };
  }
}

/** Which sides a handoff leaves and enters by. */
export function chooseSides(from: Point, to: Point, kind: 'work' | 'feedback'): [Side, Side] {
  const below = to.y >= from.y + TEAM_H;
  const above = to.y + TEAM_H <= from.y;
  if (kind === 'feedback') {
    if (below) return ['bottom', 'top'];
    if (above) return ['top', 'bottom'];
    return ['top', 'top'];
  }
  if (to.x >= from.x + TEAM_W + 24) return ['right', 'left'];
  if (below) return ['bottom', 'top'];
  if (above) return ['top', 'bottom'];
  return ['right', 'left'];
}

/**
 * A cubic path between two teams. `lane` spreads parallel handoffs between the same two teams:
 * 0 for the only one, otherwise −1, +1, … so each keeps its own curve and label.
 * @example edgeGeometry({x:0,y:0}, {x:400,y:0}, 'work', 0).path // 'M190,58 C…'
 */
export function edgeGeometry(from: Point, to: Point, kind: 'work' | 'feedback', lane: number): EdgeGeometry {
  const [sourceSide, targetSide] = chooseSides(from, to, kind);
  const shift = lane * 36;
  const s = anchor(from, sourceSide, shift);
  const t = anchor(to, targetSide, shift);
  const dist = Math.hypot(t.x - s.x, t.y - s.y);
  // Feedback bulges further out so it curves visibly back; parallels bow apart.
  const reach = kind === 'feedback' ? Math.max(70, dist * 0.35) : Math.max(36, dist * 0.4) + Math.abs(lane) * 24;
  const n1 = NORMAL[sourceSide];
  const n2 = NORMAL[targetSide];
  const c1 = { x: s.x + n1.x * reach, y: s.y + n1.y * reach };
  const c2 = { x: t.x + n2.x * reach, y: t.y + n2.y * reach };
  const path = `M${r(s.x)},${r(s.y)} C${r(c1.x)},${r(c1.y)} ${r(c2.x)},${r(c2.y)} ${r(t.x)},${r(t.y)}`;
  // Midpoint of the cubic (t = 0.5).
  const labelX = (s.x + 3 * c1.x + 3 * c2.x + t.x) / 8;
  const labelY = (s.y + 3 * c1.y + 3 * c2.y + t.y) / 8;
  const sideways = sourceSide === 'right' && targetSide === 'left';
  const labelWidth = sideways ? Math.max(84, Math.min(MAX_LABEL_W, t.x - s.x - 12)) : MAX_LABEL_W;
  return { path, labelX: r(labelX), labelY: r(labelY), labelWidth: Math.round(labelWidth), sourceSide, targetSide };
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * The handoffs grouped by the two teams they join, each with its `lane` for `edgeGeometry`: 0 for the
 * only one, otherwise spread evenly around 0 (−0.5, +0.5; −1, 0, +1; …). The canvas and the SVG renderer
 * both draw from this order.
 * @example parallelLanes([a, b]) // [[a, -0.5], [b, 0.5]] when a and b both go from 'eng' to 'qa'
 */
export function parallelLanes<H extends { from: string; to: string }>(handoffs: readonly H[]): [H, number][] {
  const parallel = new Map<string, H[]>();
  for (const h of handoffs) {
    const key = `${h.from}\u0000${h.to}`;
    (parallel.get(key) ?? parallel.set(key, []).get(key)!).push(h);
  }
  const out: [H, number][] = [];
  for (const group of parallel.values()) group.forEach((h, i) => out.push([h, i - (group.length - 1) / 2]));
  return out;
}
