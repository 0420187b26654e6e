/**
 * The Before/After overlay: what the canvas adds on top of the document when it shows a simulation
 * result. Pure: it reads the result (groups, critical path, lead time) and never stores anything, so
 * the same document, result and overlay always draw the same canvas.
 *
 * What "After" means on each piece:
 * - a team: its people before → after. An owner or a team alone shows its group's headcount; an
 *   absorbed team shows 0 and the owner it folded into (its people are counted in the owner's group);
 * - a merged group: a frame around its members that carries the owner's name and the group's people;
 * - a handoff between two members of one group disappears (internal); one between consecutive groups
 *   of the critical path is the one the lead time runs along;
 * - Control: its people and its share of all people, before and after, and the oversight load it takes on.
 */
import type { FivefoldDocument, Handoff, LayerId, Scenario } from '../model';
import { LAYER_IDS } from '../model';
import type { Result } from '../sim';
import { criticalPathHandoffs } from '../sim/criticalPath';
import { controlOversightFte } from '../sim/oversight';
import { TEAM_H, TEAM_W, type Point } from './geometry';
import { teamById } from './teamIndex';

export type TeamStatus = 'alone' | 'owner' | 'absorbed';

export interface TeamOverlay {
  before: number;
  after: number;
  status: TeamStatus;
  /** The owner of the team's group (itself unless absorbed). */
  owner: string;
  ownerName: string;
  /** True when the team's group lies on the critical path. */
  critical: boolean;
}

export type HandoffStatus = 'internal' | 'critical' | 'kept';

export interface GroupFrame {
  owner: string;
  ownerName: string;
  members: string[];
  before: number;
  after: number;
  critical: boolean;
  /** Canvas rectangle around the members' cards, with room for the name plate on top. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The rectangle around the members' cards (placed at `at`), with room for the name plate on top.
 * @example frameBox(['qa', 'data'], flow.at) // { x: 366, y: 310, width: 476, height: 190 }
 */
export function frameBox(members: readonly string[], at: ReadonlyMap<string, Point>): Pick<GroupFrame, 'x' | 'y' | 'width' | 'height'> {
  const xs = members.map((m) => at.get(m)!.x);
  const ys = members.map((m) => at.get(m)!.y);
  const x = Math.min(...xs) - FRAME_PAD;
  const y = Math.min(...ys) - FRAME_PAD - FRAME_LABEL_H;
  return { x, y, width: Math.max(...xs) + TEAM_W + FRAME_PAD - x, height: Math.max(...ys) + TEAM_H + FRAME_PAD - y };
}

export interface ControlOverlay {
  before: number;
  after: number;
  /** Control's share of all people, 0–1. */
  shareBefore: number;
  shareAfter: number;
  /** Second-line oversight of AI work that lands on Control (FTE). */
  oversightFte: number;
}

export interface AfterView {
  teams: Map<string, TeamOverlay>;
  handoffs: Map<string, HandoffStatus>;
  frames: GroupFrame[];
  /** Per layer, people and their cost a year (headcount × cost per FTE) before → after. */
  layers: Record<LayerId, { before: number; after: number; costBefore: number; costAfter: number }>;
  control: ControlOverlay;
  leadTimeDays: { before: number; after: number };
}

/** Space between a frame and the cards inside it, and the height of its name plate. */
export const FRAME_PAD = 16;
export const FRAME_LABEL_H = 40;

/**
 * The After view of a result, or null when there is no result to show.
 * @example afterView(doc, baseline(doc), simulate(doc, aiNative, 3), at, aiNative)!.teams.get('qa') // { before: 1, after: 0, status: 'absorbed', owner: 'data', … }
 */
export function afterView(
  doc: Pick<FivefoldDocument, 'teams' | 'handoffs'>,
  before: Result,
  result: Result | null,
  at: ReadonlyMap<string, Point>,
  scenario: Scenario | null,
): AfterView | null {
  if (!result) return null;
  const teamOf = teamById(doc.teams);
  const name = (id: string) => teamOf.get(id)?.name ?? id;
  const groupOf = new Map<string, string>();
  for (const g of result.groups) for (const m of g.members) groupOf.set(m, g.owner);
  const groupByOwner = new Map(result.groups.map((g) => [g.owner, g]));
  const onPath = new Set(result.criticalPath);

  const teams = new Map<string, TeamOverlay>();
  for (const t of doc.teams) {
    // A team the result does not know (added while a large model computes) stays as entered.
    const owner = groupOf.get(t.id) ?? t.id;
    const group = groupByOwner.get(owner);
    const status: TeamStatus = owner !== t.id ? 'absorbed' : (group?.members.length ?? 1) > 1 ? 'owner' : 'alone';
    const after = status === 'absorbed' ? 0 : (group?.headcount ?? t.headcount);
    teams.set(t.id, { before: t.headcount, after, status, owner, ownerName: name(owner), critical: onPath.has(owner) });
  }

  const frames: GroupFrame[] = [];
  for (const g of result.groups) {
    const members = g.members.filter((m) => at.has(m));
    if (members.length < 2) continue;
    frames.push({
      owner: g.owner,
      ownerName: name(g.owner),
      members,
      before: members.reduce((sum, m) => sum + (teamOf.get(m)?.headcount ?? 0), 0),
      after: g.headcount,
      critical: onPath.has(g.owner),
      ...frameBox(members, at),
    });
  }

  const layers = Object.fromEntries(LAYER_IDS.map((l) => [l, { before: 0, after: 0, costBefore: 0, costAfter: 0 }])) as AfterView['layers'];
  for (const t of doc.teams) {
    const o = teams.get(t.id)!;
    layers[t.layer].before += o.before;
    layers[t.layer].costBefore += o.before * t.costPerFte;
    // A group's people count in its owner's layer, as the results dock counts them; a group's people
    // (o.after on its owner) are costed at the owner's rate.
    const ownerLayer = teamOf.get(o.owner)?.layer ?? t.layer;
    layers[ownerLayer].after += o.after;
    layers[ownerLayer].costAfter += o.after * t.costPerFte;
  }

  return {
    teams,
    handoffs: handoffStatus(doc.handoffs, groupOf, result),
    frames,
    layers,
    control: controlOverlay(doc, before, result, layers.control, scenario),
    leadTimeDays: { before: before.leadTimeDays, after: result.leadTimeDays },
  };
}

/**
 * Internal handoffs (both ends in one group) disappear; the critical ones are those the lead time runs
 * along, chosen by the engine's own rule (`criticalPathHandoffs`, shared with the results dock).
 */
function handoffStatus(handoffs: readonly Handoff[], groupOf: ReadonlyMap<string, string>, result: Result): Map<string, HandoffStatus> {
  const out = new Map<string, HandoffStatus>();
  const owner = (id: string) => groupOf.get(id) ?? id;
  for (const h of handoffs) out.set(h.id, owner(h.from) === owner(h.to) ? 'internal' : 'kept');
  for (const h of criticalPathHandoffs({ handoffs }, result)) out.set(h.id, 'critical');
  return out;
}

function controlOverlay(doc: Pick<FivefoldDocument, 'teams'>, before: Result, result: Result, people: { before: number; after: number }, scenario: Scenario | null): ControlOverlay {
  return {
    before: people.before,
    after: people.after,
    shareBefore: before.headcount > 0 ? people.before / before.headcount : 0,
    shareAfter: result.headcount > 0 ? people.after / result.headcount : 0,
    oversightFte: controlOversightFte(doc, scenario, result),
  };
}
