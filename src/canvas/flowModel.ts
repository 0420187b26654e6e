/**
 * The shapes of the canvas's React Flow nodes and edges, apart from `toFlow` that makes them and
 * `withOverlay` that puts the After view on them, so that neither imports the other.
 */
import type { Edge, Node, NodeHandle } from '@xyflow/react';
import type { FivefoldDocument, HandoffKind, LayerId, Scenario } from '../model';
import type { Result } from '../sim';
import type { Frames, Point } from '../geometry/geometry';
import type { AfterView, ControlOverlay, GroupFrame, HandoffStatus, TeamOverlay } from '../geometry/overlay';
import type { Overlay } from '../store/uiStore';

export interface TeamData extends Record<string, unknown> {
  layer: LayerId;
  /**
   * The handles the card draws (the node's `handles` too): its two visible ones and the hidden ones
   * its handoffs attach to. 1,000 cards with eight handles each were most of a large model's page.
   */
  handles: readonly NodeHandle[];
  /** In After: the team's people before → after and what became of it. */
  after?: TeamOverlay;
}

export interface FrameData extends Record<string, unknown> {
  frame: GroupFrame;
  /** False in Before: the frame is kept (invisible) so switching to After can fade it in. */
  shown: boolean;
}

export interface LaneData extends Record<string, unknown> {
  layer: LayerId;
  name: string;
  teamCount: number;
  headcount: number;
  /** People cost a year (headcount × cost per FTE), for the lane's summary when zoomed far out. */
  cost: number;
  /** True for the upright Control band that spans the four lanes. */
  band: boolean;
  /** In After: the layer's people and their cost before → after (a group counts in its owner's layer). */
  after?: { before: number; after: number; costBefore: number; costAfter: number };
  /** In After, on the Control band: its people, its share of all people, the oversight it takes on, and where the note goes. */
  control?: ControlOverlay & { top: number };
}

export interface HandoffData extends Record<string, unknown> {
  kind: HandoffKind;
  artifact: string;
  waitDays: number;
  path: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
  /** In After: whether the handoff disappears inside a group, carries the critical path, or stays. */
  status?: HandoffStatus;
  /** The two teams' top-left corners and the parallel lane the path was computed from (see HandoffEdge's live path). */
  from: Point;
  to: Point;
  lane: number;
}

/** A team removed since the file compared with (ghosts.ts). */
export interface GhostData extends Record<string, unknown> {
  layer: LayerId;
  name: string;
  headcount: number;
  /** The file compared with, for the ghost's tooltip. */
  fileName: string;
}

export type TeamFlowNode = Node<TeamData, 'team'>;
export type GhostFlowNode = Node<GhostData, 'ghost'>;
export type LaneFlowNode = Node<LaneData, 'lane'>;
export type FrameFlowNode = Node<FrameData, 'frame'>;
/** Ghosts (removed since a file compared with) are added by the canvas, never by toFlow. */
export type FlowNode = TeamFlowNode | LaneFlowNode | FrameFlowNode | GhostFlowNode;
export type HandoffFlowEdge = Edge<HandoffData, 'handoff'>;

/** A node that only shows something (a lane, a group's frame, a removed team's ghost): nothing to pick, move, connect or delete. */
export const VIEW_ONLY = { draggable: false, selectable: false, connectable: false, focusable: false, deletable: false } as const;

/** What toFlow reads of the document: the canvas does not depend on scenarios or the initiative. */
export type CanvasDoc = Pick<FivefoldDocument, 'teams' | 'handoffs' | 'layers'>;

export interface Flow {
  nodes: FlowNode[];
  edges: HandoffFlowEdge[];
  frames: Frames;
  /** The After view when a result is shown, else null. */
  after: AfterView | null;
  /** Where each team's top-left corner is drawn now (during a drag, the handoffs may be older). */
  at: ReadonlyMap<string, Point>;
}

/** What the simulation gives the canvas: derived from the document, never stored in it. */
export interface SimulationOverlay {
  overlay: Overlay;
  baseline: Result;
  result: Result | null;
  scenario: Scenario | null;
}

export interface ToFlowOptions {
  /** The simulation to overlay; without it (or in Before) the canvas is the document as entered. */
  simulation?: SimulationOverlay;
  /**
   * In Before, keep the group frames (hidden) for a moment after leaving After, so they fade out.
   * Otherwise Before has no frames at all: on a large model they would cost a render each per edit.
   */
  framesLeaving?: boolean;
  /**
   * Only the lanes (semantic zoom's summary, see geometry/zoomLevels.ts): no team is drawn, so the
   * handoffs' geometry and label places, most of a large model's cost, are not computed.
   */
  lanesOnly?: boolean;
}
