import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { nameNeedsClamp } from '../geometry/nameFit';
import { peopleWord } from '../readout/format';
import type { GhostFlowNode } from './ghosts';

/** A team removed since the file compared with: its name, struck through, on a faint dashed card. */
function GhostNodeView({ data }: NodeProps<GhostFlowNode>) {
  return (
    <div className={`ghost-node layer-${data.layer}`} data-testid="ghost-node" title={`${data.name}: removed since ${data.fileName}`}>
      <div className={nameNeedsClamp(data.name) ? 'team-name is-long' : 'team-name'}>{data.name}</div>
      <div className="team-meta ghost-meta">
        removed · {data.headcount} {peopleWord(data.headcount)}
      </div>
    </div>
  );
}

export const GhostNode = memo(GhostNodeView);
