// The headless test editor for command tests: given a document, when a command runs, then the
// document, its undo step, and undo and redo.
import { expect } from 'vitest';
import type { FivefoldDocument } from '../../src/model';
import { createStores, type Stores } from '../../src/store/context';
import { createRegistry, type CommandArgs, type CommandId, type CommandRegistry } from '../../src/commands';
import { example } from './examples';

/** What one command did: whether it ran, the documents either side, and the undo step it left. */
export interface Step {
  ran: boolean;
  before: FivefoldDocument;
  after: FivefoldDocument;
  /** The label of the newest undo step after the command (undefined when the history is empty). */
  label: string | undefined;
  /** Checks that Undo brings back `before` exactly and Redo `after` exactly, leaving the editor at `after`. */
  undoesAndRedoes(): void;
  /** Checks that the command left the document and its history as they were. */
  changedNothing(): void;
}

/**
 * Given: an editor showing `doc` (the OTT example by default) with the editor's full registry, or
 * the one passed. `when` runs a command like a key press or a button would.
 * @example const step = given().when('title.update', { title: 'Q3' }); expect(step.label).toBe('Rename model'); step.undoesAndRedoes();
 */
export function given(doc: FivefoldDocument = example(), registry: CommandRegistry = createRegistry()) {
  const stores: Stores = createStores(doc);
  const state = () => stores.document.getState();
  const run = <K extends CommandId>(id: K, args?: CommandArgs[K]) => registry.run(id, stores, args);
  return {
    stores,
    registry,
    doc: () => state().doc,
    selection: () => stores.ui.getState().selection,
    select: (teams: string[], handoffs: string[] = []) => stores.ui.getState().select({ teams, handoffs }),
    run,
    undo: () => registry.run('history.undo', stores),
    redo: () => registry.run('history.redo', stores),
    undoLabel: () => state().past.at(-1)?.label,
    /** When: runs `id` and tells what it did. */
    when<K extends CommandId>(id: K, args?: CommandArgs[K]): Step {
      const before = state().doc;
      const depth = state().past.length;
      const ran = run(id, args);
      const after = state().doc;
      return {
        ran,
        before,
        after,
        label: state().past.at(-1)?.label,
        undoesAndRedoes() {
          expect(state().past.length).toBe(depth + 1);
          expect(registry.run('history.undo', stores)).toBe(true);
          expect(state().doc).toEqual(before);
          expect(registry.run('history.redo', stores)).toBe(true);
          expect(state().doc).toEqual(after);
        },
        changedNothing() {
          expect(state().doc).toBe(before);
          expect(state().past.length).toBe(depth);
        },
      };
    },
  };
}

export type TestEditor = ReturnType<typeof given>;
