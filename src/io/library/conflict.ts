/**
 * The way out of a save conflict (another tab saved the open model): the library's session registers
 * it per stores, so the registered commands can offer it without the commands knowing the session.
 */
import type { Stores } from '../../store/context';

export interface ConflictChoice {
  /** True while another tab's save waits for the person's choice. */
  pending(): boolean;
  /** Opens the other tab's version, one Undo away from this one. */
  loadTheirs(): boolean;
  /** Saves this tab's version over the other one, which stays a version. */
  keepMine(): Promise<boolean>;
}

const choices = new WeakMap<Stores, ConflictChoice>();

/** @returns a function that removes it again */
export function setConflictChoice(stores: Stores, choice: ConflictChoice): () => void {
  choices.set(stores, choice);
  return () => {
    if (choices.get(stores) === choice) choices.delete(stores);
  };
}

/** The choice these stores offer now, if a save conflict is pending. */
export function pendingConflict(stores: Stores): ConflictChoice | undefined {
  const choice = choices.get(stores);
  return choice?.pending() ? choice : undefined;
}
