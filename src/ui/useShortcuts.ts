import { useEffect } from 'react';
import type { CommandRegistry } from '../commands/registry';
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
 * Controls that move with arrow keys themselves (a slider, radio buttons, tabs, a menu): there an
 * arrow belongs to the control, not to the nudge of the selected teams.
 */
export function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement && (target.type === 'range' || target.type === 'radio')) return true;
  return !!target.closest('[role=slider], [role=tablist], [role=menu], [role=listbox], [role=radiogroup]');
}

/**
 * Dispatches key presses anywhere in the page to the registry's commands.
 * @example function App() { useShortcuts(registry); … }
 */
export function useShortcuts(registry: CommandRegistry, target: Window | HTMLElement | null = typeof window === 'undefined' ? null : window): void {
  const stores = useStores();
  useEffect(() => {
    if (!target) return;
    /** Runs the command a key stands for; returns whether one ran. */
    const handle = (e: Event): boolean => {
      const ke = e as KeyboardEvent;
      if (ke.defaultPrevented || ke.isComposing || isTextEntry(ke.target)) return false;
      if (ke.key.startsWith('Arrow') && ownsArrowKeys(ke.target)) return false;
      // A dialog (the shortcuts sheet, a confirmation) owns the keyboard while it is open.
      if (ke.target instanceof Element && ke.target.closest('dialog')) return false;
      const command = registry.forEvent(ke);
      if (!command) return false;
      const args = command.keyArgs?.(ke);
      const ran = registry.run(command.id, stores, args);
      // A Mod chord is ours even when it cannot run now (Mod+A must never select the page's text);
      // a plain key that did nothing (an arrow with no selection) stays with the browser.
      if (ran || ke.ctrlKey || ke.metaKey) ke.preventDefault();
      return ran;
    };
    const onKey = (e: Event) => void handle(e);
    // A focused canvas node (clicked or tabbed to) handles arrow keys itself in React Flow: it moves
    // the node outside the document and its history and stops the key. There the registry hears an
    // arrow key first, and one it used goes no further. Other keys (Enter selects) stay React Flow's.
    const onNodeKey = (e: Event) => {
      const onNode = e.target instanceof Element && e.target.closest('.react-flow__node');
      if (onNode && (e as KeyboardEvent).key.startsWith('Arrow') && handle(e)) e.stopPropagation();
    };
    target.addEventListener('keydown', onNodeKey, true);
    target.addEventListener('keydown', onKey);
    return () => {
      target.removeEventListener('keydown', onNodeKey, true);
      target.removeEventListener('keydown', onKey);
    };
  }, [registry, stores, target]);
}
