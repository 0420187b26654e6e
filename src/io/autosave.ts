import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseText, serialize, type FivefoldDocument } from '../model';
import { savedViewport, type Viewport } from '../model/viewport';
import type { Stores } from '../store/context';
import { replaceWith } from '../store/documentStore';
import { pruneSelection } from '../store/selection';
import { CORRUPT_KEY, DOCUMENT_KEY, tryRead, tryWrite } from './storageAccess';

/** Wait after the last change before saving: one write per burst of typing or nudging. */
export const AUTOSAVE_DELAY_MS = 400;

export type { Viewport };
export { savedViewport };

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  /** Storage full or refused: the change lives only in this tab until exported or saved later. */
  | { kind: 'failed'; reason: 'full' | 'unavailable'; message: string }
  /** Another tab saved a different document; nothing is written until the person chooses. */
  | { kind: 'conflict'; theirs: string };

export interface AutosaveState {
  status: SaveStatus;
}

export interface AutosaveOptions {
  storage: Storage | null;
  key?: string;
  delayMs?: number;
  /** The canvas's viewport, written under `doc.view.viewport` with each save. */
  getViewport?: () => Viewport | undefined;
  /** Where `storage` events from other tabs arrive (the window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

export interface Autosave {
  state: StoreApi<AutosaveState>;
  /** Saves soon (e.g. after the viewport moved, which is not a document change). */
  schedule(): void;
  /** Saves now if anything is waiting; returns whether everything is saved. */
  flush(): boolean;
  /** After a conflict: keep this tab's document and overwrite the other tab's save. */
  keepMine(): void;
  /** After a conflict: load the other tab's document (an undo step away from this one). */
  loadTheirs(): boolean;
  stop(): void;
}

/**
 * The text saved for a document: the exported form, with the viewport under `view.viewport`.
 * @example storedText(doc, { x: 0, y: 0, zoom: 1 })
 */
export function storedText(doc: FivefoldDocument, viewport?: Viewport): string {
  const withView = viewport ? { ...doc, view: { ...doc.view, viewport } } : doc;
  try {
    return serialize(withView);
  } catch {
    // A document the schema would refuse must still be saved rather than lost.
    return JSON.stringify(withView, null, 2);
  }
}

/**
 * Saves every change of the document to browser storage, debounced. It never overwrites a save
 * made by another tab without asking, and when storage fails it keeps saying so (the status) and
 * keeps trying at the next change, so a change is never lost silently.
 * @example const autosave = startAutosave(stores, { storage: localStorage, events: window })
 */
export function startAutosave(stores: Stores, options: AutosaveOptions): Autosave {
  const { storage, key = DOCUMENT_KEY, delayMs = AUTOSAVE_DELAY_MS, getViewport, events } = options;
  const state = createStore<AutosaveState>()(() => ({ status: { kind: 'saved' } }));
  // What this tab last wrote (or found at start): a different stored text means another tab saved.
  let lastWritten: string | null = tryRead(storage, key);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;

  const setStatus = (status: SaveStatus) => state.setState({ status });
  const inConflict = () => state.getState().status.kind === 'conflict';

  const write = (): boolean => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!dirty || inConflict()) return !dirty;
    const stored = tryRead(storage, key);
    if (stored !== null && stored !== lastWritten) {
      setStatus({ kind: 'conflict', theirs: stored });
      return false;
    }
    const { doc } = stores.document.getState();
    const text = storedText(doc, getViewport?.());
    const outcome = text === stored ? ({ ok: true } as const) : tryWrite(storage, key, text);
    if (!outcome.ok) {
      setStatus({ kind: 'failed', reason: outcome.reason, message: outcome.message });
      return false;
    }
    lastWritten = text;
    dirty = false;
    setStatus({ kind: 'saved' });
    return true;
  };

  const schedule = () => {
    dirty = true;
    if (inConflict()) return;
    if (state.getState().status.kind === 'saved') setStatus({ kind: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };

  const unsubscribe = stores.document.subscribe((s, prev) => {
    if (s.doc !== prev.doc) schedule();
  });

  const onStorage = (e: Event) => {
    const se = e as StorageEvent;
    if (se.key !== key || se.newValue === null || se.newValue === lastWritten) return;
    setStatus({ kind: 'conflict', theirs: se.newValue });
  };
  const onPageHide = () => void write();
  // Leaving with a change that could not be saved: ask the browser to confirm, the last safety net.
  const onBeforeUnload = (e: Event) => {
    if (!write()) e.preventDefault();
  };
  events?.addEventListener('storage', onStorage);
  events?.addEventListener('pagehide', onPageHide);
  events?.addEventListener('beforeunload', onBeforeUnload);

  return {
    state,
    schedule,
    flush: write,
    keepMine() {
      lastWritten = tryRead(storage, key);
      setStatus({ kind: 'pending' });
      dirty = true;
      write();
    },
    loadTheirs() {
      const status = state.getState().status;
      if (status.kind !== 'conflict') return false;
      const parsed = parseText(status.theirs);
      if (!parsed.ok) return false;
      lastWritten = status.theirs;
      // An undo step rather than a fresh history: this tab's version stays one Undo away.
      stores.document.getState().commit('Load the version saved in another tab', replaceWith(parsed.doc));
      pruneSelection(stores);
      // The commit scheduled a save of what is already stored: nothing is left to write.
      dirty = false;
      if (timer) clearTimeout(timer);
      timer = null;
      setStatus({ kind: 'saved' });
      return true;
    },
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribe();
      events?.removeEventListener('storage', onStorage);
      events?.removeEventListener('pagehide', onPageHide);
      events?.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}

export type RestoreOutcome =
  | { kind: 'restored'; doc: FivefoldDocument; viewport?: Viewport }
  | { kind: 'first-visit'; doc: FivefoldDocument }
  /** The stored text was unreadable: the fallback opens, and the text is kept for download. */
  | { kind: 'corrupt'; doc: FivefoldDocument; corruptText: string; reason: string };

/**
 * What the editor opens with: the saved session when there is one, else `fallback()` (the example).
 * A stored document that no longer parses is moved aside to `fivefold:corrupt` so the next save
 * cannot destroy it.
 * @example const session = restoreSession(browserStorage(), firstVisitDocument)
 */
export function restoreSession(storage: Storage | null, fallback: () => FivefoldDocument, key = DOCUMENT_KEY): RestoreOutcome {
  const text = tryRead(storage, key);
  if (text === null) return { kind: 'first-visit', doc: fallback() };
  const parsed = parseText(text);
  if (parsed.ok) return { kind: 'restored', doc: parsed.doc, viewport: savedViewport(parsed.doc) };
  const reason = parsed.errors
    .slice(0, 3)
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message).replace(/\.$/, ''))
    .join('; ');
  tryWrite(storage, CORRUPT_KEY, text);
  return { kind: 'corrupt', doc: fallback(), corruptText: text, reason };
}
