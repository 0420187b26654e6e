import { describe, expect, it } from 'vitest';
import { framesFor, layoutDocument, resolvePositions } from '../../../src/geometry/layout';
import { computeFrames, dropTarget, ROW_LAYERS, TEAM_H, TEAM_W, toCanvas, type Frames } from '../../../src/geometry/geometry';
import type { FivefoldDocument, Handoff, Team } from '../../../src/model';
import { exampleDoc } from './given';
import { produce } from 'immer';
import { largeFixtures } from '../../../scripts/lib/largeFixtures';

function rects(doc: FivefoldDocument, frames: Frames, positions = resolvePositions(doc)) {
  return doc.teams.map((t) => ({ team: t, ...toCanvas(t.layer, positions.get(t.id)!, frames) }));
}

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + TEAM_W && b.x < a.x + TEAM_W && a.y < b.y + TEAM_H && b.y < a.y + TEAM_H;

/** A chain of `n` teams spread over the four lanes, plus a Control team and a feedback handoff. */
function generated(n: number): FivefoldDocument {
  const base = exampleDoc();
  const template = base.teams[0];
  const teams: Team[] = Array.from({ length: n }, (_, i) => ({ ...template, id: `t${i}`, name: `Team ${i}`, layer: ROW_LAYERS[(i * 7) % 4] }));
  teams.push({ ...template, id: 'gov', name: 'Governance', layer: 'control' });
  const handoffs: Handoff[] = teams.slice(1, n).map((t, i) => ({ id: `h${i}`, from: `t${Math.floor(i / 2)}`, to: t.id, artifact: '', waitDays: 1, ca: 1, kind: 'work' as const }));
  handoffs.push({ id: 'fb', from: `t${n - 1}`, to: 't0', artifact: 'Lessons', waitDays: 1, ca: 1, kind: 'feedback' });
  return { ...base, teams, handoffs };
}

const fixtures: [string, FivefoldDocument][] = [
  ['the OTT example', exampleDoc()],
  ['a generated 60-team model', generated(60)],
  ...largeFixtures(400).map((f): [string, FivefoldDocument] => [f.name, f.doc()]),
];

describe('automatic layout', () => {
  for (const [name, doc] of fixtures) {
    it(`${name}: every team sits inside its own lane, and no two teams overlap`, () => {
      const frames = framesFor(doc);
      const placed = rects(doc, frames);
      for (const r of placed) {
        const f = frames[r.team.layer];
        expect(r.x).toBeGreaterThanOrEqual(f.x);
        expect(r.x + TEAM_W).toBeLessThanOrEqual(f.x + f.width);
        expect(r.y).toBeGreaterThanOrEqual(f.y);
        expect(r.y + TEAM_H).toBeLessThanOrEqual(f.y + f.height);
        // and the drop rule agrees: a team left where it is stays in its layer
        expect(dropTarget(frames, r).layer).toBe(r.team.layer);
      }
      const overlapping: string[] = [];
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++) if (overlap(placed[i], placed[j])) overlapping.push(`${placed[i].team.id} / ${placed[j].team.id}`);
      expect(overlapping).toEqual([]);
    });

    it(`${name}: lanes are stacked without gaps or overlaps and the Control band spans all four`, () => {
      const frames = framesFor(doc);
      for (let i = 1; i < ROW_LAYERS.length; i++) {
        const above = frames[ROW_LAYERS[i - 1]];
        expect(frames[ROW_LAYERS[i]].y).toBe(above.y + above.height);
      }
      const last = frames.execution;
      expect(frames.control.y).toBe(frames.strategy.y);
      expect(frames.control.y + frames.control.height).toBe(last.y + last.height);
    });

    it(`${name}: work handoffs run left to right`, () => {
      const frames = framesFor(doc);
      const at = new Map(rects(doc, frames).map((r) => [r.team.id, r]));
      for (const h of doc.handoffs) {
        if (h.kind !== 'work' || at.get(h.from)!.team.layer === 'control' || at.get(h.to)!.team.layer === 'control') continue;
        expect(at.get(h.to)!.x, `${h.from} → ${h.to}`).toBeGreaterThan(at.get(h.from)!.x);
      }
    });
  }

  it('keeps stored positions and places only the teams without one', () => {
    const doc = exampleDoc();
    const withOne = { ...doc, teams: doc.teams.map((t) => (t.id === 'eng' ? { ...t, position: { x: 1234, y: 40 } } : t)) };
    const positions = resolvePositions(withOne);
    expect(positions.get('eng')).toEqual({ x: 1234, y: 40 });
    expect(positions.size).toBe(doc.teams.length);
  });

  it('layoutDocument positions every team afresh, ignoring stored positions', () => {
    const doc = exampleDoc();
    const scattered = { ...doc, teams: doc.teams.map((t, i) => ({ ...t, position: { x: 5000 + i, y: 900 } })) };
    const laidOut = layoutDocument(scattered);
    expect(laidOut.teams.map((t) => t.position)).toEqual(layoutDocument(doc).teams.map((t) => t.position));
    expect(laidOut.teams.every((t) => t.position && t.position.x < 5000)).toBe(true);
  });

  it('a lane grows to fit a team placed low in it, pushing the lanes below down', () => {
    const doc = exampleDoc();
    const before = computeFrames(doc.teams, resolvePositions(doc));
    const low = { ...doc, teams: doc.teams.map((t) => (t.id === 'strat' ? { ...t, position: { x: 300, y: 700 } } : t)) };
    const after = computeFrames(low.teams, resolvePositions(low));
    expect(after.strategy.height).toBeGreaterThanOrEqual(700 + TEAM_H);
    expect(after.product.y).toBe(after.strategy.height);
    expect(after.product.y).toBeGreaterThan(before.product.y);
  });

  it('an edit to one team does not recompute the placement of the others', () => {
    const doc = generated(60);
    const before = resolvePositions(doc);
    // A headcount edit (immer shares every other record): the very same placement, nothing recomputed.
    const headcount = produce(doc, (d) => void (d.teams[7].headcount += 3));
    expect(resolvePositions(headcount)).toBe(before);
    // A team moved to another lane: only it is placed again.
    const moved = produce(headcount, (d) => void (d.teams[5].layer = d.teams[5].layer === 'build' ? 'strategy' : 'build'));
    const after = resolvePositions(moved);
    for (const t of moved.teams) if (t.id !== 't5') expect(after.get(t.id), t.id).toBe(before.get(t.id));
    // A layout from scratch of the same model would have moved others: they were kept, not recomputed.
    const fresh = resolvePositions(structuredClone(moved));
    expect(moved.teams.some((t) => t.id !== 't5' && (fresh.get(t.id)!.x !== after.get(t.id)!.x || fresh.get(t.id)!.y !== after.get(t.id)!.y))).toBe(true);
    const frames = framesFor(moved);
    const placed = rects(moved, frames, after);
    const t5 = placed.find((r) => r.team.id === 't5')!;
    for (const r of placed) if (r !== t5) expect(overlap(r, t5), r.team.id).toBe(false);
  });

  it('a team added without a position is placed after the team it receives work from, and no other team moves', () => {
    const doc = generated(60);
    const before = resolvePositions(doc);
    const added = produce(doc, (d) => {
      d.teams.push({ ...d.teams[3], id: 'late', name: 'Late arrival', position: undefined });
      d.handoffs.push({ id: 'to-late', from: 't3', to: 'late', artifact: '', waitDays: 1, ca: 1, kind: 'work' });
    });
    const after = resolvePositions(added);
    for (const t of doc.teams) expect(after.get(t.id), t.id).toBe(before.get(t.id));
    expect(after.get('late')!.x).toBeGreaterThan(after.get('t3')!.x);
    const placed = rects(added, framesFor(added), after);
    const late = placed.find((r) => r.team.id === 'late')!;
    for (const r of placed) if (r !== late) expect(overlap(r, late), r.team.id).toBe(false);
  });
});
