import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { FrameNode } from './FrameNode';
import { GhostNode } from './GhostNode';
import { HandoffEdge } from './HandoffEdge';
import { LaneNode } from './LaneNode';
import { TeamNode } from './TeamNode';

// Module level on purpose: React Flow re-mounts every node when these objects change identity.
export const nodeTypes = { team: TeamNode, lane: LaneNode, frame: FrameNode, ghost: GhostNode } satisfies NodeTypes;
export const edgeTypes = { handoff: HandoffEdge } satisfies EdgeTypes;
