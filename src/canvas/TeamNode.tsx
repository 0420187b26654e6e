import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useDoc } from '../store/context';
import { teamById } from './teamIndex';
import type { TeamFlowNode } from './toFlow';

const SIDES = [
  ['left', Position.Left],
  ['right', Position.Right],
  ['top', Position.Top],
  ['bottom', Position.Bottom],
] as const;

/**
 * One team: name, headcount and roles, all as plain text. It reads only its own record, so editing
 * one team re-renders one node.
 */
function TeamNodeView({ id, selected }: NodeProps<TeamFlowNode>) {
  const team = useDoc((s) => teamById(s.doc.teams).get(id));
  if (!team) return null;
  const roles = team.roles?.join(' · ') ?? '';
  return (
    <div className={`team-node layer-${team.layer}${selected ? ' is-selected' : ''}`} title={team.name}>
      {SIDES.map(([side, position]) => (
        <Handle
          key={`in-${side}`}
          id={`in-${side}`}
          type="target"
          position={position}
          className={side === 'left' ? 'team-handle' : 'team-handle is-hidden'}
        />
      ))}
      <div className="team-name">{team.name}</div>
      <div className="team-meta">
        <span className="team-headcount-badge" aria-label={`${team.headcount} ${team.headcount === 1 ? 'person' : 'people'}`}>
          <span data-testid="team-headcount">{team.headcount}</span>
          <span className="team-headcount-unit">{team.headcount === 1 ? ' person' : ' people'}</span>
        </span>
      </div>
      {roles && (
        <div className="team-roles" title={roles}>
          {roles}
        </div>
      )}
      {SIDES.map(([side, position]) => (
        <Handle
          key={`out-${side}`}
          id={`out-${side}`}
          type="source"
          position={position}
          className={side === 'right' ? 'team-handle' : 'team-handle is-hidden'}
          title={side === 'right' ? 'Drag to another team to connect a handoff' : undefined}
        />
      ))}
    </div>
  );
}

export const TeamNode = memo(TeamNodeView);
