import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useDoc } from '../store/context';
import { teamById } from './teamIndex';
import { nameNeedsClamp } from './nameFit';
import { VISIBLE_HANDLES, type TeamFlowNode } from './toFlow';

const SIDES = [
  ['left', Position.Left],
  ['right', Position.Right],
  ['top', Position.Top],
  ['bottom', Position.Bottom],
] as const;

/**
 * One team: name, headcount and roles, all as plain text. It reads only its own record, so editing
 * one team re-renders one node, and it subscribes to nothing of React Flow's, so a drag or a zoom
 * re-renders no card but the dragged one. Besides the two visible handles it draws only the hidden
 * ones its handoffs use (`data.handles`, from toFlow). On a large model zoomed out the canvas's
 * `is-coarse` class hides the roles line (levelOfDetail.ts).
 */
function TeamNodeView({ id, selected, data }: NodeProps<TeamFlowNode>) {
  const team = useDoc((s) => teamById(s.doc.teams).get(id));
  if (!team) return null;
  const used = data.handles.split(' ');
  const shows = (handle: string) => (VISIBLE_HANDLES as readonly string[]).includes(handle) || used.includes(handle);
  const roles = team.roles?.join(' · ') ?? '';
  const after = data.after;
  const status = after ? ` is-${after.status}${after.critical ? ' is-critical' : ''}` : '';
  return (
    <div className={`team-node layer-${data.layer}${selected ? ' is-selected' : ''}${status}`} title={team.name}>
      {SIDES.filter(([side]) => shows(`in-${side}`)).map(([side, position]) => (
        <Handle
          key={`in-${side}`}
          id={`in-${side}`}
          type="target"
          position={position}
          className={side === 'left' ? 'team-handle' : 'team-handle is-hidden'}
        />
      ))}
      <div className={nameNeedsClamp(team.name) ? 'team-name is-long' : 'team-name'}>{team.name}</div>
      <div className="team-meta">
        {after ? (
          <AfterFigure before={after.before} after={after.after} />
        ) : (
          <span className="team-headcount-badge" aria-label={`${team.headcount} ${team.headcount === 1 ? 'person' : 'people'}`}>
            <span data-testid="team-headcount">{team.headcount}</span>
            <span className="team-headcount-unit">{team.headcount === 1 ? ' person' : ' people'}</span>
          </span>
        )}
      </div>
      {after?.status === 'absorbed' ? (
        <div className="team-folded" data-testid="team-folded" title={`Folded into ${after.ownerName}`}>
          into {after.ownerName}
        </div>
      ) : roles && (
        <div className="team-roles" title={roles}>
          {roles}
        </div>
      )}
      {SIDES.filter(([side]) => shows(`out-${side}`)).map(([side, position]) => (
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

/** People before → after; a click on it selects the team like a click on the card (explained). */
function AfterFigure({ before, after }: { before: number; after: number }) {
  return (
    <span className="team-headcount-badge is-after" aria-label={`${before} → ${after} ${after === 1 ? 'person' : 'people'}`} data-testid="team-after">
      <span data-testid="team-headcount-before">{before}</span>
      <span className="team-arrow"> → </span>
      <b data-testid="team-headcount-after">{after}</b>
    </span>
  );
}

export const TeamNode = memo(TeamNodeView);
