/**
 * What the editor opens with: the model this tab (or this browser) had open, from the library. On
 * the way it copies in the single localStorage save of earlier builds, puts back what a closing tab
 * had not saved yet, and moves anything unreadable aside for download, so the app always starts.
 */
import type { FivefoldDocument } from '../../model';
import { savedViewport, type Viewport } from '../../model/viewport';
import { loadCodec } from '../codecLoader';
import { CORRUPT_KEY, DOCUMENT_KEY, tryRead, tryWrite } from '../storageAccess';
import { openLibrary, type Library, type ModelMeta } from './library';
import { JOURNAL_KEY, MIGRATED_KEY, OPEN_KEY, readableReason } from './keys';

export interface Startup {
  library: Library | null;
  open: { id: string; stamp: string } | null;
  doc: FivefoldDocument;
  viewport?: Viewport;
  /** Saves that could not be read: kept in the library (or here, without one) for download. */
  corrupt: { text: string; reason: string }[];
}

export interface StartupOptions {
  openLibrary?: () => Promise<Library>;
  local: Storage | null;
  tab: Storage | null;
  /** The model of a first visit (the example). */
  fallback: () => FivefoldDocument;
  /** Its text as saved, when known: then a first visit does not load the codec to write it. */
  fallbackText?: () => string;
}

/**
 * Opens the library and the model to show; never throws. The codec (zod) loads only when there is a
 * saved text to read, so a first visit goes without it.
 * @example const start = await startLibrary({ local: localStorage, tab: sessionStorage, fallback: firstVisitDocument })
 */
export async function startLibrary(options: StartupOptions): Promise<Startup> {
  const { local, tab, fallback } = options;
  const corrupt: Startup['corrupt'] = [];
  const library = await (options.openLibrary ?? openLibrary)().catch(() => null);
  if (!library) return withoutLibrary(local, fallback);
  try {
    const migrated = await migrateLegacy(library, local, corrupt);
    await replayJournal(library, local);
    const wanted = [tryRead(tab, OPEN_KEY), migrated, tryRead(local, OPEN_KEY)].filter((id): id is string => !!id);
    const list = await library.list();
    const byId = new Map(list.map((m) => [m.id, m]));
    const candidates = [...wanted.map((id) => byId.get(id)).filter((m): m is ModelMeta => !!m), ...list];
    for (const meta of candidates) {
      const text = await library.text(meta.id);
      if (text === undefined) continue;
      const parsed = (await loadCodec()).parseText(text);
      if (parsed.ok) return { library, open: { id: meta.id, stamp: meta.stamp }, doc: parsed.doc, viewport: savedViewport(parsed.doc), corrupt };
      const reason = readableReason(parsed.errors);
      // Moved aside before anything can overwrite it; the model's earlier versions go with it.
      await library.keepCorrupt(text, reason);
      await library.remove(meta.id);
      corrupt.push({ text, reason });
    }
    const doc = fallback();
    const text = options.fallbackText?.() ?? (await loadCodec()).storedText(doc);
    const meta = await library.create(text, doc.title, { kind: 'example', name: doc.title });
    return { library, open: { id: meta.id, stamp: meta.stamp }, doc, corrupt };
  } catch {
    // The library opened but refuses to work (e.g. full before the first write): run without it.
    const fallbackStart = await withoutLibrary(local, fallback);
    return { ...fallbackStart, corrupt: [...corrupt, ...fallbackStart.corrupt] };
  }
}

/** Copies the one document earlier builds kept in localStorage; returns its new id. The old text stays where it was. */
async function migrateLegacy(library: Library, local: Storage | null, corrupt: Startup['corrupt']): Promise<string | null> {
  if (tryRead(local, MIGRATED_KEY)) return null;
  let id: string | null = null;
  const text = tryRead(local, DOCUMENT_KEY);
  if (text !== null) {
    const parsed = (await loadCodec()).parseText(text);
    if (parsed.ok) id = (await library.create(text, parsed.doc.title, { kind: 'import', name: 'the earlier save in this browser' })).id;
    else {
      const reason = readableReason(parsed.errors);
      await library.keepCorrupt(text, reason);
      corrupt.push({ text, reason });
    }
  }
  const aside = tryRead(local, CORRUPT_KEY);
  if (aside !== null) await library.keepCorrupt(aside, 'kept aside by an earlier build');
  tryWrite(local, MIGRATED_KEY, new Date().toISOString());
  return id;
}

/** Puts back what a tab that closed had not saved, if nothing newer was saved since. */
async function replayJournal(library: Library, local: Storage | null): Promise<void> {
  const raw = tryRead(local, JOURNAL_KEY);
  if (raw === null) return;
  try {
    const { id, stamp, text } = JSON.parse(raw) as { id: string; stamp: string; text: string };
    const parsed = (await loadCodec()).parseText(text);
    const meta = await library.meta(id);
    if (parsed.ok && meta) {
      if (meta.stamp === stamp) await library.save(id, text, parsed.doc.title, stamp);
      else await library.snapshot(id, text, parsed.doc.title, 'Unsaved when a tab closed');
    }
  } catch {
    // A journal that cannot be read is not worth failing the start for.
  }
  try {
    local?.removeItem(JOURNAL_KEY);
  } catch {
    // refused storage keeps its journal; the stamp check makes replaying it again harmless
  }
}

/** IndexedDB refused: open what localStorage holds (or the example); nothing is saved. */
async function withoutLibrary(local: Storage | null, fallback: () => FivefoldDocument): Promise<Startup> {
  const text = tryRead(local, DOCUMENT_KEY);
  if (text !== null) {
    const parsed = (await loadCodec()).parseText(text);
    if (parsed.ok) return { library: null, open: null, doc: parsed.doc, viewport: savedViewport(parsed.doc), corrupt: [] };
    return { library: null, open: null, doc: fallback(), corrupt: [{ text, reason: readableReason(parsed.errors) }] };
  }
  return { library: null, open: null, doc: fallback(), corrupt: [] };
}
