import type { Command } from './registry';
import type { Handoff } from '../model';
import { followRename, patchRecord } from './ids';
import type { Recipe } from '../store/documentStore';
import { connectHandoff } from './canvasCommands';

declare module './registry' {
  interface CommandArgs {
    'handoff.update': UpdateHandoffArgs;
    'handoff.add': AddHandoffArgs;
  }
}

export interface UpdateHandoffArgs {
  id: string;
  patch: Partial<Handoff>;
  label?: string;
}

/** What `handoff.update` does to the document. */
const updateHandoffRecipe =
  (id: string, patch: Partial<Handoff>): Recipe =>
  (d) => {
    patchRecord(d.handoffs, id, patch);
  };

/**
 * `handoff.update`: changes fields of one handoff (artifact, wait, %C&A, kind, ends) as one undo step.
 * @example registry.run('handoff.update', stores, { id: 'e04', patch: { waitDays: 3 } })
 */
export const updateHandoff: Command<UpdateHandoffArgs> = {
  id: 'handoff.update',
  label: 'Edit handoff',
  group: 'Edit',
  canRun: (stores, args) => !!args && stores.document.getState().doc.handoffs.some((h) => h.id === args.id),
  run(stores, { id, patch, label }) {
    stores.document.getState().commit(label ?? 'Edit handoff', updateHandoffRecipe(id, patch));
    if (patch.id !== undefined && patch.id !== id) followRename(stores, 'handoffs', id, patch.id);
  },
};

export interface AddHandoffArgs {
  from: string;
  to: string;
}

/**
 * `handoff.add`: connects two teams without a pointer (the inspector's "Add handoff"), with the same
 * refusals and defaults as dragging a connection on the canvas.
 * @example registry.run('handoff.add', stores, { from: 'prod', to: 'qa' })
 */
export const addHandoff: Command<AddHandoffArgs> = {
  id: 'handoff.add',
  label: 'Add handoff',
  group: 'Edit',
  canRun: (stores, args) => {
    const teams = stores.document.getState().doc.teams;
    return !!args && teams.some((t) => t.id === args.from) && teams.some((t) => t.id === args.to);
  },
  run(stores, { from, to }) {
    connectHandoff(stores, from, to);
  },
};
