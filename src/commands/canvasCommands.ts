/**
 * Edits made directly on the canvas — move, connect, reconnect, select, auto-layout — as plain
 * functions over the stores, so they are tested without React and the canvas stays a thin binding.
 */
import { findCycle, LAYER_IDS, teamName, teamNames, type FivefoldDocument, type Handoff, type LayerId } from '../model';
import type { Stores } from '../store/context';
import type { SidePanel } from '../store/uiStore';
import type { AnyCommand, Command, KeyLike } from './registry';
import { patchRecord } from './ids';
import { dropTarget, type Point } from '../geometry/geometry';
import { framesFor, layoutDocument, resolvePositions } from '../geometry/layout';

declare module './registry' {
  interface CommandArgs {
    'layout.auto': void;
    'view.fit': void;
    'view.togglePalette': void;
    'view.toggleInspector': void;
    'view.zoomToLane': { layer: LayerId };
    'team.move': { moves: readonly TeamMove[] };
    'handoff.connect': { from: string; to: string };
    'handoff.reconnect': { id: string; from: string; to: string };
    'view.frame': { nodes: string[] };
  }
}

export interface TeamMove {
  id: string;
  /** Where the team's top-left corner is on the canvas now. */
  topLeft: Point;
}

/**
 * Moves teams as a preview, with no undo step until `finishMove` (the canvas draws a drag itself and
 * calls `moveTeams` on the drop): each lands in the lane under its centre, and the lanes measured
 * before the first move decide, so they do not shift under the pointer.
 * The first move writes every team's current place into the document, so that placing one team by
 * hand never re-flows the others.
 * @example moveTeamsLive(stores, [{ id: 'eng', topLeft: { x: 800, y: 400 } }]); finishMove(stores)
 */
export function moveTeamsLive(stores: Stores, moves: readonly TeamMove[]): void {
  const state = stores.document.getState();
  const frames = framesFor(state.gestureBase ?? state.doc);
  const placed = resolvePositions(state.doc);
  // Indexes read from the plain document: touching every team through the draft would make immer
  // proxy and finalise a thousand records on each pointer move of a drag.
  const unplaced: number[] = [];
  const indexOf = new Map<string, number>();
  state.doc.teams.forEach((t, i) => {
    if (!t.position && placed.has(t.id)) unplaced.push(i);
    indexOf.set(t.id, i);
  });
  state.preview((d) => {
    for (const i of unplaced) {
      const t = d.teams[i];
      const p = placed.get(t.id)!;
      t.position = { x: p.x, y: p.y };
    }
    for (const m of moves) {
      const i = indexOf.get(m.id);
      if (i === undefined) continue;
      const t = d.teams[i];
      const target = dropTarget(frames, m.topLeft);
      if (t.layer !== target.layer) t.layer = target.layer;
      if (t.position?.x !== target.position.x || t.position?.y !== target.position.y) t.position = target.position;
    }
  });
}

/** Ends a drag: one undo step for the whole gesture, or nothing when nothing moved. */
export function finishMove(stores: Stores, teamCount = 1): void {
  const state = stores.document.getState();
  if (!state.gestureBase) return;
  state.commit(teamCount > 1 ? 'Move teams' : 'Move team', () => {});
}

/** `team.move` in one step: the drop of a drag, or a test. */
export function moveTeams(stores: Stores, moves: readonly TeamMove[]): void {
  moveTeamsLive(stores, moves);
  finishMove(stores, moves.length);
}

export type EditResult = { ok: true; id: string } | { ok: false; reason: string };

/**
 * `handoff.connect`: a new work handoff between two teams, one undo step, selected afterwards.
 * Refused, with a message in the status line, when it would join a team to itself or close a loop
 * of work handoffs (format.md allows loops only for feedback).
 * @example connectHandoff(stores, 'prod', 'qa') // { ok: true, id: 'e13' }
 */
export function connectHandoff(stores: Stores, from: string, to: string): EditResult {
  const doc = stores.document.getState().doc;
  const refusal = refuseEnds(doc, from, to, 'work', null);
  if (refusal) return refuse(stores, refusal);
  const id = nextHandoffId(doc);
  stores.document.getState().commit('Connect handoff', (d) => {
    d.handoffs.push({ id, from, to, artifact: '', waitDays: 5, ca: 0.9, kind: 'work' });
  });
  stores.ui.getState().select({ handoffs: [id] });
  return { ok: true, id };
}

/**
 * `handoff.reconnect`: moves either end of a handoff to another team, with the same refusals as
 * connecting.
 * @example reconnectHandoff(stores, 'e04', { from: 'prod', to: 'qa' })
 */
export function reconnectHandoff(stores: Stores, id: string, ends: { from: string; to: string }): EditResult {
  const doc = stores.document.getState().doc;
  const handoff = doc.handoffs.find((h) => h.id === id);
  if (!handoff) return refuse(stores, `There is no handoff "${id}" any more.`);
  if (handoff.from === ends.from && handoff.to === ends.to) return { ok: true, id };
  const refusal = refuseEnds(doc, ends.from, ends.to, handoff.kind, id);
  if (refusal) return refuse(stores, refusal);
  stores.document.getState().commit('Reconnect handoff', (d) => {
    patchRecord(d.handoffs, id, ends);
  });
  return { ok: true, id };
}

/** Why a handoff between these teams cannot be drawn, or null when it can. */
function refuseEnds(doc: FivefoldDocument, from: string, to: string, kind: Handoff['kind'], replacing: string | null): string | null {
  const names = teamNames(doc);
  if (!names.has(from) || !names.has(to)) return 'A handoff must connect two teams on the canvas.';
  if (from === to) return `A team cannot hand off to itself: drag from "${teamName(doc, from)}" to another team.`;
  if (kind === 'feedback') return null;
  const arcs = doc.handoffs.filter((h) => h.kind === 'work' && h.id !== replacing).map((h) => ({ from: h.from, to: h.to }));
  const cycle = findCycle(
    doc.teams.map((t) => t.id),
    [...arcs, { from, to }],
  );
  if (!cycle) return null;
  return `That handoff would make work go round in a loop (${cycle.map((id) => teamName(doc, id)).join(' → ')}). Work must flow one way; a handoff back upstream is feedback.`;
}

function refuse(stores: Stores, reason: string): EditResult {
  stores.ui.getState().notify('warning', reason);
  return { ok: false, reason };
}

/** The first free id of the form e01, e02, … (the example's style), past any already used. */
export function nextHandoffId(doc: Pick<FivefoldDocument, 'handoffs'>): string {
  const taken = new Set(doc.handoffs.map((h) => h.id));
  let n = doc.handoffs.length + 1;
  const id = (k: number) => `e${String(k).padStart(2, '0')}`;
  while (taken.has(id(n))) n++;
  return id(n);
}

/**
 * Applies React Flow's select/deselect changes to the UI store's selection, which is the truth
 * the canvas draws from (shift-click, box select, click on the pane).
 * @example applySelectionChanges(stores, 'teams', [{ id: 'eng', selected: true }])
 */
export function applySelectionChanges(
  stores: Stores,
  kind: 'teams' | 'handoffs',
  changes: readonly { id: string; selected: boolean }[],
): void {
  if (!changes.length) return;
  const ui = stores.ui.getState();
  const current = new Set(ui.selection[kind]);
  for (const c of changes) {
    if (c.selected) current.add(c.id);
    else current.delete(c.id);
  }
  const next = [...current];
  const before = ui.selection[kind];
  if (next.length === before.length && next.every((id, i) => id === before[i])) return;
  ui.select({ ...ui.selection, [kind]: next });
}

/**
 * `layout.auto`: places every team afresh in its lane, in flow order; one undo step.
 * @example autoLayout(stores)
 */
export function autoLayout(stores: Stores): void {
  const laidOut = layoutDocument(stores.document.getState().doc);
  stores.document.getState().commit('Auto-layout', (d) => {
    laidOut.teams.forEach((t, i) => {
      if (t.position) d.teams[i].position = { ...t.position };
    });
  });
}

let fitView: (() => void) | null = null;
let zoomToLane: ((layer: LayerId) => void) | null = null;

/** The canvas hands over its zoom-to-a-lane, as it does its fit-to-view. */
export function registerZoomToLane(fn: ((layer: LayerId) => void) | null): void {
  zoomToLane = fn;
}

/** The canvas hands over its fit-to-view when it mounts, so `view.fit` works from any key or menu. */
export function registerFitView(fn: (() => void) | null): void {
  fitView = fn;
}

let frameNodes: ((ids: string[]) => void) | null = null;

/** The canvas hands over how it frames some of its nodes (a finding's target, a changed team). */
export function registerFrameNodes(fn: ((ids: string[]) => void) | null): void {
  frameNodes = fn;
}

/**
 * `view.frame`: brings some nodes into view (a team, a handoff's two teams, a lane).
 * @example registry.run('view.frame', stores, { nodes: ['eng', 'revops'] })
 */
export const frameOnCanvas: Command<{ nodes: string[] }> = {
  id: 'view.frame',
  label: 'Frame on the canvas',
  group: 'Canvas',
  canRun: (_stores, args) => frameNodes !== null && !!args?.nodes.length,
  run: (_stores, args) => frameNodes?.(args.nodes),
};

/**
 * Below this window width a side panel nobody has opened or closed yet starts collapsed: at 1280×720
 * the palette and inspector together leave the canvas 768 px, and team names shrink below 9 px.
 */
export const WIDE_WINDOW = 1440;

/**
 * Which side panels start open by default at a window width: both on wide screens, neither below
 * (at 1280×720 team names read 12.5 px with both closed; the inspector opens itself when a person
 * asks to edit).
 */
export function defaultSidePanelOpen(_panel: SidePanel, windowWidth: number): boolean {
  return windowWidth >= WIDE_WINDOW;
}

/**
 * Whether a side panel is open: the person's choice, kept in UI state, or the default for the width.
 * @example isSidePanelOpen(stores, 'palette', 1280) // false until someone opens it
 */
export function isSidePanelOpen(stores: Stores, panel: SidePanel, windowWidth = currentWidth()): boolean {
  return stores.ui.getState().sidePanels[panel] ?? defaultSidePanelOpen(panel, windowWidth);
}

/**
 * `view.togglePalette` / `view.toggleInspector`: collapses or expands a side panel (UI state only,
 * never the document), then fits the canvas to the room it now has.
 * @example toggleSidePanel(stores, 'palette')
 */
export function toggleSidePanel(stores: Stores, panel: SidePanel, windowWidth = currentWidth()): void {
  stores.ui.getState().setSidePanel(panel, !isSidePanelOpen(stores, panel, windowWidth));
  // The canvas resizes on the next layout; fit after it has.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(() => fitView?.()));
}

function currentWidth(): number {
  return typeof window === 'undefined' ? WIDE_WINDOW : window.innerWidth;
}

/** `view.zoomToLane`: one lane fills the canvas (keys 1–5, in the order of the layers; or double-click its name). */
const zoomToLaneCommand: Command<{ layer: LayerId }> = {
  id: 'view.zoomToLane',
  label: 'Zoom to a lane (1 Strategy … 5 Control; or double-click its name)',
  group: 'Canvas',
  shortcuts: LAYER_IDS.map((_, i) => String(i + 1)),
  canRun: (_stores, args) => zoomToLane !== null && LAYER_IDS.includes(args?.layer),
  run: (_stores, args) => zoomToLane?.(args.layer),
  keyArgs: (e: KeyLike) => ({ layer: LAYER_IDS[Number(e.key) - 1] }),
};

export const canvasCommands: AnyCommand[] = [
  {
    id: 'team.move',
    label: 'Move teams (drag them; a team lands in the lane under its centre)',
    group: 'Canvas',
    run: (stores, { moves }: { moves: readonly TeamMove[] }) => moveTeams(stores, moves),
  },
  {
    id: 'handoff.connect',
    label: "Connect two teams (drag from a card's edge to another card)",
    group: 'Canvas',
    run: (stores, { from, to }: { from: string; to: string }) => void connectHandoff(stores, from, to),
  },
  {
    id: 'handoff.reconnect',
    label: 'Reconnect a handoff (drag either end to another card)',
    group: 'Canvas',
    run: (stores, { id, from, to }: { id: string; from: string; to: string }) => void reconnectHandoff(stores, id, { from, to }),
  },
  frameOnCanvas,
  {
    id: 'layout.auto',
    label: 'Auto-layout',
    group: 'Canvas',
    canRun: (stores) => stores.document.getState().doc.teams.length > 0,
    run: (stores) => autoLayout(stores),
  },
  {
    id: 'view.fit',
    label: 'Fit to view',
    group: 'Canvas',
    shortcuts: ['Shift+F'],
    canRun: () => fitView !== null,
    run: () => fitView?.(),
  },
  zoomToLaneCommand,
  {
    id: 'view.togglePalette',
    label: 'Show or hide the palette',
    group: 'Canvas',
    shortcuts: ['Shift+P'],
    run: (stores) => toggleSidePanel(stores, 'palette'),
  },
  {
    id: 'view.toggleInspector',
    label: 'Show or hide the inspector',
    group: 'Canvas',
    shortcuts: ['Shift+I'],
    run: (stores) => toggleSidePanel(stores, 'inspector'),
  },
];
