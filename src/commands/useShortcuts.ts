import { useEffect } from 'react';
import type { CommandRegistry } from './registry';
import { useStores } from '../store/context';

/** Keys typed into a text field belong to the field (Backspace deletes a character, not a team). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/**
 * Dispatches key presses anywhere in the page to the registry's commands.
 * @example function App() { useShortcuts(registry); … }
 */
export function useShortcuts(registry: CommandRegistry, target: Window | HTMLElement | null = typeof window === 'undefined' ? null : window): void {
  const stores = useStores();
  useEffect(() => {
    if (!target) return;
    const onKey = (e: Event) => {
      const ke = e as KeyboardEvent;
      if (ke.defaultPrevented || ke.isComposing || isTextEntry(ke.target)) return;
      // A dialog (the shortcuts sheet, a confirmation) owns the keyboard while it is open.
      if (ke.target instanceof Element && ke.target.closest('dialog')) return;
      const command = registry.forEvent(ke);
      if (!command) return;
      const args = command.keyArgs?.(ke);
      const ran = registry.run(command.id, stores, args);
      // A Mod chord is ours even when it cannot run now (Mod+A must never select the page's text);
      // a plain key that did nothing (an arrow with no selection) stays with the browser.
      if (ran || ke.ctrlKey || ke.metaKey) ke.preventDefault();
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [registry, stores, target]);
}
