import type { Rule } from '../types';

/** Brooks; Team Topologies: teams of 7–9 people at most. */
export const BIG_TEAM_ABOVE = 9;

/** `big-team`: a team of more than nine spends more of its time aligning people than doing work. */
export const bigTeam: Rule = {
  id: 'big-team',
  defaultLevel: 'warning',
  check(ctx) {
    return ctx.doc.teams
      .filter((t) => t.headcount > BIG_TEAM_ABOVE)
      .map((t) => ({
        message: `${t.name} has ${t.headcount} people, more than ${BIG_TEAM_ABOVE}: its coordination grows with every pair (Brooks; Team Topologies).`,
        ...ctx.teamTarget(t.id),
      }));
  },
};
