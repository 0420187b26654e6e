import type { CommandId, CommandRegistry, KeyScope } from './registry';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');

// Modifiers in the order each platform writes them: Ctrl+Shift+Z elsewhere, ⌃⌥⇧⌘ on a Mac.
const ORDER = isMac ? ['Ctrl', 'Alt', 'Shift', 'Mod'] : ['Mod', 'Ctrl', 'Alt', 'Shift'];
const NAMES: Record<string, string> = isMac
  ? { Mod: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥' }
  : { Mod: 'Ctrl', Ctrl: 'Ctrl', Shift: 'Shift', Alt: 'Alt' };
const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

/**
 * A registry shortcut as this keyboard writes it.
 * @example keyLabel('Shift+Mod+Z') // 'Ctrl+Shift+Z' (⇧⌘Z on a Mac)
 */
export function keyLabel(shortcut: string): string {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const mods = parts.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).map((m) => NAMES[m] ?? m);
  return [...mods, ARROWS[key] ?? (key.length === 1 ? key.toUpperCase() : key)].join(isMac ? '' : '+');
}

/**
 * A control's tooltip with the command's first key, read from the registry, so a tooltip can never
 * name a key the command does not answer to.
 * @example withKey(registry, 'view.fit', 'Fit the whole model to the screen') // '… screen (Shift+F)'
 */
export function withKey(registry: CommandRegistry, id: CommandId, text: string): string {
  const key = registry.get(id)?.shortcuts?.[0];
  return key ? `${text} (${keyLabel(key)})` : text;
}

const firstKey = (keys: string[]) => (keys.every((k) => /^[0-9]$/.test(k)) ? '0–9' : keyLabel(keys[0]));

/**
 * The keys of a scope's commands for a tooltip, read from the registry: each command's first key and
 * its label, e.g. "→ next step; ← previous step; …; Escape leave the presentation". Digits read 0–9.
 */
export function scopeKeys(registry: CommandRegistry, scope: KeyScope): string {
  return registry
    .inScope(scope)
    .filter((c) => c.shortcuts?.length)
    .map((c) => `${firstKey(c.shortcuts!)} ${c.label[0].toLowerCase()}${c.label.slice(1)}`)
    .join('; ');
}
