import { createRegistry } from '../commands';
import type { CommandRegistry } from '../commands/registry';

/**
 * The app's one command registry: the editor's commands (src/commands/index.ts) and the canvas's,
 * so toolbar, menus and shortcuts share it and a key claimed twice fails at start-up.
 * @example createAppRegistry().run('view.fit', stores)
 */
export function createAppRegistry(): CommandRegistry {
  return createRegistry();
}

// One context for every panel: the palette and inspector read the same registry as the shell.
export { RegistryContext, useRegistry } from '../commands/context';
