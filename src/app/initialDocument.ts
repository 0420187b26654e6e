/**
 * What the app opens with: the model this tab had open, from the library, else the bundled OTT churn example.
 */
// As a JSON module: the build ships it without its indentation, and its exported text is rebuilt below.
import ottChurn from '../../examples/ott-churn.fivefold.json';
import type { FivefoldDocument } from '../model';
import { startLibrary, type Startup } from '../io/library/startup';
import { browserStorage, tabStorage } from '../io/storageAccess';

/**
 * The OTT churn example as it is stored. It is read without the strict parser, which would bring zod
 * into a first visit: the test suite checks that the strict parser reads it to the same document
 * (test/unit/app/initialDocument.test.ts), so a broken example fails the build's tests, not a visit.
 * @example createStores(firstVisitDocument())
 */
export function firstVisitDocument(): FivefoldDocument {
  return structuredClone(ottChurn) as FivefoldDocument;
}

/** The example's text as the exporter writes it (two-space JSON, final newline), saved to the library on a first visit. */
export const firstVisitText = (): string => `${JSON.stringify(ottChurn, null, 2)}\n`;

/**
 * The start of the editor: the library and the model to open (the example on a first visit), with
 * any unreadable save kept aside.
 * @example const start = await initialSession(); const stores = createStores(start.doc)
 */
export function initialSession(): Promise<Startup> {
  return startLibrary({ local: browserStorage(), tab: tabStorage(), fallback: firstVisitDocument, fallbackText: firstVisitText });
}
