import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { HandoffKind } from '../model';

// Sized on the canvas, not per stroke width (React Flow's default): a thick critical-path edge kept
// a default-coloured arrowhead twice the size.
const arrow = (color: string): EdgeMarker => ({ type: MarkerType.ArrowClosed, width: 40, height: 40, color, markerUnits: 'userSpaceOnUse' });
export const MARKERS: Record<HandoffKind, EdgeMarker> = { work: arrow('#334155'), feedback: arrow('#7c3aed') };
/** The arrowhead of a handoff on the critical path, in its red (canvas.css .handoff-path.is-critical). */
export const CRITICAL_MARKER = arrow('#dc2626');
