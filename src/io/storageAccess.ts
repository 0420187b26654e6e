/**
 * Browser storage, reached defensively: localStorage can be missing (privacy modes, sandboxed
 * frames), throw on access, or refuse a write when full. Each case must be told apart, because the
 * person is told what happened and offered an export instead of losing a change.
 */

/** Where the session lives in browser storage. */
export const DOCUMENT_KEY = 'fivefold:document';
/** A stored document that could not be read, kept aside for download instead of being overwritten. */
export const CORRUPT_KEY = 'fivefold:corrupt';

export type WriteOutcome = { ok: true } | { ok: false; reason: 'full' | 'unavailable'; message: string };

/** localStorage, or null when this browser will not give it to us. */
export function browserStorage(): Storage | null {
  try {
    const s = typeof window === 'undefined' ? null : window.localStorage;
    if (!s) return null;
    // Some browsers hand out a storage object that throws on first use.
    s.getItem(DOCUMENT_KEY);
    return s;
  } catch {
    return null;
  }
}

/** sessionStorage (this tab's), or null when refused. */
export function tabStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** Quota errors have different names and codes across browsers. */
export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && !(typeof DOMException !== 'undefined' && e instanceof DOMException)) return false;
  const err = e as DOMException;
  return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

/** Writes one item, saying why it failed instead of throwing. */
export function tryWrite(storage: Storage | null, key: string, value: string): WriteOutcome {
  if (!storage) return { ok: false, reason: 'unavailable', message: 'Browser storage is not available here, so changes are not being saved.' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (e) {
    if (isQuotaError(e)) return { ok: false, reason: 'full', message: 'Browser storage is full, so the latest changes are not saved.' };
    return { ok: false, reason: 'unavailable', message: 'Browser storage refused the save, so the latest changes are not saved.' };
  }
}

/** Reads one item; null when absent or unreadable. */
export function tryRead(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
