/**
 * The generated Fivefold document as the plain React Flow page should draw it, so the two pages of
 * scripts/fps-drag.ts compare like with like: every team as a node of a team card's size at the place
 * Fivefold draws it, the five layers as lane-sized nodes behind them, and one edge per handoff
 * between the same two teams (long curves across the canvas included).
 */
import type { FivefoldDocument } from '../../src/model';
import { framesFor, resolvePositions } from '../../src/geometry/layout';
import { TEAM_H, TEAM_W, toCanvas } from '../../src/geometry/geometry';

/** What bench/plain-flow reads from localStorage under {@link PLAIN_GRAPH_KEY}. */
export interface PlainGraph {
  nodes: { id: string; x: number; y: number; width: number; height: number; lane?: boolean }[];
  edges: [source: string, target: string][];
}

export const PLAIN_GRAPH_KEY = 'plain-flow-graph';

/**
 * @example const g = plainGraphOf(generatedOrg()); g.nodes.length === 1006 + 5
 */
export function plainGraphOf(doc: FivefoldDocument): PlainGraph {
  const positions = resolvePositions(doc);
  const frames = framesFor(doc);
  const lanes = Object.values(frames).map((f) => ({ id: `lane-${f.layer}`, x: f.x, y: f.y, width: f.width, height: f.height, lane: true }));
  const teams = doc.teams.map((t) => ({ id: t.id, ...toCanvas(t.layer, positions.get(t.id) ?? { x: 0, y: 0 }, frames), width: TEAM_W, height: TEAM_H }));
  return { nodes: [...lanes, ...teams], edges: doc.handoffs.map((h) => [h.from, h.to]) };
}
