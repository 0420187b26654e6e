import { useCallback } from 'react';
import { useCommand } from '../../ui/registry';
import { dryRun, type CommandCall } from '../../commands/dryRun';
import { explain, newProblems } from './validate';

export type { CommandCall };

export const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * The calls that edit one record's fields through its update command (`team.update`,
 * `handoff.update`, `scenario.update`): `update` for a patch, `on(key)` for the path and edit of one
 * field, each call labelled for the undo history by `label(what)`.
 * @example const { on } = recordEdits<Team>('team.update', 'qa', 'teams[3]', (what) => `Change ${what} of QA`);
 * <Field {...on('headcount')} … /> // edit(4) → { commandId: 'team.update', args: { id: 'qa', patch: { headcount: 4 }, label: 'Change headcount of QA' } }
 */
export function recordEdits<R>(commandId: 'team.update' | 'handoff.update' | 'scenario.update', id: string, path: string, label: (what: string) => string, whatOf: (key: keyof R) => string = String) {
  // The three update commands take { id, patch, label } with their own record's patch type.
  const update = (patch: Partial<R>, what: string) => ({ commandId, args: { id, patch, label: label(what) } }) as CommandCall;
  const on = <K extends keyof R>(key: K, what: string = whatOf(key)) => ({
    path: `${path}.${String(key)}`,
    edit: (v: R[K]) => update({ [key]: v } as unknown as Partial<R>, what),
  });
  return { update, on };
}

/**
 * How an inspector control checks and applies a value: the check is a dry run of the very command
 * the commit runs, validated with the document schema, so the two can never disagree.
 * @example const { problem, commit } = useEdit();
 * const call = { commandId: 'title.update', args: { title: '' } };
 * problem(call, 'title', 'Title') // 'Title must not be empty …'; commit(call) only when it is null
 */
export function useEdit() {
  const { run, stores, registry } = useCommand();
  /** The sentence explaining what the call would break, or null when it is valid. */
  const problem = useCallback(
    (call: CommandCall, path: string, label: string): string | null => {
      const before = stores.document.getState().doc;
      return explain(newProblems(before, dryRun(registry, stores, call)), path, label);
    },
    [registry, stores],
  );
  /** Runs the call: one undo step, labelled by the command. */
  const commit = useCallback((call: CommandCall) => void run(call.commandId, call.args as never), [run]);
  return { problem, commit };
}
