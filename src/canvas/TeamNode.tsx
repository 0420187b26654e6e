import { memo, useEffect, useRef } from 'react';
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { useCoarseDetail, useCoarseHandles } from './levelOfDetail';
import { useDoc } from '../store/context';
import { teamById } from './teamIndex';
import type { TeamFlowNode } from './toFlow';

const SIDES = [
  ['left', Position.Left],
  ['right', Position.Right],
  ['top', Position.Top],
  ['bottom', Position.Bottom],
] as const;

/** The two handles a card always shows: work comes in on the left and leaves on the right. */
const ALWAYS_SHOWN = ['in-left', 'out-right'];

/**
 * One team: name, headcount and roles, all as plain text. It reads only its own record, so editing
 * one team re-renders one node. On a large model zoomed out (levelOfDetail.ts) it drops the roles
 * line and every handle no handoff uses.
 */
function TeamNodeView({ id, selected, data }: NodeProps<TeamFlowNode>) {
  const team = useDoc((s) => teamById(s.doc.teams).get(id));
  const coarse = useCoarseDetail();
  const used = useCoarseHandles(id, coarse);
  useRemeasureWhileCoarse(id, coarse, used);
  if (!team) return null;
  const shows = (handle: string) => !coarse || ALWAYS_SHOWN.includes(handle) || used.split(' ').includes(handle);
  const roles = team.roles?.join(' · ') ?? '';
  const after = data.after;
  const status = after ? ` is-${after.status}${after.critical ? ' is-critical' : ''}` : '';
  return (
    <div className={`team-node layer-${team.layer}${selected ? ' is-selected' : ''}${coarse ? ' is-coarse' : ''}${status}`} title={team.name}>
      {SIDES.filter(([side]) => shows(`in-${side}`)).map(([side, position]) => (
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
      ) : roles && !coarse && (
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

/**
 * React Flow finds an edge's ends among the handles it measured on the card. Crossing the zoom
 * threshold re-measures every card at once (Canvas's useRemeasureOnDetailChange); this covers a
 * coarse card whose handoffs come to use another handle, e.g. a new handoff drawn from far away.
 */
function useRemeasureWhileCoarse(id: string, coarse: boolean, used: string) {
  const updateNodeInternals = useUpdateNodeInternals();
  const last = useRef({ coarse, used });
  useEffect(() => {
    const before = last.current;
    last.current = { coarse, used };
    if (coarse && before.coarse && before.used !== used) updateNodeInternals(id);
  }, [coarse, used, id, updateNodeInternals]);
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
