import { useCallback } from 'react';
import { useStores } from '../../store/context';
import { useRegistry } from '../../commands/context';

/** Runs a registry command with arguments: every inspector edit goes through the command registry. */
export function useRun() {
  const stores = useStores();
  const registry = useRegistry();
  return useCallback((id: string, args?: unknown) => registry.run(id, stores, args), [registry, stores]);
}

export const num = (n: number | undefined) => (n === undefined ? '' : String(n));
