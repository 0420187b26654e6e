import type { Rule } from '../types';

/** `orphan-team`: a team no handoff touches takes no part in the initiative's flow. */
export const orphanTeam: Rule = {
  id: 'orphan-team',
  defaultLevel: 'warning',
  check(ctx) {
    const { teams, handoffs } = ctx.doc;
    if (teams.length < 2) return [];
    const touched = new Set<string>();
    for (const h of handoffs) {
      touched.add(h.from);
      touched.add(h.to);
    }
    return teams
      .filter((t) => !touched.has(t.id))
      .map((t) => ({ message: `${t.name} has no handoff to or from any other team: it takes no part in the flow.`, ...ctx.teamTarget(t.id) }));
  },
};
