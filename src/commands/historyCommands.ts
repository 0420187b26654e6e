import type { Command } from './registry';
import type { Stores } from '../store/context';
import { redoLabel, undoLabel } from '../store/documentStore';

/** `history.undo`: steps back one labelled edit. */
export const undo: Command = {
  id: 'history.undo',
  label: 'Undo',
  group: 'History',
  shortcuts: ['Mod+Z'],
  canRun: (stores) => undoLabel(stores.document.getState()) !== null,
  run(stores) {
    stores.document.getState().undo();
    pruneSelection(stores);
  },
};

/** `history.redo`: repeats the edit last undone. */
export const redo: Command = {
  id: 'history.redo',
  label: 'Redo',
  group: 'History',
  shortcuts: ['Shift+Mod+Z', 'Ctrl+Y'],
  canRun: (stores) => redoLabel(stores.document.getState()) !== null,
  run(stores) {
    stores.document.getState().redo();
    pruneSelection(stores);
  },
};

/** After undo or redo a selected record may no longer exist; the inspector must not show a ghost. */
function pruneSelection(stores: Stores) {
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
