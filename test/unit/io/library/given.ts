import 'fake-indexeddb/auto';
import { openLibrary, type Library } from '../../../../src/io/library/library';
import { ModelSession, type SessionOptions } from '../../../../src/io/library/session';
import { startLibrary } from '../../../../src/io/library/startup';
import { createStores } from '../../../../src/store/context';
import { example as exampleDoc } from '../../../support/examples';
import { MemoryStorage } from './memoryStorage';

let count = 0;
/** A library of its own for each test (fake-indexeddb, one database per name). */
export const freshLibrary = (): Promise<Library> => openLibrary(`test-library-${++count}-${Math.random()}`);

/**
 * Given a browser (library, localStorage, sessionStorage) and a tab started in it: the tab's stores
 * and session, as main.tsx makes them.
 */
export async function startTab(browser: { library: Library; local: MemoryStorage; tab?: MemoryStorage }, options: SessionOptions = {}) {
  const tab = browser.tab ?? new MemoryStorage();
  const start = await startLibrary({ openLibrary: async () => browser.library, local: browser.local, tab, fallback: exampleDoc });
  const stores = createStores(start.doc);
  const session = new ModelSession(stores, start.library, start.open, { local: browser.local, tab, delayMs: 1, ...options });
  return { start, stores, session, tab };
}

export async function givenBrowser() {
  return { library: await freshLibrary(), local: new MemoryStorage() };
}
