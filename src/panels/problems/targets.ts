import type { Finding } from '../../lint';
import type { FivefoldDocument } from '../../model';
import { layerName } from '../../model/names';

/**
 * What a finding's target is called in an undo label ("Ignore big-team on Engineering") and which
 * canvas nodes show it: a team's card, a handoff's two cards, a layer's lane.
 * @example findingTarget(ott, e09Finding) // { name: 'Engineering → Revenue ops', nodes: ['eng', 'revops'], teams: [], handoffs: ['e09'] }
 */
export function findingTarget(doc: FivefoldDocument, f: Finding): { name: string; nodes: string[]; teams: string[]; handoffs: string[] } {
  const { kind, id } = f.target;
  const team = (tid: string) => doc.teams.find((t) => t.id === tid)?.name ?? tid;
  if (kind === 'team') return { name: team(id), nodes: [id], teams: [id], handoffs: [] };
  if (kind === 'handoff') {
    const h = doc.handoffs.find((x) => x.id === id);
    return h ? { name: `${team(h.from)} → ${team(h.to)}`, nodes: [h.from, h.to], teams: [], handoffs: [id] } : { name: id, nodes: [], teams: [], handoffs: [] };
  }
  if (kind === 'layer') return { name: layerName(doc, id as Parameters<typeof layerName>[1]), nodes: [`lane-${id}`], teams: [], handoffs: [] };
  return { name: 'the model', nodes: [], teams: [], handoffs: [] };
}
