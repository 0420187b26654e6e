/**
 * What the app opens with: the model this tab had open, from the library, else the bundled OTT churn example.
 */
import ottChurn from '../../examples/ott-churn.fivefold.json?raw';
import { parseText, type FivefoldDocument } from '../model';
import { startLibrary, type Startup } from '../io/library/startup';
import { browserStorage, tabStorage } from '../io/storageAccess';

/**
 * The OTT churn example, parsed by the same strict parser as any import.
 * @example createStores(firstVisitDocument())
 */
export function firstVisitDocument(): FivefoldDocument {
  const result = parseText(ottChurn);
  // The example is checked by the test suite; failing here means the build shipped a broken example.
  if (!result.ok) throw new Error(`the bundled example is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.doc;
}

/**
 * The start of the editor: the library and the model to open (the example on a first visit), with
 * any unreadable save kept aside.
 * @example const start = await initialSession(); const stores = createStores(start.doc)
 */
export function initialSession(): Promise<Startup> {
  return startLibrary({ local: browserStorage(), tab: tabStorage(), fallback: firstVisitDocument });
}
