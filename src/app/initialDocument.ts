/**
 * What the app opens with: the last autosaved session, else the bundled OTT churn example.
 */
import ottChurn from '../../examples/ott-churn.fivefold.json?raw';
import { parseText, type FivefoldDocument } from '../model';
import { restoreSession, type RestoreOutcome } from '../io/autosave';
import { browserStorage } from '../io/storageAccess';

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
 * The session the editor opens with: the autosaved document and viewport when there is one, the
 * example on a first visit, or the example with the unreadable save kept aside.
 * @example const session = initialSession(); const stores = createStores(session.doc)
 */
export function initialSession(): RestoreOutcome {
  return restoreSession(browserStorage(), firstVisitDocument);
}
