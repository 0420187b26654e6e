import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneFlowNode } from './toFlow';
import { peopleWord } from '../model/words';

/** A lane's background and name plate: the layer's name, its team count and total headcount. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const { layer, name, teamCount, headcount, band, after, control } = data;
  const people = after ? `${after.before} → ${after.after} ${peopleWord(after.after)}` : `${headcount} ${peopleWord(headcount)}`;
  const counts = `${teamCount} ${teamCount === 1 ? 'team' : 'teams'} · ${people}`;
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
      {/* Without a Control team there is no share to show (the results warn of unstaffed oversight). */}
      {control && teamCount > 0 ? (
        <div className="lane-control-growth" data-testid="control-growth" style={{ top: control.top }}>
          <div>
            <b>{percent(control.shareBefore)} → {percent(control.shareAfter)}</b> of all people
          </div>
          <div>
            <b>+{control.oversightFte.toFixed(1)} FTE</b> oversight of AI work
          </div>
        </div>
      ) : null}
    </div>
  );
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const LaneNode = memo(LaneNodeView);
