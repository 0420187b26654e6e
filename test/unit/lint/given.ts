// Documents for the lint tests: hand-made, checked by the real parser, with names unlike their ids.
import { readFileSync } from 'node:fs';
import { parseText, type FivefoldDocument } from '../../../src/model';
import { build, scenario, team as simTeam, work } from '../sim/build';

export { scenario, work };

/** A team whose name differs from its id, so a message that names teams by id is caught. */
export const team = (id: string, layer: string, headcount = 2, processDays = 2) => ({ ...simTeam(id, layer, headcount, processDays), name: `Name of ${id}` });

export const feedback = (id: string, from: string, to: string) => ({ ...work(id, from, to, 1, 1), kind: 'feedback' });

/** A document from teams and handoffs; the scenario adopts nothing unless given. */
export function doc(teams: unknown[], handoffs: unknown[], s: ReturnType<typeof scenario> = scenario({ adoption: [0] })): FivefoldDocument {
  return build(teams, handoffs, s);
}

export function ott(): FivefoldDocument {
  const parsed = parseText(readFileSync(new URL('../../../examples/ott-churn.fivefold.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the OTT example must be valid');
  return parsed.doc;
}
