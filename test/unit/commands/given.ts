import { parseText, type FivefoldDocument } from '../../../src/model';
import { createStores, type Stores } from '../../../src/store/context';
import { createRegistry } from '../../../src/commands';
import exampleText from '../../../examples/ott-churn.fivefold.json?raw';

/** The worked example, freshly parsed: each test gets its own copy. */
export function exampleDoc(): FivefoldDocument {
  const r = parseText(exampleText);
  if (!r.ok) throw new Error('the example must parse');
  return r.doc;
}

/** Given: an editor showing `doc` (the example by default), with the full registry. */
export function givenEditor(doc: FivefoldDocument = exampleDoc()) {
  const stores: Stores = createStores(doc);
  const registry = createRegistry();
  return {
    stores,
    registry,
    doc: () => stores.document.getState().doc,
    selection: () => stores.ui.getState().selection,
    select: (teams: string[], handoffs: string[] = []) => stores.ui.getState().select({ teams, handoffs }),
    run: (id: string, args?: unknown) => registry.run(id, stores, args),
    undo: () => registry.run('history.undo', stores),
    redo: () => registry.run('history.redo', stores),
    undoLabel: () => stores.document.getState().past.at(-1)?.label,
  };
}
