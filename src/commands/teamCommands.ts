import { followStory } from '../model/story';
import type { Command } from './registry';
import type { Stores } from '../store/context';
import type { LayerId, Team } from '../model';
import { blankTeam, findTemplate, type TeamTemplate } from '../model/catalogue';
import { followRename, patchRecord, uniqueId } from './ids';
import type { Recipe } from '../store/documentStore';

declare module './registry' {
  interface CommandArgs {
    'team.add': AddTeamArgs | undefined;
    'team.update': UpdateTeamArgs;
  }
}

/** Horizontal room a team takes in its lane when a new one is placed after it. */
export const TEAM_SPACING_X = 240;

export interface AddTeamArgs {
  /** A catalogue template or its key; a blank team of `layer` when absent. */
  template?: TeamTemplate | string;
  layer?: LayerId;
  /** Where it was dropped; otherwise after the last team of its lane. */
  position?: { x: number; y: number };
}

/** The new team's place: after the rightmost positioned team of its lane, or none (the canvas lays it out). */
function placeInLane(teams: readonly Team[], layer: LayerId): Team['position'] {
  const placed = teams.filter((t) => t.layer === layer && t.position);
  if (!placed.length) return undefined;
  const last = placed.reduce((a, b) => (b.position!.x > a.position!.x ? b : a));
  return { x: last.position!.x + TEAM_SPACING_X, y: last.position!.y };
}

function resolveTemplate(stores: Stores, args: AddTeamArgs | undefined): TeamTemplate {
  const t = typeof args?.template === 'string' ? findTemplate(args.template) : args?.template;
  if (t) return t;
  // With no layer given, a new team joins the layer of the first selected team: "another one like this".
  const { doc } = stores.document.getState();
  const selected = doc.teams.find((x) => x.id === stores.ui.getState().selection.teams[0]);
  return blankTeam(args?.layer ?? selected?.layer ?? 'strategy');
}

/**
 * `team.add`: one team from the catalogue (or blank) with a new unique id, placed in its lane and selected.
 * @example registry.run('team.add', stores, { template: 'build.qa' })
 */
export const addTeam: Command<AddTeamArgs | undefined> = {
  id: 'team.add',
  label: 'Add team',
  group: 'Edit',
  run(stores, args) {
    const t = resolveTemplate(stores, args);
    const layer = args?.layer ?? t.layer;
    const { doc } = stores.document.getState();
    const id = uniqueId(t.blank ? `${layer}-team` : t.name, new Set(doc.teams.map((x) => x.id)));
    const team: Team = {
      id,
      name: t.name,
      layer,
      headcount: t.headcount,
      costPerFte: t.costPerFte,
      processDays: t.processDays,
      mix: { ...t.mix },
      ...(t.roles.length ? { roles: [...t.roles] } : {}),
    };
    const position = args?.position ?? placeInLane(doc.teams, layer);
    if (position) team.position = { x: position.x, y: position.y };
    stores.document.getState().commit(`Add team ${t.name}`, (d) => {
      d.teams.push(team);
    });
    stores.ui.getState().select({ teams: [id] });
  },
};

export interface UpdateTeamArgs {
  id: string;
  /** Changed fields; `undefined` removes an optional field. A new `id` is carried into the handoffs. */
  patch: Partial<Team>;
  /** The undo label, e.g. "Change headcount of QA". */
  label?: string;
}

/** What `team.update` does to the document: a new id is carried into the handoffs. */
function updateTeamRecipe(id: string, patch: Partial<Team>): Recipe {
  const renamed = patch.id !== undefined && patch.id !== id ? patch.id : null;
  return (d) => {
    if (patchRecord(d.teams, id, patch) && renamed) {
      for (const h of d.handoffs) {
        if (h.from === id) h.from = renamed;
        if (h.to === id) h.to = renamed;
      }
      followStory(d, { teams: { renamed: new Map([[id, renamed]]) } });
    }
  };
}

/**
 * `team.update`: changes fields of one team as one undo step.
 * @example registry.run('team.update', stores, { id: 'qa', patch: { headcount: 2 } })
 */
export const updateTeam: Command<UpdateTeamArgs> = {
  id: 'team.update',
  label: 'Edit team',
  group: 'Edit',
  canRun: (stores, args) => !!args && stores.document.getState().doc.teams.some((t) => t.id === args.id),
  run(stores, { id, patch, label }) {
    const renamed = patch.id !== undefined && patch.id !== id ? patch.id : null;
    stores.document.getState().commit(label ?? 'Edit team', updateTeamRecipe(id, patch));
    if (renamed) followRename(stores, 'teams', id, renamed);
  },
};
