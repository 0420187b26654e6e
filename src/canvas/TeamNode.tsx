import { memo } from 'react';
import { Handle, type NodeHandle, type NodeProps } from '@xyflow/react';
import { useDoc } from '../store/context';
import { teamById } from '../geometry/teamIndex';
import { nameNeedsClamp } from '../geometry/nameFit';
import { VISIBLE_HANDLES, type TeamFlowNode } from './toFlow';
import { peopleWord } from '../readout/format';
import { useLintMark } from '../simulation/useLint';
import { LintMark } from './LintMark';
import { useTeamChange } from '../store/comparison';

/**
 * One team: name, headcount and roles, all as plain text. It reads only its own record, so editing
 * one team re-renders one node, and it subscribes to nothing of React Flow's, so a drag or a zoom
 * re-renders no card but the dragged one. It draws the handles toFlow chose (`data.handles`): the
 * two visible ones and the hidden ones its handoffs use. On a large model zoomed out the canvas's
 * `is-coarse` class hides the roles line (levelOfDetail.ts).
 */
function TeamNodeView({ id, selected, data }: NodeProps<TeamFlowNode>) {
  const team = useDoc((s) => teamById(s.doc.teams).get(id));
  const mark = useLintMark('team', id);
  const change = useTeamChange(id);
  if (!team) return null;
  const roles = team.roles?.join(' · ') ?? '';
  const after = data.after;
  const status = after ? ` is-${after.status}${after.critical ? ' is-critical' : ''}` : '';
  return (
    <div className={`team-node layer-${data.layer}${selected ? ' is-selected' : ''}${status}${change ? ` is-${change}-since` : ''}`} title={team.name}>
      {mark && <LintMark severity={mark} />}
      <div className={nameNeedsClamp(team.name) ? 'team-name is-long' : 'team-name'}>{team.name}</div>
      <div className="team-meta">
        {after ? (
          <AfterFigure before={after.before} after={after.after} />
        ) : (
          <span className="team-headcount-badge" role="img" aria-label={`${team.headcount} ${peopleWord(team.headcount)}`}>
            <span data-testid="team-headcount">{team.headcount}</span>
            <span className="team-headcount-unit">{` ${peopleWord(team.headcount)}`}</span>
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
      {data.handles.map((h) => (
        <TeamHandle key={h.id} handle={h} />
      ))}
    </div>
  );
}

/** A visible handle, or a hidden one an edge leaves or enters by. */
function TeamHandle({ handle }: { handle: NodeHandle }) {
  const shown = (VISIBLE_HANDLES as readonly (string | null | undefined)[]).includes(handle.id);
  return (
    <Handle
      id={handle.id ?? undefined}
      type={handle.type}
      position={handle.position}
      className={shown ? 'team-handle' : 'team-handle is-hidden'}
      title={shown && handle.type === 'source' ? 'Drag to another team to connect a handoff' : undefined}
    />
  );
}

/** People before → after; a click on it selects the team like a click on the card (explained). */
function AfterFigure({ before, after }: { before: number; after: number }) {
  return (
    <span className="team-headcount-badge is-after" role="img" aria-label={`${before} → ${after} ${peopleWord(after)}`} data-testid="team-after">
      <span data-testid="team-headcount-before">{before}</span>
      <span className="team-arrow"> → </span>
      <b data-testid="team-headcount-after">{after}</b>
    </span>
  );
}

export const TeamNode = memo(TeamNodeView);
