import type { Stores } from './context';

/**
 * Drops from the selection what the document no longer holds, after the document changed under it
 * (undo, redo, another tab's version loaded): the inspector must not show a ghost. A selection that
 * is still whole is left as it is (same object).
 * @example stores.document.getState().undo(); pruneSelection(stores);
 */
export function pruneSelection(stores: Stores): void {
  const { doc } = stores.document.getState();
  const ui = stores.ui.getState();
  const teams = new Set(doc.teams.map((t) => t.id));
  const handoffs = new Set(doc.handoffs.map((h) => h.id));
  const { selection } = ui;
  const keptTeams = selection.teams.filter((id) => teams.has(id));
  const keptHandoffs = selection.handoffs.filter((id) => handoffs.has(id));
  if (keptTeams.length !== selection.teams.length || keptHandoffs.length !== selection.handoffs.length) {
    ui.select({ teams: keptTeams, handoffs: keptHandoffs });
  }
}
