/**
 * The document the app opens with. Today: the OTT churn example on every visit. Autosave extends
 * this to restore the last session first and fall back to the example.
 */
import ottChurn from '../../examples/ott-churn.fivefold.json?raw';
import { parseText, type FivefoldDocument } from '../model';
import { restoreSession, type RestoreOutcome } from '../io/autosave';
import { browserStorage } from '../io/storageAccess';

/** Name of the example file the app opens on a first visit. */
export const FIRST_VISIT_EXAMPLE = 'ott-churn.fivefold.json';

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
 * What the editor opens with.
 * @example const stores = createStores(initialDocument())
 */
export function initialDocument(): FivefoldDocument {
  return firstVisitDocument();
}

/**
 * The session the editor opens with: the autosaved document and viewport when there is one, the
 * example on a first visit, or the example with the unreadable save kept aside.
 * @example const session = initialSession(); const stores = createStores(session.doc)
 */
export function initialSession(): RestoreOutcome {
  return restoreSession(browserStorage(), firstVisitDocument);
}
