/**
 * Asking to edit opens the inspector: Enter on a selected team or handoff, a double-click on one, or
 * a link to a field (an explanation's parameter). Below 1440 px both side panels start collapsed so
 * the canvas reads at 12.5 px on a projector; these keep the inspector one gesture away.
 */
import type { Command } from '../commands/registry';
import { isSidePanelOpen } from '../commands/canvasCommands';
import type { Stores } from '../store/context';

declare module '../commands/registry' {
  interface CommandArgs {
    'selection.edit': void;
  }
}

/** Focus on one of these means Enter belongs to it (a button clicks, a menu item chooses). */
const OWNS_ENTER = 'button, a[href], summary, input, select, textarea, [role="menuitem"], [role="tab"], [role="option"], dialog, [contenteditable="true"]';

/** Whether Enter, with focus where it is now, should mean "edit the selection". */
function enterMeansEdit(): boolean {
  if (typeof document === 'undefined') return true;
  const el = document.activeElement;
  if (!el || el === document.body) return true;
  if (el.closest(OWNS_ENTER)) return false;
  return el.closest('.react-flow') !== null;
}

/**
 * Opens the inspector if it is collapsed (through its registered toggle, which refits the canvas to
 * the room left).
 * @example openInspector(stores, (id) => registry.run(id, stores))
 */
export function openInspector(stores: Stores, run: (commandId: 'view.toggleInspector') => void): void {
  if (!isSidePanelOpen(stores, 'inspector')) run('view.toggleInspector');
}

/** The field a person most likely came to change: a team's name, a handoff's artifact. */
export function firstFieldOf(stores: Stores): string | null {
  const { teams, handoffs } = stores.ui.getState().selection;
  const doc = stores.document.getState().doc;
  if (teams.length === 1 && handoffs.length === 0) {
    const i = doc.teams.findIndex((t) => t.id === teams[0]);
    return i < 0 ? null : `teams[${i}].name`;
  }
  if (handoffs.length === 1 && teams.length === 0) {
    const i = doc.handoffs.findIndex((h) => h.id === handoffs[0]);
    return i < 0 ? null : `handoffs[${i}].artifact`;
  }
  return null;
}

/**
 * `selection.edit` (Enter): opens the inspector on the selection and puts the cursor in its first
 * field. `toggleInspector` runs the registry's own toggle, so this command needs no React.
 * @example registry.register(editSelectionCommand((stores) => registry.run('view.toggleInspector', stores)))
 */
export function editSelectionCommand(toggleInspector: (stores: Stores) => void): Command {
  return {
    id: 'selection.edit',
    label: 'Edit the selection in the inspector (or double-click it)',
    group: 'Canvas',
    shortcuts: ['Enter'],
    canRun: (stores) => {
      const { teams, handoffs } = stores.ui.getState().selection;
      return teams.length + handoffs.length > 0 && enterMeansEdit();
    },
    run: (stores) => {
      openInspector(stores, () => toggleInspector(stores));
      const path = firstFieldOf(stores);
      if (path) stores.ui.getState().requestFocus(path);
    },
  };
}
