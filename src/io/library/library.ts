/**
 * The model library: every model a person opens, imports, creates or receives, kept in IndexedDB
 * through `idb` (a 1 KB promise wrapper that leaves IndexedDB's own transactions, indexes and
 * version upgrades in reach, which idb-keyval hides and Dexie's 25 KB would add to the first screen).
 *
 * A model is two records, so the Models view can list hundreds without reading any document:
 * `models` holds what the list shows (title, last change, size) and `texts` the saved text. Each
 * model keeps its recent `versions`. `corrupt` keeps whatever could not be read, for download.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ModelSource } from '../openModel';

export const LIBRARY_DB = 'fivefold-library';

/** What the Models view lists. `stamp` changes with every save, so a tab can tell another tab saved. */
export interface ModelMeta {
  id: string;
  title: string;
  created: number;
  updated: number;
  /** The saved text's length in characters (what it costs in storage, near enough). */
  size: number;
  source?: ModelSource;
  stamp: string;
  /** When the last version was taken, so versions come at most every few minutes of editing. */
  versionAt: number;
}

export interface VersionRecord {
  id?: number;
  modelId: string;
  at: number;
  title: string;
  size: number;
  text: string;
  /** Why it was taken: "edits" every few minutes, or the change it came before ("Before restoring…"). */
  reason: string;
}

export interface CorruptRecord {
  id?: number;
  at: number;
  text: string;
  reason: string;
}

interface LibrarySchema extends DBSchema {
  models: { key: string; value: ModelMeta };
  texts: { key: string; value: { id: string; text: string } };
  versions: { key: number; value: VersionRecord; indexes: { byModel: string } };
  corrupt: { key: number; value: CorruptRecord };
}

/** A version at most this often while editing; one is also taken before every replacement. */
export const VERSION_EVERY_MS = 3 * 60_000;
/** Versions kept per model: at most this many, and at most this many characters in all. */
export const MAX_VERSIONS = 30;
export const MAX_VERSION_CHARS = 4_000_000;

export type SaveResult = { ok: true; stamp: string } | { ok: false; conflict: { text: string; stamp: string } };

/** Everything a deleted model was, so the deletion can be undone while the page is open. */
export interface RemovedModel {
  meta: ModelMeta;
  text: string;
  versions: VersionRecord[];
}

const newStamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
export const newModelId = () => `m-${newStamp()}`;

/**
 * One person's models in this browser. Every method may throw (storage full, refused, closed by
 * the browser): the callers say so and offer an export.
 * @example const library = await openLibrary(); const meta = await library.create(text, 'OTT churn', { kind: 'example' })
 */
export class Library {
  constructor(private readonly db: IDBPDatabase<LibrarySchema>) {}

  /** Newest change first. */
  async list(): Promise<ModelMeta[]> {
    const all = await this.db.getAll('models');
    return all.sort((a, b) => b.updated - a.updated);
  }

  meta(id: string): Promise<ModelMeta | undefined> {
    return this.db.get('models', id);
  }

  async text(id: string): Promise<string | undefined> {
    return (await this.db.get('texts', id))?.text;
  }

  async create(text: string, title: string, source?: ModelSource, now = Date.now()): Promise<ModelMeta> {
    const meta: ModelMeta = { id: newModelId(), title, created: now, updated: now, size: text.length, source, stamp: newStamp(), versionAt: now };
    const tx = this.db.transaction(['models', 'texts', 'versions'], 'readwrite');
    await Promise.all([
      tx.objectStore('models').add(meta),
      tx.objectStore('texts').add({ id: meta.id, text }),
      tx.objectStore('versions').add({ modelId: meta.id, at: now, title, size: text.length, text, reason: 'Opened' }),
      tx.done,
    ]);
    return meta;
  }

  /**
   * Saves a model's text if nobody else saved it since `expectedStamp` (another tab), in one
   * transaction so two tabs cannot both win. A version is taken when the last is old enough.
   */
  async save(id: string, text: string, title: string, expectedStamp: string, now = Date.now()): Promise<SaveResult> {
    const tx = this.db.transaction(['models', 'texts', 'versions'], 'readwrite');
    const models = tx.objectStore('models');
    const meta = await models.get(id);
    if (meta && meta.stamp !== expectedStamp) {
      const theirs = (await tx.objectStore('texts').get(id))?.text ?? '';
      await tx.done;
      return { ok: false, conflict: { text: theirs, stamp: meta.stamp } };
    }
    const stamp = newStamp();
    const versionDue = !meta || now - meta.versionAt >= VERSION_EVERY_MS;
    const next: ModelMeta = {
      ...(meta ?? { id, created: now, source: undefined }),
      title,
      updated: now,
      size: text.length,
      stamp,
      versionAt: versionDue ? now : meta!.versionAt,
    };
    try {
      // The text first, the stamp last: a save that fails half-way must not look like another tab's.
      await tx.objectStore('texts').put({ id, text });
      if (versionDue) await tx.objectStore('versions').add({ modelId: id, at: now, title, size: text.length, text, reason: 'Edits' });
      await models.put(next);
      await tx.done;
    } catch (e) {
      tx.done.catch(() => undefined); // the abort below rejects it; the caller hears of `e` instead
      try {
        tx.abort();
      } catch {
        // already finished or aborted by the browser itself
      }
      throw e;
    }
    if (versionDue) await this.prune(id);
    return { ok: true, stamp };
  }

  /** Keeps `text` as a version now, whatever the last one's age (before a replacement). */
  async snapshot(id: string, text: string, title: string, reason: string, now = Date.now()): Promise<void> {
    await this.db.add('versions', { modelId: id, at: now, title, size: text.length, text, reason });
    await this.prune(id);
  }

  /** Newest first. */
  async versions(id: string): Promise<VersionRecord[]> {
    const all = await this.db.getAllFromIndex('versions', 'byModel', id);
    return all.sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
  }

  async version(key: number): Promise<VersionRecord | undefined> {
    return this.db.get('versions', key);
  }

  /** Drops the oldest versions beyond the count and size bounds; the newest is always kept. */
  private async prune(id: string): Promise<void> {
    const all = await this.versions(id);
    let chars = 0;
    const drop = all.filter((v, i) => {
      chars += v.size;
      return i > 0 && (i >= MAX_VERSIONS || chars > MAX_VERSION_CHARS);
    });
    if (!drop.length) return;
    const tx = this.db.transaction('versions', 'readwrite');
    await Promise.all([...drop.map((v) => tx.store.delete(v.id!)), tx.done]);
  }

  /** Changes a stored model's title (its text too: the title lives in the document). */
  async retitle(id: string, text: string, title: string): Promise<void> {
    const tx = this.db.transaction(['models', 'texts'], 'readwrite');
    const meta = await tx.objectStore('models').get(id);
    if (meta) {
      await tx.objectStore('models').put({ ...meta, title, size: text.length, stamp: newStamp(), updated: Date.now() });
      await tx.objectStore('texts').put({ id, text });
    }
    await tx.done;
  }

  /** Removes a model and its versions, returning all of it for `restore`. */
  async remove(id: string): Promise<RemovedModel | undefined> {
    const tx = this.db.transaction(['models', 'texts', 'versions'], 'readwrite');
    const meta = await tx.objectStore('models').get(id);
    const text = (await tx.objectStore('texts').get(id))?.text ?? '';
    const versions = await tx.objectStore('versions').index('byModel').getAll(id);
    if (meta) {
      await tx.objectStore('models').delete(id);
      await tx.objectStore('texts').delete(id);
      for (const v of versions) await tx.objectStore('versions').delete(v.id!);
    }
    await tx.done;
    return meta ? { meta, text, versions } : undefined;
  }

  /** Puts a removed model back exactly as it was. */
  async restore(removed: RemovedModel): Promise<void> {
    const tx = this.db.transaction(['models', 'texts', 'versions'], 'readwrite');
    await tx.objectStore('models').put(removed.meta);
    await tx.objectStore('texts').put({ id: removed.meta.id, text: removed.text });
    for (const v of removed.versions) await tx.objectStore('versions').put(v);
    await tx.done;
  }

  async keepCorrupt(text: string, reason: string): Promise<void> {
    await this.db.add('corrupt', { at: Date.now(), text, reason });
  }

  corrupt(): Promise<CorruptRecord[]> {
    return this.db.getAll('corrupt');
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Opens (creating on first use) the library database.
 * @example const library = await openLibrary()
 */
export async function openLibrary(name = LIBRARY_DB): Promise<Library> {
  const db = await openDB<LibrarySchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('models', { keyPath: 'id' });
      db.createObjectStore('texts', { keyPath: 'id' });
      db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true }).createIndex('byModel', 'modelId');
      db.createObjectStore('corrupt', { keyPath: 'id', autoIncrement: true });
    },
  });
  return new Library(db);
}
