import { peopleWord } from '../../readout/format';
import type { RawFinding, Rule } from '../types';

/** Merged groups of at least this many teams, left with one person, are flagged. */
export const SPOF_MIN_TEAMS = 3;

/**
 * `single-point-of-failure`: compression can fold three or more teams into one person; the scenario's
 * figure looks best exactly where one absence stops all their work. One finding per scenario and group.
 */
export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  defaultLevel: 'warning',
  simulates: true,
  check(ctx) {
    const findings: RawFinding[] = [];
    for (const s of ctx.doc.scenarios) {
      const result = ctx.lastQuarter(s.id);
      for (const g of result.groups) {
        if (g.members.length < SPOF_MIN_TEAMS || g.headcount !== 1) continue;
        const others = g.members.filter((m) => m !== g.owner).map(ctx.name);
        const names = [ctx.name(g.owner), ...others];
        const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
        findings.push({
          message: `In “${s.name}” at Q${result.quarter}, ${list} merge into one group of ${g.headcount} ${peopleWord(g.headcount)}: one absence stops the work of all ${names.length}.`,
          ...ctx.teamTarget(g.owner),
          scenario: s.id,
        });
      }
    }
    return findings;
  },
};
