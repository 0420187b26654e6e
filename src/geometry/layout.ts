/**
 * Automatic placement of teams. dagre ranks the teams along the work handoffs (left → right); the
 * lane of each team gives its height. A handoff inside one lane advances a whole column, a handoff
 * to another lane only a quarter of one: the teams then overlap in x but not in y, so the relay
 * reads as a staircase down the lanes and the canvas stays narrow enough for a projector.
 */
import dagre from '@dagrejs/dagre';
import { produce } from 'immer';
import type { FivefoldDocument, Team } from '../model';
import {
  BAND_LABEL_H,
  computeFrames,
  BAND_PAD_X,
  COL_PITCH,
  LANE_CONTENT_X,
  LANE_PAD_Y,
  ROW_PITCH,
  TEAM_H,
  TEAM_W,
  type Frames,
  type Point,
} from './geometry';

// With nodes 2 wide and 100 between ranks, dagre puts ranks 102 apart, empty ranks included.
const RANK_GAP = 100;
const RANK_STEP = RANK_GAP + 2;
/** A handoff within a lane spans this many ranks, one across lanes a single rank. */
const RANKS_PER_COLUMN = 4;

/**
 * Positions (layer-relative, see geometry.ts) for every team: a team's own `position` when it has
 * one, otherwise a computed place that avoids the teams already placed in its lane.
 * Memoised on the `teams` and `handoffs` arrays, which immer keeps when neither changed.
 * @example resolvePositions(doc).get('eng') // { x: 730, y: 26 }
 */
export function resolvePositions(doc: Pick<FivefoldDocument, 'teams' | 'handoffs'>): Map<string, Point> {
  const hit = cache.get(doc.teams);
  if (hit && hit.handoffs === doc.handoffs) return hit.result;
  const result = placeTeams(doc, false);
  cache.set(doc.teams, { handoffs: doc.handoffs, result });
  return result;
}
// Keyed on the teams array so a drag (which compares the live document with the one from before
// it) does not evict one with the other.
const cache = new WeakMap<readonly Team[], { handoffs: unknown; result: Map<string, Point> }>();

/**
 * The lane frames of a document, memoised on its teams array.
 * @example framesFor(doc).control.x // left edge of the Control band
 */
export function framesFor(doc: Pick<FivefoldDocument, 'teams' | 'handoffs'>): Frames {
  const hit = framesCache.get(doc.teams);
  if (hit && hit.handoffs === doc.handoffs) return hit.frames;
  const frames = computeFrames(doc.teams, resolvePositions(doc));
  framesCache.set(doc.teams, { handoffs: doc.handoffs, frames });
  return frames;
}
const framesCache = new WeakMap<readonly Team[], { handoffs: unknown; frames: Frames }>();

/**
 * The document with every team placed afresh by the automatic layout (the `layout.auto` command).
 * @example store.commit('Auto-layout', (d) => { d.teams = layoutDocument(d).teams })
 */
export function layoutDocument(doc: FivefoldDocument): FivefoldDocument {
  const positions = placeTeams(doc, true);
  return withPositions(doc, positions);
}

/** The document with the given positions written into its teams (teams not in the map keep theirs). */
export function withPositions(doc: FivefoldDocument, positions: ReadonlyMap<string, Point>): FivefoldDocument {
  return produce(doc, (d) => {
    for (const t of d.teams) {
      const p = positions.get(t.id);
      if (p && (t.position?.x !== p.x || t.position?.y !== p.y)) t.position = { x: p.x, y: p.y };
    }
  });
}

function placeTeams(doc: Pick<FivefoldDocument, 'teams' | 'handoffs'>, ignoreStored: boolean): Map<string, Point> {
  const out = new Map<string, Point>();
  const pending = doc.teams.filter((t) => ignoreStored || !t.position);
  for (const t of doc.teams) if (!ignoreStored && t.position) out.set(t.id, t.position);
  if (!pending.length) return out;

  const { rank, order } = rankTeams(doc);
  // 1. Control teams stack down the band in flow order.
  const controlTaken = doc.teams.filter((t) => t.layer === 'control' && out.has(t.id)).map((t) => out.get(t.id)!);
  // 2. Lane teams go to their column, in the first row of their lane where they overlap no one.
  const taken: Record<string, Point[]> = {};
  for (const t of doc.teams) if (out.has(t.id) && t.layer !== 'control') (taken[t.layer] ??= []).push(out.get(t.id)!);

  const byFlow = [...pending].sort((a, b) => rank.get(a.id)! - rank.get(b.id)! || order.get(a.id)! - order.get(b.id)!);
  for (const t of byFlow) {
    if (t.layer === 'control') {
      const p = firstFree(controlTaken, BAND_PAD_X, BAND_LABEL_H);
      controlTaken.push(p);
      out.set(t.id, p);
    } else {
      const list = (taken[t.layer] ??= []);
      const p = firstFree(list, LANE_CONTENT_X + (rank.get(t.id)! * COL_PITCH) / RANKS_PER_COLUMN, LANE_PAD_Y);
      list.push(p);
      out.set(t.id, p);
    }
  }
  return out;
}

/** The first place at `x`, going down by rows from `y`, that no placed team overlaps. */
function firstFree(placed: readonly Point[], x: number, y: number): Point {
  for (let row = 0; ; row++) {
    const candidate = { x: Math.round(x), y: y + row * ROW_PITCH };
    const clash = placed.some(
      (p) => Math.abs(p.x - candidate.x) < TEAM_W + 20 && Math.abs(p.y - candidate.y) < TEAM_H + 10,
    );
    if (!clash) return candidate;
  }
}

/**
 * Ranks in quarters of a column from dagre: a work handoff within one layer asks for a whole column,
 * across layers for one rank. `order` is dagre's vertical order within a rank, which keeps crossings low.
 */
function rankTeams(doc: Pick<FivefoldDocument, 'teams' | 'handoffs'>): { rank: Map<string, number>; order: Map<string, number> } {
  const layerOf = new Map<string, Team['layer']>(doc.teams.map((t) => [t.id, t.layer]));
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: RANK_GAP, ranker: 'network-simplex' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const t of doc.teams) g.setNode(t.id, { width: 2, height: 40 });
  for (const h of doc.handoffs) {
    if (h.kind === 'feedback' || !layerOf.has(h.from) || !layerOf.has(h.to) || h.from === h.to) continue;
    const minlen = layerOf.get(h.from) === layerOf.get(h.to) ? RANKS_PER_COLUMN : 1;
    const prev = g.edge(h.from, h.to) as { minlen?: number } | undefined;
    g.setEdge(h.from, h.to, { minlen: Math.max(minlen, prev?.minlen ?? 0), weight: 1 });
  }
  dagre.layout(g);
  const xs = doc.teams.map((t) => (g.node(t.id) as { x: number }).x);
  const minX = Math.min(...xs);
  const rank = new Map<string, number>();
  const order = new Map<string, number>();
  for (const t of doc.teams) {
    const n = g.node(t.id) as { x: number; y: number };
    rank.set(t.id, Math.round((n.x - minX) / RANK_STEP));
    order.set(t.id, n.y);
  }
  return { rank, order };
}
