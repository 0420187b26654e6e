import { memo } from 'react';
import { EdgeLabelRenderer } from '@xyflow/react';
import type { HandoffFlowEdge } from './toFlow';

/**
 * Every handoff's label — the artifact and the wait in days — through one `EdgeLabelRenderer`.
 * Each label is memoised on its edge object, which `toFlow` keeps while the edge is unchanged, so a
 * drag redraws only the labels of the handoffs that moved.
 */
export function HandoffLabels({ edges }: { edges: readonly HandoffFlowEdge[] }) {
  return (
    <EdgeLabelRenderer>
      {edges.map((e) => (
        <HandoffLabel key={e.id} edge={e} />
      ))}
    </EdgeLabelRenderer>
  );
}

const HandoffLabel = memo(function HandoffLabel({ edge }: { edge: HandoffFlowEdge }) {
  const { id, data, selected } = edge;
  if (!data || edge.hidden) return null;
  const feedback = data.kind === 'feedback';
  const status = data.status ? ` is-${data.status}` : '';
  return (
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
  );
});

function formatDays(days: number): string {
  const n = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return `${n} d`;
}
