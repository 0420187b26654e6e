import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useStores } from '../store/context';
import type { CommandArgs, CommandId, CommandRegistry } from '../commands/registry';

/** The app's registry; the shell provides it (createAppRegistry), a test its own. */
export const RegistryContext = createContext<CommandRegistry | null>(null);

/** Gives panels the app's registry; tests may pass their own. */
export function RegistryProvider({ registry, children }: { registry: CommandRegistry; children: ReactNode }) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/**
 * The registry of the nearest provider. There is no hidden default: a panel rendered without one is
 * a wiring mistake, said at once rather than run against a second registry nobody else sees.
 */
export function useRegistry(): CommandRegistry {
  const provided = useContext(RegistryContext);
  if (!provided) throw new Error('useRegistry: no RegistryProvider above this component (the shell provides one; a test passes its own)');
  return provided;
}

/**
 * Runs and asks about registry commands on the nearest stores: every panel edit goes through a named command.
 * @example const { run } = useCommand(); run('team.update', { id, patch: { headcount: 4 } })
 */
export function useCommand() {
  const stores = useStores();
  const registry = useRegistry();
  const run = useCallback(<K extends CommandId>(id: K, args?: CommandArgs[K]) => registry.run(id, stores, args), [registry, stores]);
  const can = useCallback(<K extends CommandId>(id: K, args?: CommandArgs[K]) => registry.canRun(id, stores, args), [registry, stores]);
  return { run, can, stores, registry };
}
