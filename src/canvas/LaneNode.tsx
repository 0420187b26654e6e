import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneFlowNode } from './toFlow';

/** A lane's background and name plate: the layer's name, its team count and total headcount. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const { layer, name, teamCount, headcount, band } = data;
  const counts = `${teamCount} ${teamCount === 1 ? 'team' : 'teams'} · ${headcount} ${headcount === 1 ? 'person' : 'people'}`;
  return (
    <div
      className={`lane layer-${layer}${band ? ' lane-is-band' : ''}`}
      data-testid={`lane-${layer}`}
      role="group"
      aria-label={`${name}: ${counts}`}
    >
      <div className="lane-plate">
        <div className="lane-name">{name}</div>
        {band && <div className="lane-across">across all layers</div>}
        <div className="lane-counts" data-testid="lane-counts">
          {counts}
        </div>
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
