/**
 * Automatic placement of teams. Teams are ranked along the work handoffs (left → right) by a
 * longest-path layering, linear in teams and handoffs; the lane of each team gives its height. A
 * handoff inside one lane advances a whole column, a handoff to another lane only a quarter of one:
 * the teams then overlap in x but not in y, so the relay reads as a staircase down the lanes and the
 * canvas stays narrow enough for a projector.
 *
 * dagre's network simplex, used before, gave slightly tighter columns but took 29 s on 1,200 teams
 * and 2,400 handoffs; this layering takes milliseconds there. Placement is also incremental: once a
 * document is placed, an edit places only the teams it added or moved to another layer, so a
 * headcount change never moves, or even recomputes, any other team.
 */
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

type PlacedDoc = Pick<FivefoldDocument, 'teams' | 'handoffs'>;

/** A handoff within a lane spans this many ranks, one across lanes a single rank. */
const RANKS_PER_COLUMN = 4;
/** Two teams closer than this (between top-left corners) would touch. */
const CLEAR_X = TEAM_W + 20;
const CLEAR_Y = TEAM_H + 10;

interface Placement {
  handoffs: unknown;
  result: Map<string, Point>;
  /** The teams placed automatically (no stored position), with the layer they were placed in. */
  auto: Map<string, { layer: Team['layer']; at: Point }>;
  /** The team records this placement saw: an edit made with immer shares all but the edited ones. */
  records: WeakSet<Team>;
}

// Keyed on the teams array so a drag (which compares the live document with the one from before
// it) does not evict one with the other.
const cache = new WeakMap<readonly Team[], Placement>();
/** The last placement computed: the one an edit of the same document continues from. */
let latest: Placement | null = null;

/**
 * Positions (layer-relative, see geometry.ts) for every team: a team's own `position` when it has
 * one, otherwise a computed place that avoids the teams already placed in its lane.
 * Memoised on the `teams` and `handoffs` arrays, which immer keeps when neither changed. A document
 * that shares team records with the last one placed (an edit of it) keeps every automatic place it
 * had and places only its new or re-layered teams.
 * @example resolvePositions(doc).get('eng') // { x: 494, y: 20 }
 */
export function resolvePositions(doc: PlacedDoc): Map<string, Point> {
  const hit = cache.get(doc.teams);
  if (hit && hit.handoffs === doc.handoffs) return hit.result;
  const from = hit ?? (latest && doc.teams.some((t) => latest!.records.has(t)) ? latest : null);
  const placement = from ? continuePlacement(doc, from) : freshPlacement(doc);
  cache.set(doc.teams, placement);
  latest = placement;
  return placement.result;
}

/**
 * Where another document's teams would be drawn (layer-relative), placed afresh and remembered
 * nowhere: Compare with file draws the file's removed teams where the file had them, and placing the
 * file must not become the open document's last placement, which its next edit continues from.
 * @example placementOf(older).get('revops') // { x: 1454, y: 20 }
 */
export function placementOf(doc: PlacedDoc): Map<string, Point> {
  return freshPlacement(doc).result;
}

/**
 * The lane frames of a document, memoised on its teams array.
 * @example framesFor(doc).control.x // left edge of the Control band
 */
export function framesFor(doc: PlacedDoc): Frames {
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
  const positions = placeTeams(doc, doc.teams, new Map());
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

function freshPlacement(doc: PlacedDoc): Placement {
  const stored = new Map<string, Point>();
  for (const t of doc.teams) if (t.position) stored.set(t.id, t.position);
  const pending = doc.teams.filter((t) => !t.position);
  const result = pending.length ? placeTeams(doc, pending, stored) : stored;
  return record(doc, result);
}

/**
 * An edit's placement: stored positions as they are now, every team placed before in the same layer
 * where it was, and only the others placed, each beside the teams it receives work from.
 */
function continuePlacement(doc: PlacedDoc, from: Placement): Placement {
  const result = new Map<string, Point>();
  const pending: Team[] = [];
  for (const t of doc.teams) {
    const before = from.auto.get(t.id);
    if (t.position) result.set(t.id, t.position);
    else if (before && before.layer === t.layer) result.set(t.id, before.at);
    else pending.push(t);
  }
  if (pending.length) {
    const free = new FreePlaces(doc.teams, result);
    const layerOf = new Map(doc.teams.map((t) => [t.id, t.layer]));
    const rows = bandRows(doc.teams, result);
    for (const t of pending) {
      let x = LANE_CONTENT_X;
      for (const h of doc.handoffs) {
        const p = h.to === t.id && h.kind === 'work' ? result.get(h.from) : undefined;
        const layer = layerOf.get(h.from);
        if (!p || layer === 'control' || t.layer === 'control') continue;
        x = Math.max(x, p.x + (layer === t.layer ? COL_PITCH : COL_PITCH / RANKS_PER_COLUMN));
      }
      result.set(t.id, free.take(t.layer, x, rows));
    }
  }
  // Nobody moved (a headcount or name edit): the very same map, so what is drawn from it is kept.
  const same = result.size === from.result.size && [...result].every(([id, p]) => from.result.get(id) === p);
  return record(doc, same ? from.result : result);
}

function record(doc: PlacedDoc, result: Map<string, Point>): Placement {
  const auto = new Map<string, { layer: Team['layer']; at: Point }>();
  const records = new WeakSet<Team>();
  for (const t of doc.teams) {
    records.add(t);
    if (!t.position) auto.set(t.id, { layer: t.layer, at: result.get(t.id)! });
  }
  return { handoffs: doc.handoffs, result, auto, records };
}

/** Places `pending` in flow order around the teams already in `placed` (which it extends and returns). */
function placeTeams(doc: PlacedDoc, pending: readonly Team[], placed: Map<string, Point>): Map<string, Point> {
  const { rank, order } = rankTeams(doc);
  const free = new FreePlaces(doc.teams, placed);
  const byFlow = [...pending].sort((a, b) => rank.get(a.id)! - rank.get(b.id)! || order.get(a.id)! - order.get(b.id)!);
  // The lanes first: the Control band then wraps at their height.
  for (const t of byFlow) if (t.layer !== 'control') placed.set(t.id, free.take(t.layer, LANE_CONTENT_X + (rank.get(t.id)! * COL_PITCH) / RANKS_PER_COLUMN));
  const rows = bandRows(doc.teams, placed);
  for (const t of byFlow) if (t.layer === 'control') placed.set(t.id, free.take(t.layer, 0, rows));
  return placed;
}

/** How many Control teams fit down the band beside the four lanes as placed (at least one). */
function bandRows(teams: readonly Team[], placed: ReadonlyMap<string, Point>): number {
  const lanes = computeFrames(teams.filter((t) => t.layer !== 'control'), placed);
  const height = lanes.execution.y + lanes.execution.height;
  return Math.max(1, Math.floor((height - BAND_LABEL_H - TEAM_H - LANE_PAD_Y) / ROW_PITCH) + 1);
}

/**
 * The places still free in each lane, indexed by cells of a team's size so that finding one looks at
 * a few neighbours instead of every team of the lane. Control teams stack down their band; a lane
 * team takes the first row at its column where it overlaps no one.
 */
class FreePlaces {
  private cells = new Map<string, Point[]>();
  /** Per lane and column, the first row not yet known to be taken (rows only fill up). */
  private firstRow = new Map<string, number>();

  constructor(teams: readonly Team[], placed: ReadonlyMap<string, Point>) {
    for (const t of teams) {
      const p = placed.get(t.id);
      if (p) this.add(t.layer, p);
    }
  }

  /**
   * The first free place at `x` in a lane, going down by rows. In the Control band, going down its
   * first column for at most `bandRows` rows (as tall as the four lanes), then the next column: a
   * band of sixty teams in one column would make the whole canvas ten times taller than wide.
   */
  take(layer: Team['layer'], x: number, bandRows = Infinity): Point {
    const control = layer === 'control';
    for (let col = 0; ; col++) {
      const at = control ? { x: BAND_PAD_X + col * (TEAM_W + BAND_PAD_X), y: BAND_LABEL_H } : { x: Math.round(x), y: LANE_PAD_Y };
      const column = `${layer}|${at.x}`;
      const rows = control ? bandRows : Infinity;
      for (let row = this.firstRow.get(column) ?? 0; row < rows; row++) {
        const candidate = { x: at.x, y: at.y + row * ROW_PITCH };
        if (this.clashes(layer, candidate)) continue;
        this.firstRow.set(column, row + 1);
        this.add(layer, candidate);
        return candidate;
      }
      this.firstRow.set(column, rows);
    }
  }

  private add(layer: string, p: Point): void {
    const key = `${layer}|${Math.floor(p.x / CLEAR_X)}|${Math.floor(p.y / CLEAR_Y)}`;
    (this.cells.get(key) ?? this.cells.set(key, []).get(key)!).push(p);
  }

  private clashes(layer: string, c: Point): boolean {
    const cx = Math.floor(c.x / CLEAR_X);
    const cy = Math.floor(c.y / CLEAR_Y);
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const p of this.cells.get(`${layer}|${i}|${j}`) ?? []) if (Math.abs(p.x - c.x) < CLEAR_X && Math.abs(p.y - c.y) < CLEAR_Y) return true;
    return false;
  }
}

/**
 * Ranks in quarters of a column: a work handoff within one layer asks for a whole column, across
 * layers for one rank. Longest path from the sources, then each team that sends at least as many
 * handoffs as it receives (every source) pulled right up to its nearest successor, so that a team
 * that hands over late does not sit far left of its work. `order` (a team's
 * place within its rank) follows the average order of the teams it receives work from, which keeps
 * crossings low. Work loops, which the format refuses, would be broken where first met.
 */
function rankTeams(doc: PlacedDoc): { rank: Map<string, number>; order: Map<string, number> } {
  const index = new Map<string, number>(doc.teams.map((t, i) => [t.id, i]));
  const n = doc.teams.length;
  const succ: { to: number; len: number }[][] = Array.from({ length: n }, () => []);
  const pred: { from: number; len: number }[][] = Array.from({ length: n }, () => []);
  for (const h of doc.handoffs) {
    const a = index.get(h.from);
    const b = index.get(h.to);
    if (h.kind === 'feedback' || a === undefined || b === undefined || a === b) continue;
    const len = doc.teams[a].layer === doc.teams[b].layer ? RANKS_PER_COLUMN : 1;
    succ[a].push({ to: b, len });
    pred[b].push({ from: a, len });
  }

  // Kahn's order; a team left inside a loop is taken in document order, ignoring the closing edge.
  const waiting = pred.map((p) => p.length);
  const topo: number[] = [];
  const done = new Uint8Array(n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (!waiting[i]) queue.push(i);
  for (let next = 0; topo.length < n; ) {
    if (!queue.length) {
      while (done[next]) next++;
      queue.push(next);
    }
    const v = queue.shift()!;
    if (done[v]) continue;
    done[v] = 1;
    topo.push(v);
    for (const e of succ[v]) if (!done[e.to] && --waiting[e.to] === 0) queue.push(e.to);
  }
  const position = new Int32Array(n);
  topo.forEach((v, i) => (position[v] = i));
  const forward = (a: number, b: number) => position[a] < position[b];

  const rank = new Float64Array(n);
  for (const v of topo) for (const e of pred[v]) if (forward(e.from, v)) rank[v] = Math.max(rank[v], rank[e.from] + e.len);
  for (let i = n - 1; i >= 0; i--) {
    const v = topo[i];
    // Moving a team right shortens its outgoing handoffs and lengthens its incoming ones: it moves
    // when that does not lengthen them in total (as network simplex would), a source always.
    const ins = pred[v].filter((e) => forward(e.from, v)).length;
    const outs = succ[v].filter((e) => forward(v, e.to)).length;
    if (ins > outs) continue;
    let latest = Infinity;
    for (const e of succ[v]) if (forward(v, e.to)) latest = Math.min(latest, rank[e.to] - e.len);
    if (latest !== Infinity) rank[v] = Math.max(rank[v], latest);
  }

  const order = new Float64Array(n);
  topo.forEach((v, i) => {
    const from = pred[v].filter((e) => forward(e.from, v));
    order[v] = from.length ? from.reduce((s, e) => s + order[e.from], 0) / from.length : i;
  });
  return {
    rank: new Map(doc.teams.map((t, i) => [t.id, rank[i]])),
    order: new Map(doc.teams.map((t, i) => [t.id, order[i]])),
  };
}
