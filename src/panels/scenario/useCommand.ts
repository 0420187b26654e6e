import { useCallback } from 'react';
import { useStores } from '../../store/context';
import { useRegistry } from '../../commands/context';

/** Runs a registry command: every scenario edit goes through a named command. */
export function useCommand() {
  const stores = useStores();
  const registry = useRegistry();
  const run = useCallback((id: string, args?: unknown) => registry.run(id, stores, args), [registry, stores]);
  const can = useCallback((id: string, args?: unknown) => registry.canRun(id, stores, args), [registry, stores]);
  return { run, can, stores };
}

/** A share as a percentage for reading aloud and on screen: 0.95 → "95%". */
export const percent = (v: number) => `${Math.round(v * 100)}%`;
