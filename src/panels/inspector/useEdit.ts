import { useCallback } from 'react';
import { useCommand } from '../../commands/context';
import { dryRun, type CommandCall } from '../../commands/dryRun';
import { explain, newProblems } from './validate';

export type { CommandCall };

export const num = (n: number | undefined) => (n === undefined ? '' : String(n));

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
  const commit = useCallback((call: CommandCall) => void run(call.commandId, call.args), [run]);
  return { problem, commit };
}
