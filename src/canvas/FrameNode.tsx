import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useStores } from '../store/context';
import type { FrameFlowNode } from './toFlow';
import { peopleWord } from '../readout/format';

/**
 * A merged group in After: a frame around its members whose name plate carries the owner's name and
 * the group's people before → after. Clicking the plate selects the owner, so the explanation shows
 * why the group has the people it has.
 */
function FrameNodeView({ data }: NodeProps<FrameFlowNode>) {
  const { frame, shown } = data;
  const ui = useStores().ui;
  return (
    <div
      className={`group-frame${shown ? ' is-shown' : ''}${frame.critical ? ' is-critical' : ''}`}
      data-testid={`group-frame-${frame.owner}`}
      data-members={frame.members.join(' ')}
      aria-hidden={!shown}
    >
      <button
        type="button"
        className="group-frame-plate nodrag nopan"
        tabIndex={shown ? 0 : -1}
        title={`${frame.ownerName} owns ${frame.members.length} teams: ${frame.members.join(', ')}`}
        onClick={() => ui.getState().select({ teams: [frame.owner] })}
      >
        <span className="group-frame-name">{frame.ownerName}</span>
        <span className="group-frame-count" data-testid="group-frame-count">
          {frame.before} → {frame.after} {peopleWord(frame.after)}
        </span>
      </button>
    </div>
  );
}

export const FrameNode = memo(FrameNodeView);
