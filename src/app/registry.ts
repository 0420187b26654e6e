import { createRegistry } from '../commands';
import type { CommandRegistry } from '../commands/registry';
import { editSelectionCommand } from './editSelection';
import { PRESENT_COMMANDS } from '../present/presentCommands';
import { FILE_COMMANDS } from '../commands/fileCommands';

/**
 * The app's one command registry: the editor's commands (src/commands/index.ts), the canvas's, the
 * files' (src/commands/fileCommands.ts), presenting, and the shell's own (Enter edits the selection), so toolbar, menus and shortcuts share
 * it and a key claimed twice fails at start-up.
 * @example createAppRegistry().run('view.fit', stores)
 */
export function createAppRegistry(): CommandRegistry {
  const registry = createRegistry();
  return registry.register(editSelectionCommand((stores) => registry.run('view.toggleInspector', stores)), ...PRESENT_COMMANDS, ...FILE_COMMANDS);
}

// One context for every panel: the palette and inspector read the same registry as the shell.
export { RegistryContext, useRegistry } from '../ui/registry';
