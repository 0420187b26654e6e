import { CommandRegistry, type AnyCommand } from './registry';
import { addTeam, updateTeam } from './teamCommands';
import { addHandoff, updateHandoff } from './handoffCommands';
import { deleteSelection, nudgeSelection, selectAll } from './selectionCommands';
import { copySelection, duplicateSelection, paste } from './clipboardCommands';
import { redo, undo } from './historyCommands';
import { newDocument, updateDocumentSettings, updateInitiative, updateScenario, updateTitle } from './documentCommands';
import { VIEW_COMMANDS } from './viewCommands';
import { SCENARIO_COMMANDS } from './scenarioCommands';
import { RANGE_COMMANDS } from './rangeCommands';
import { canvasCommands } from './canvasCommands';
import { STORY_COMMANDS } from './storyCommands';
import { LINT_COMMANDS } from './lintCommands';

export * from './registry';

/** The editor's own commands, in the order the shortcuts sheet lists them. */
export const EDITOR_COMMANDS: AnyCommand[] = [
  addTeam,
  updateTeam,
  updateHandoff,
  addHandoff,
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
  ...VIEW_COMMANDS,
  ...SCENARIO_COMMANDS,
  ...RANGE_COMMANDS,
  ...STORY_COMMANDS,
  ...LINT_COMMANDS,
];

/**
 * One registry with every command of the editor; it throws if two commands claim one key.
 * @example const registry = createRegistry(); registry.run('history.undo', stores);
 */
export function createRegistry(): CommandRegistry {
  return new CommandRegistry().register(...EDITOR_COMMANDS, ...canvasCommands);
}
