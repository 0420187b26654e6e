import { CommandRegistry, type AnyCommand } from './registry';
import { addTeam, updateTeam } from './teamCommands';
import { updateHandoff } from './handoffCommands';
import { deleteSelection, nudgeSelection, selectAll } from './selectionCommands';
import { copySelection, duplicateSelection, paste } from './clipboardCommands';
import { redo, undo } from './historyCommands';
import { newDocument, updateDocumentSettings, updateInitiative, updateScenario, updateTitle } from './documentCommands';
import { showShortcuts } from './viewCommands';
import { SCENARIO_COMMANDS } from './scenarioCommands';

export * from './registry';

/** The editor's own commands, in the order the shortcuts sheet lists them. */
export const EDITOR_COMMANDS: AnyCommand[] = [
  addTeam,
  updateTeam,
  updateHandoff,
  deleteSelection,
  copySelection,
  paste,
  duplicateSelection,
  selectAll,
  nudgeSelection,
  undo,
  redo,
  newDocument,
  updateTitle,
  updateInitiative,
  updateDocumentSettings,
  updateScenario,
  showShortcuts,
  ...SCENARIO_COMMANDS,
];

// The canvas commands live in a module another part of the editor provides; an eager glob keeps this
// file compiling and running whether or not that module exists yet.
const canvasModules = import.meta.glob<Record<string, unknown>>('./canvasCommands.ts', { eager: true });

const isCommand = (v: unknown): v is AnyCommand =>
  typeof v === 'object' && v !== null && typeof (v as AnyCommand).id === 'string' && typeof (v as AnyCommand).run === 'function';

/** Every command `canvasCommands.ts` exports, singly or as arrays. */
function canvasCommands(): AnyCommand[] {
  const found = new Map<string, AnyCommand>();
  for (const mod of Object.values(canvasModules)) {
    for (const value of Object.values(mod)) {
      for (const c of Array.isArray(value) ? value : [value]) if (isCommand(c)) found.set(c.id, c);
    }
  }
  return [...found.values()];
}

/**
 * One registry with every command of the editor; it throws if two commands claim one key.
 * @example const registry = createRegistry(); registry.run('history.undo', stores);
 */
export function createRegistry(): CommandRegistry {
  return new CommandRegistry().register(...EDITOR_COMMANDS, ...canvasCommands());
}
