import { LAYER_IDS, type FivefoldDocument, type LayerId, type Team } from '../model/schema';
import { layerName } from '../model/names';
import { baselineFlow, simulate, type BaselineFlow } from '../sim';
import type { Result } from '../sim/types';
import type { LintContext } from './types';

/** Indexes the document once for every rule; simulations run only when a rule asks, and once. */
export function lintContext(doc: FivefoldDocument, knownBaseline?: Result): LintContext {
  const teamIndex = new Map(doc.teams.map((t, i) => [t.id, i]));
  const handoffIndex = new Map(doc.handoffs.map((h, i) => [h.id, i]));
  const teamsByLayer = Object.fromEntries(LAYER_IDS.map((l) => [l, [] as Team[]])) as Record<LayerId, Team[]>;
  for (const t of doc.teams) teamsByLayer[t.layer].push(t);
  let base: BaselineFlow | null = knownBaseline ?? null;
  const last = new Map<string, Result>();
  return {
    doc,
    teamIndex,
    handoffIndex,
    teamsByLayer,
    workHandoffs: doc.handoffs.filter((h) => h.kind === 'work'),
    name: (id) => {
      const i = teamIndex.get(id);
      return i === undefined ? id : doc.teams[i].name;
    },
    layerName: (layer) => layerName(doc, layer),
    teamTarget: (id) => ({ target: { kind: 'team', id }, path: `teams[${teamIndex.get(id)}]` }),
    handoffTarget: (id) => ({ target: { kind: 'handoff', id }, path: `handoffs[${handoffIndex.get(id)}]` }),
    baselineFlow: () => (base ??= baselineFlow(doc)),
    lastQuarter(id) {
      let r = last.get(id);
      if (!r) {
        const s = doc.scenarios.find((x) => x.id === id)!;
        last.set(id, (r = simulate(doc, s, s.adoption.length - 1)));
      }
      return r;
    },
  };
}
