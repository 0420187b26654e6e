import type { FivefoldDocument } from '../model';
import { createStores, type Stores } from '../store/context';
import type { CommandArgs, CommandId, CommandRegistry } from './registry';

/** One command with its arguments: what a control will run when its value is committed. */
export type CommandCall = { [K in CommandId]: { commandId: K; args?: CommandArgs[K] } }[CommandId];

/**
 * The document a command would leave, found by running that very command on scratch copies of the
 * stores. A panel checks a typed value this way, so the check can never drift from what the commit
 * does (a team's new id carried into its handoffs, a layer name removed when emptied). The real
 * stores are untouched: no undo step, no selection change. A command that cannot run leaves the
 * document as it is.
 *
 * Only for commands whose effects stay inside the stores (the `*.update` commands); one that asks
 * the person something (`doc.new`) would ask during the check.
 * @example dryRun(registry, stores, { commandId: 'title.update', args: { title: '' } }).title // ''
 */
export function dryRun(registry: CommandRegistry, stores: Stores, call: CommandCall): FivefoldDocument {
  const scratch = createStores(stores.document.getState().doc);
  // Copy the UI's data, never its actions: those are bound to the real store and would change it.
  const uiData = Object.fromEntries(Object.entries(stores.ui.getState()).filter(([, v]) => typeof v !== 'function'));
  scratch.ui.setState(uiData);
  // `call` pairs an id with its own arguments; TypeScript cannot follow the pairing through a union.
  registry.run(call.commandId, scratch, call.args as never);
  return scratch.document.getState().doc;
}
