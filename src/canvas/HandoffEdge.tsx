import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { edgeGeometry } from '../geometry/edgeGeometry';
import type { HandoffData, HandoffFlowEdge } from './toFlow';

/** Where React Flow put the two ends when an edge's data was first drawn. */
const drawnEnds = new WeakMap<HandoffData, { sx: number; sy: number; tx: number; ty: number }>();

/**
 * A handoff's path, from `toFlow`. Feedback is dashed and marked with a return arrow so it never reads
 * as forward work. Its label is drawn by `HandoffLabels`, all labels in one layer: a label portal per
 * edge would make every store update search the DOM once per edge.
 *
 * During a drag `toFlow` keeps the edges from before it; when React Flow moves an end (the dragged
 * team), the path is redrawn between the teams shifted by as much, and the drop brings fresh geometry.
 */
function HandoffEdgeView({ id, data, markerEnd, selected, interactionWidth, sourceX, sourceY, targetX, targetY }: EdgeProps<HandoffFlowEdge>) {
  if (!data) return null;
  let ends = drawnEnds.get(data);
  if (!ends) drawnEnds.set(data, (ends = { sx: sourceX, sy: sourceY, tx: targetX, ty: targetY }));
  const ds = { x: sourceX - ends.sx, y: sourceY - ends.sy };
  const dt = { x: targetX - ends.tx, y: targetY - ends.ty };
  const moved = ds.x || ds.y || dt.x || dt.y;
  const path = moved
    ? edgeGeometry({ x: data.from.x + ds.x, y: data.from.y + ds.y }, { x: data.to.x + dt.x, y: data.to.y + dt.y }, data.kind, data.lane).path
    : data.path;
  const feedback = data.kind === 'feedback';
  const status = data.status ? ` is-${data.status}` : '';
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      interactionWidth={interactionWidth ?? 24}
      className={`handoff-path${feedback ? ' is-feedback' : ''}${selected ? ' is-selected' : ''}${status}`}
    />
  );
}

export const HandoffEdge = memo(HandoffEdgeView);
