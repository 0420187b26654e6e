// Fixtures for the canvas tests: the OTT example as stores, parsed like any import.
import exampleText from '../../../examples/ott-churn.fivefold.json?raw';
import { parseText, type FivefoldDocument } from '../../../src/model';
import { createStores, type Stores } from '../../../src/store/context';

export function exampleDoc(): FivefoldDocument {
  const r = parseText(exampleText);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.doc;
}

export function givenExample(edit?: (doc: FivefoldDocument) => FivefoldDocument): Stores {
  const doc = exampleDoc();
  return createStores(edit ? edit(doc) : doc);
}

export const docOf = (stores: Stores) => stores.document.getState().doc;
export const teamOf = (stores: Stores, id: string) => docOf(stores).teams.find((t) => t.id === id)!;
