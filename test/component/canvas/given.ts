// Fixtures for the canvas tests: the OTT example as stores, parsed like any import.
import type { FivefoldDocument } from '../../../src/model';
import { createStores, type Stores } from '../../../src/store/context';
import { example as exampleDoc } from '../../support/examples';

export { exampleDoc };

export function givenExample(edit?: (doc: FivefoldDocument) => FivefoldDocument): Stores {
  const doc = exampleDoc();
  return createStores(edit ? edit(doc) : doc);
}

export const docOf = (stores: Stores) => stores.document.getState().doc;
export const teamOf = (stores: Stores, id: string) => docOf(stores).teams.find((t) => t.id === id)!;
