import { memo } from 'react';
import { EdgeLabelRenderer } from '@xyflow/react';
import type { Point } from './geometry';
import type { HandoffFlowEdge } from './toFlow';
import { useCoarseDetail } from './levelOfDetail';

/**
 * Every handoff's label — the artifact and the wait in days — through one `EdgeLabelRenderer`.
 * Each label is memoised on its edge object, which `toFlow` keeps while the edge is unchanged, and on
 * how far its teams are drawn from where the edge was computed (`at`: during a drag the edges are the
 * ones from before it), so a drag redraws only the labels of the handoffs that moved.
 * A large model zoomed out draws no labels at all (levelOfDetail.ts): they could not be read.
 */
export function HandoffLabels({ edges, at }: { edges: readonly HandoffFlowEdge[]; at: ReadonlyMap<string, Point> }) {
  if (useCoarseDetail()) return null;
  return (
    <EdgeLabelRenderer>
      {edges.map((e) => {
        const d = e.data;
        const s = at.get(e.source);
        const t = at.get(e.target);
        // The middle of the curve moves by half of each end's shift.
        const dx = d && s && t ? (s.x - d.from.x + t.x - d.to.x) / 2 : 0;
        const dy = d && s && t ? (s.y - d.from.y + t.y - d.to.y) / 2 : 0;
        return <HandoffLabel key={e.id} edge={e} dx={dx} dy={dy} />;
      })}
    </EdgeLabelRenderer>
  );
}

const HandoffLabel = memo(function HandoffLabel({ edge, dx, dy }: { edge: HandoffFlowEdge; dx: number; dy: number }) {
  const { id, data, selected } = edge;
  if (!data || edge.hidden) return null;
  const feedback = data.kind === 'feedback';
  const status = data.status ? ` is-${data.status}` : '';
  return (
    <div className="handoff-label-anchor" style={{ left: data.labelX + dx, top: data.labelY + dy }}>
      <div
        className={`handoff-label${feedback ? ' is-feedback' : ''}${selected ? ' is-selected' : ''}${status}`}
        style={{ maxWidth: data.labelWidth }}
        data-testid={`handoff-label-${id}`}
        data-status={data.status}
        title={`${data.artifact || 'Handoff'} — waits ${data.waitDays} days`}
      >
        {feedback && <span className="handoff-kind" aria-label="feedback">↺ </span>}
        {data.artifact && <span className="handoff-artifact">{data.artifact}</span>}
        <span className="handoff-wait">{formatDays(data.waitDays)}</span>
      </div>
    </div>
  );
});

function formatDays(days: number): string {
  const n = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return `${n} d`;
}
