import type { CommandRegistry } from '../commands/registry';
import { useShortcuts } from './useShortcuts';

/**
 * Mounts the registry's key bindings for the whole page; renders nothing.
 * @example <StoresProvider stores={stores}><KeyboardShortcuts registry={registry} />…</StoresProvider>
 */
export function KeyboardShortcuts({ registry }: { registry: CommandRegistry }) {
  useShortcuts(registry);
  return null;
}
