import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { HandoffFlowEdge } from './toFlow';

/**
 * A handoff's path, from `toFlow`. Feedback is dashed and marked with a return arrow so it never reads
 * as forward work. Its label is drawn by `HandoffLabels`, all labels in one layer: a label portal per
 * edge would make every store update search the DOM once per edge.
 */
function HandoffEdgeView({ id, data, markerEnd, selected, interactionWidth }: EdgeProps<HandoffFlowEdge>) {
  if (!data) return null;
  const feedback = data.kind === 'feedback';
  const status = data.status ? ` is-${data.status}` : '';
  return (
    <BaseEdge
      id={id}
      path={data.path}
      markerEnd={markerEnd}
      interactionWidth={interactionWidth ?? 24}
      className={`handoff-path${feedback ? ' is-feedback' : ''}${selected ? ' is-selected' : ''}${status}`}
    />
  );
}

export const HandoffEdge = memo(HandoffEdgeView);
