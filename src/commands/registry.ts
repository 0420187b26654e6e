import type { Stores } from '../store/context';

/**
 * A named action: toolbar buttons, menus, context menus and keyboard shortcuts all run commands
 * through the registry, so a shortcut and its button can never drift apart.
 */
export interface Command {
  id: string;
  label: string;
  /** e.g. 'Mod+Z', 'Shift+Mod+Z', 'Delete', 'ArrowLeft', '?'. `Mod` is Ctrl, or Cmd on a Mac. */
  shortcuts?: string[];
  /** Grouping for the shortcuts sheet. */
  group?: string;
  canRun?(stores: Stores): boolean;
  run(stores: Stores): void;
}

export class CommandRegistry {
  private readonly byId = new Map<string, Command>();
  private readonly byKey = new Map<string, Command>();

  /** Registers commands; a second command claiming one key is a bug, so it throws with both ids. */
  register(...commands: Command[]): this {
    for (const c of commands) {
      if (this.byId.has(c.id)) throw new Error(`command "${c.id}" is registered twice`);
      for (const key of c.shortcuts ?? []) {
        const norm = normaliseShortcut(key);
        const other = this.byKey.get(norm);
        if (other) throw new Error(`shortcut ${key} is claimed by both "${other.id}" and "${c.id}"`);
        this.byKey.set(norm, c);
      }
      this.byId.set(c.id, c);
    }
    return this;
  }

  get(id: string): Command | undefined {
    return this.byId.get(id);
  }

  all(): Command[] {
    return [...this.byId.values()];
  }

  /** Runs a command when it can run; returns whether it ran. */
  run(id: string, stores: Stores): boolean {
    const c = this.byId.get(id);
    if (!c || (c.canRun && !c.canRun(stores))) return false;
    c.run(stores);
    return true;
  }

  /** The command a key event asks for, if any. */
  forEvent(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Command | undefined {
    return this.byKey.get(eventShortcut(e));
  }
}

/** 'shift+mod+z' and 'Mod+Shift+Z' are the same shortcut. */
export function normaliseShortcut(s: string): string {
  const parts = s.split('+').map((p) => p.trim());
  const key = parts.pop()!;
  const mods = parts.map((m) => m.toLowerCase()).map((m) => (m === 'ctrl' || m === 'cmd' || m === 'meta' ? 'mod' : m));
  return [...new Set(mods)].sort().concat(key.length === 1 ? key.toLowerCase() : key).join('+');
}

function eventShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const mods: string[] = [];
  if (e.altKey) mods.push('alt');
  if (e.ctrlKey || e.metaKey) mods.push('mod');
  // '?' is typed with Shift on most layouts; the key itself already says so.
  if (e.shiftKey && (e.key.length > 1 || /[a-z]/i.test(e.key))) mods.push('shift');
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return [...mods].sort().concat(key).join('+');
}
