// Reading and writing the app's model library (real IndexedDB in Chromium) from a test.
import type { Page } from 'playwright-core';

/** The saved text of the model this tab has open, or null before the first save. */
export function openModelText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const id = sessionStorage.getItem('fivefold:open');
        if (!id) return resolve(null);
        const req = indexedDB.open('fivefold-library');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('texts').objectStore('texts').get(id);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { text: string } | undefined)?.text ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Puts a model record with `text` into the library, as a damaged or older save would be. */
export function putModel(page: Page, id: string, title: string, text: string): Promise<void> {
  return page.evaluate(
    ([id, title, text]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('fivefold-library');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['models', 'texts'], 'readwrite');
          const now = Date.now() + 60_000; // newest, so it is the one a start opens
          tx.objectStore('models').put({ id, title, created: now, updated: now, size: text.length, stamp: 'seeded', versionAt: now });
          tx.objectStore('texts').put({ id, text });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, title, text] as const,
  );
}
