import { createContext, useContext, type ReactNode } from 'react';
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
