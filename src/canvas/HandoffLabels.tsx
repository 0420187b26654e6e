import { memo } from 'react';
import { formatFixed } from '../readout/format';
import { EdgeLabelRenderer, useStore, type ReactFlowState } from '@xyflow/react';
import type { Point } from '../geometry/geometry';
import type { HandoffFlowEdge } from './toFlow';
import { useCoarseDetail, useDetail } from './levelOfDetail';
import { NARROW_LABEL_W } from '../geometry/labelSpread';
import { useLintMark } from '../simulation/useLint';
import { LintMark } from './LintMark';

/**
 * Every handoff's label — the artifact and the wait in days — through one `EdgeLabelRenderer`.
 * Each label is memoised on its edge object, which `toFlow` keeps while the edge is unchanged, and on
 * how far its teams are drawn from where the edge was computed (`at`: during a drag the edges are the
 * ones from before it), so a drag redraws only the labels of the handoffs that moved.
 * A large model zoomed out draws no labels at all (levelOfDetail.ts): they could not be read. Seen
 * close up (`cull`), it draws only the labels in and around the view, as React Flow does the cards.
 */
export function HandoffLabels({ edges, at, cull }: { edges: readonly HandoffFlowEdge[]; at: ReadonlyMap<string, Point>; cull: boolean }) {
  const tiles = useStore(cull ? tilesInView : noTiles);
  const coarse = useCoarseDetail();
  // As chips, a label's 15 px would be under 6 px on screen.
  if (useDetail() !== 'cards' || coarse) return null;
  const bounds = tiles ? tiles.split(' ').map(Number) : null;
  const shown = bounds ? edges.filter((e) => e.data && inTiles(bounds, e.data.labelX, e.data.labelY)) : edges;
  return (
    <EdgeLabelRenderer>
      {shown.map((e) => {
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
  const mark = useLintMark('handoff', id);
  if (!data || edge.hidden) return null;
  const feedback = data.kind === 'feedback';
  const status = data.status ? ` is-${data.status}` : '';
  return (
    <div className="handoff-label-anchor" style={{ left: data.labelX + dx, top: data.labelY + dy }}>
      <div
        className={`handoff-label${feedback ? ' is-feedback' : ''}${selected ? ' is-selected' : ''}${data.labelWidth < NARROW_LABEL_W ? ' is-narrow' : ''}${status}`}
        style={{ maxWidth: data.labelWidth }}
        data-testid={`handoff-label-${id}`}
        data-status={data.status}
        title={`${data.artifact || 'Handoff'} — waits ${data.waitDays} days`}
      >
        {mark && <LintMark severity={mark} />}
        {feedback && <span className="handoff-kind" role="img" aria-label="feedback">↺ </span>}
        {data.artifact && <span className="handoff-artifact">{data.artifact}</span>}
        <span className="handoff-wait">{formatDays(data.waitDays)}</span>
      </div>
    </div>
  );
});

/** Short on the canvas: whole days as they are, others to 1 decimal. */
const formatDays = (days: number): string => `${formatFixed(days, Number.isInteger(days) ? 0 : 1)} d`;

/** Labels are culled by square tiles of the canvas, so panning redraws the list only when the view reaches a new tile. */
const TILE = 600;

/** The view's tiles (first column, first row, last column, last row), one tile of margin around, as a string that changes only when they do. */
function tilesInView(s: ReactFlowState): string {
  const [x, y, zoom] = s.transform;
  const tile = (v: number) => Math.floor(v / TILE);
  return `${tile(-x / zoom) - 1} ${tile(-y / zoom) - 1} ${tile((s.width - x) / zoom) + 1} ${tile((s.height - y) / zoom) + 1}`;
}

const noTiles = () => '';

function inTiles([c0, r0, c1, r1]: number[], x: number, y: number): boolean {
  const c = Math.floor(x / TILE);
  const r = Math.floor(y / TILE);
  return c >= c0 && c <= c1 && r >= r0 && r <= r1;
}
