import type { Command } from './registry';

/** The id of the shortcuts sheet in the UI store's `openPanel`. */
export const SHORTCUTS_PANEL = 'shortcuts';

/** `shortcuts.show`: opens the sheet listing every command and its keys. */
export const showShortcuts: Command = {
  id: 'shortcuts.show',
  label: 'Show keyboard shortcuts',
  group: 'Help',
  shortcuts: ['?'],
  run(stores) {
    stores.ui.getState().setOpenPanel(SHORTCUTS_PANEL);
  },
};

