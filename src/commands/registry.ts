import type { Stores } from '../store/context';

/**
 * Every command's id and the arguments it takes (`void` for none). Each file that defines commands
 * adds its own entries by declaration merging, beside the commands, so a misspelt id or wrong
 * arguments fail the type check instead of `run` quietly returning false.
 * @example declare module './registry' { interface CommandArgs { 'history.undo': void } }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each commands file
export interface CommandArgs {}

/** A registered command's id: 'history.undo', 'team.add', … */
export type CommandId = keyof CommandArgs;

/**
 * A named action: toolbar buttons, menus, context menus and keyboard shortcuts all run commands
 * through the registry, so a shortcut and its button can never drift apart.
 */
export interface Command<A = void> {
  id: CommandId;
  label: string;
  /** e.g. 'Mod+Z', 'Shift+Mod+Z', 'Delete', 'ArrowLeft', '?'. `Mod` is Ctrl, or Cmd on a Mac. */
  shortcuts?: string[];
  /** Grouping for the shortcuts sheet. */
  group?: string;
  /** Where the keys act: the editor (none), or only while presenting, where the presentation hears them first. */
  scope?: KeyScope;
  /** `args` is what a panel passes (e.g. the team and its changed fields); key presses pass none. */
  canRun?(stores: Stores, args: A): boolean;
  run(stores: Stores, args: A): void;
  /** For commands bound to several keys (nudge): the arguments a key press stands for. */
  keyArgs?(e: KeyLike): A;
}

/** A set of keys apart from the editor's: the same key may mean one thing there and another here. */
export type KeyScope = 'present';

export type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

// biome-ignore lint/suspicious/noExplicitAny: the registry holds commands of every argument type; run() checks the argument by the command's id
export type AnyCommand = Command<any>;

export class CommandRegistry {
  private readonly byId = new Map<CommandId, AnyCommand>();
  private readonly byKey = new Map<string, AnyCommand>();

  /** Registers commands; a second command claiming one key is a bug, so it throws with both ids. */
  register(...commands: AnyCommand[]): this {
    for (const c of commands) {
      if (this.byId.has(c.id)) throw new Error(`command "${c.id}" is registered twice`);
      for (const key of c.shortcuts ?? []) {
        const norm = scoped(c.scope, normaliseShortcut(key));
        const other = this.byKey.get(norm);
        if (other) throw new Error(`shortcut ${key} is claimed by both "${other.id}" and "${c.id}"`);
        this.byKey.set(norm, c);
      }
      this.byId.set(c.id, c);
    }
    return this;
  }

  get(id: CommandId): AnyCommand | undefined {
    return this.byId.get(id);
  }

  all(): AnyCommand[] {
    return [...this.byId.values()];
  }

  /** Runs a command when it can run; returns whether it ran. */
  run<K extends CommandId>(id: K, stores: Stores, args?: CommandArgs[K]): boolean {
    if (!this.canRun(id, stores, args)) return false;
    this.byId.get(id)!.run(stores, args);
    return true;
  }

  /** Whether a command exists and can run now (greys out buttons and menu items). */
  canRun<K extends CommandId>(id: K, stores: Stores, args?: CommandArgs[K]): boolean {
    const c = this.byId.get(id);
    return !!c && (!c.canRun || c.canRun(stores, args));
  }

  /**
   * The command a key event asks for, if any, among the editor's keys or a scope's. In a scope Shift
   * changes nothing: B and Shift+B both blank the screen, as the presentation always did.
   */
  forEvent(e: KeyLike, scope?: KeyScope): AnyCommand | undefined {
    const key = scope ? eventShortcut({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, shiftKey: false }) : eventShortcut(e);
    return this.byKey.get(scoped(scope, key));
  }

  /** The commands whose keys act in a scope, in the order they were registered. */
  inScope(scope: KeyScope): AnyCommand[] {
    return this.all().filter((c) => c.scope === scope);
  }
}

/** 'shift+mod+z' and 'Mod+Shift+Z' are the same shortcut. */
export function normaliseShortcut(s: string): string {
  const parts = s.split('+').map((p) => p.trim());
  const key = parts.pop()!;
  const mods = parts.map((m) => m.toLowerCase()).map((m) => (m === 'ctrl' || m === 'cmd' || m === 'meta' ? 'mod' : m));
  return [...new Set(mods)].sort().concat(key.length === 1 ? key.toLowerCase() : key).join('+');
}

const scoped = (scope: KeyScope | undefined, shortcut: string) => (scope ? `${scope}:${shortcut}` : shortcut);

function eventShortcut(e: KeyLike): string {
  const mods: string[] = [];
  if (e.altKey) mods.push('alt');
  if (e.ctrlKey || e.metaKey) mods.push('mod');
  // '?' is typed with Shift on most layouts; the key itself already says so.
  if (e.shiftKey && (e.key.length > 1 || /[a-z]/i.test(e.key))) mods.push('shift');
  // The space bar is written "Space" in shortcuts, where a bare ' ' would not survive the split on '+'.
  const key = e.key === ' ' ? 'Space' : e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return [...mods].sort().concat(key).join('+');
}
