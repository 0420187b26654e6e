import type { Command } from './registry';
import { pruneSelection } from '../store/selection';
import { redoLabel, undoLabel } from '../store/documentStore';

declare module './registry' {
  interface CommandArgs {
    'history.undo': void;
    'history.redo': void;
  }
}

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
