import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { HandoffFlowEdge } from './toFlow';

/**
 * A handoff: its path comes from `toFlow`; the label carries the artifact and the wait in days.
 * Feedback is dashed and marked with a return arrow so it never reads as forward work.
 */
function HandoffEdgeView({ id, data, markerEnd, selected, interactionWidth }: EdgeProps<HandoffFlowEdge>) {
  if (!data) return null;
  const feedback = data.kind === 'feedback';
  const status = data.status ? ` is-${data.status}` : '';
  return (
    <>
      <BaseEdge
        id={id}
        path={data.path}
        markerEnd={markerEnd}
        interactionWidth={interactionWidth ?? 24}
        className={`handoff-path${feedback ? ' is-feedback' : ''}${selected ? ' is-selected' : ''}${status}`}
      />
      <EdgeLabelRenderer>
        <div
          className={`handoff-label${feedback ? ' is-feedback' : ''}${selected ? ' is-selected' : ''}${status}`}
          style={{ maxWidth: data.labelWidth, transform: `translate(-50%, -50%) translate(${data.labelX}px, ${data.labelY}px)` }}
          data-testid={`handoff-label-${id}`}
          data-status={data.status}
          title={`${data.artifact || 'Handoff'} — waits ${data.waitDays} days`}
        >
          {feedback && <span className="handoff-kind" aria-label="feedback">↺ </span>}
          {data.artifact && <span className="handoff-artifact">{data.artifact}</span>}
          <span className="handoff-wait">{formatDays(data.waitDays)}</span>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

function formatDays(days: number): string {
  const n = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return `${n} d`;
}

export const HandoffEdge = memo(HandoffEdgeView);
