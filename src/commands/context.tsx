import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useStores } from '../store/context';
import type { CommandRegistry } from './registry';
import { createRegistry } from './index';

/** The app's registry; the shell provides it (src/app re-exports this context). */
export const RegistryContext = createContext<CommandRegistry | null>(null);

let fallback: CommandRegistry | null = null;

/** Gives panels the app's registry; tests may pass their own. */
export function RegistryProvider({ registry, children }: { registry: CommandRegistry; children: ReactNode }) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** The registry of the nearest provider, or one shared default so a panel works on its own. */
export function useRegistry(): CommandRegistry {
  const provided = useContext(RegistryContext);
  if (provided) return provided;
  fallback ??= createRegistry();
  return fallback;
}

/**
 * Runs and asks about registry commands on the nearest stores: every panel edit goes through a named command.
 * @example const { run } = useCommand(); run('team.update', { id, patch: { headcount: 4 } })
 */
export function useCommand() {
  const stores = useStores();
  const registry = useRegistry();
  const run = useCallback((id: string, args?: unknown) => registry.run(id, stores, args), [registry, stores]);
  const can = useCallback((id: string, args?: unknown) => registry.canRun(id, stores, args), [registry, stores]);
  return { run, can, stores, registry };
}
