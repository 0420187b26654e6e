/**
 * The open model and the library, kept in step: every change of the document is saved to its
 * model (debounced, one write at a time, never over another tab's save), a new model opens beside
 * the others, and any stored model or version can be opened or restored.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FivefoldDocument } from '../../model';
import type { Stores } from '../../store/context';
import { replaceWith } from '../../store/documentStore';
import { pruneSelection } from '../../store/selection';
import type { SaveStatus, Viewport } from '../autosave';
import { codecIfLoaded, loadCodec } from '../codecLoader';
import { withViewport } from '../../model/viewport';
import { isQuotaError, tryWrite } from '../storageAccess';
import { setModelOpener, type ModelSource } from '../openModel';
import { setConflictChoice } from './conflict';
import type { Library, ModelMeta, RemovedModel } from './library';
import { JOURNAL_KEY, OPEN_KEY, readableReason } from './keys';
import { formatWhen } from '../../readout/format';

export const SAVE_DELAY_MS = 400;

export interface SessionState {
  status: SaveStatus;
  openId: string | null;
  /** Bumped whenever the library's contents change, so the Models view reads them again. */
  changes: number;
  /** Models deleted while this page is open, newest first: each can be put back. */
  removed: RemovedModel[];
}

export interface SessionOptions {
  getViewport?: () => Viewport | undefined;
  /** localStorage: the journal written as the page goes away, and the last opened model. */
  local?: Storage | null;
  /** sessionStorage: which model this tab has open, so a reload reopens it. */
  tab?: Storage | null;
  /** Where `pagehide` arrives (the window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** Tells other tabs of this browser that a model was saved. */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'> | null;
  delayMs?: number;
}

interface Saved {
  id: string;
  stamp: string;
}

const failure = (e: unknown): SaveStatus =>
  isQuotaError(e)
    ? { kind: 'failed', reason: 'full', message: 'Browser storage is full, so the latest changes are not saved.' }
    : { kind: 'failed', reason: 'unavailable', message: 'Browser storage refused the save, so the latest changes are not saved.' };

/**
 * Saves the open model into the library and opens others. Without a library (IndexedDB refused)
 * it says so once and keeps the document in the tab, with an export offered by the banner.
 * @example const session = new ModelSession(stores, library, { id, stamp }, { local: localStorage, events: window })
 */
export class ModelSession {
  readonly state: StoreApi<SessionState>;
  private open: Saved | null;
  private savedDoc: FivefoldDocument;
  private viewMoved = false;
  /** Counts the models being opened, so only the latest one becomes the open one. */
  private opening = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Between pagehide and pageshow: the page may be going, so changes are journaled at once. */
  private hiding = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly stores: Stores,
    readonly library: Library | null,
    open: Saved | null,
    private readonly options: SessionOptions = {},
  ) {
    this.open = open;
    this.savedDoc = stores.document.getState().doc;
    this.state = createStore<SessionState>()(() => ({
      status: library
        ? { kind: 'saved' }
        : { kind: 'failed', reason: 'unavailable', message: 'Browser storage is not available here, so changes are not being saved.' },
      openId: open?.id ?? null,
      changes: 0,
      removed: [],
    }));
    if (open) this.remember(open.id);
    this.cleanups.push(
      stores.document.subscribe((s, prev) => {
        if (s.doc === prev.doc) return;
        // A change made while the page goes (a field applying its typed text on pagehide, whose
        // listeners run in no promised order) is journaled at once: no timer fires after pagehide.
        if (this.hiding) this.writeJournal();
        else this.schedule();
      }),
      setModelOpener(stores, (doc, source) => void this.openNew(doc, source)),
      setConflictChoice(stores, {
        pending: () => this.status.kind === 'conflict',
        loadTheirs: () => this.loadTheirs(),
        keepMine: () => this.keepMine(),
      }),
    );
    const onHide = () => {
      this.hiding = true;
      this.writeJournal();
    };
    // A page kept in the back/forward cache comes back: its changes save on the timer again.
    const onShow = () => {
      this.hiding = false;
    };
    const onMessage = (e: Event) => void this.onOtherTab((e as MessageEvent).data);
    options.events?.addEventListener('pagehide', onHide);
    options.events?.addEventListener('pageshow', onShow);
    options.channel?.addEventListener('message', onMessage);
    this.cleanups.push(() => {
      options.events?.removeEventListener('pagehide', onHide);
      options.events?.removeEventListener('pageshow', onShow);
      options.channel?.removeEventListener('message', onMessage);
    });
  }

  /** Where the viewport saved with each save comes from (the canvas, once it is mounted). */
  setViewportSource(getViewport: () => Viewport | undefined): void {
    this.options.getViewport = getViewport;
  }

  private get status() {
    return this.state.getState().status;
  }

  private setStatus(status: SaveStatus) {
    this.state.setState({ status });
  }

  private touched() {
    this.state.setState((s) => ({ changes: s.changes + 1 }));
  }

  private dirty(): boolean {
    return this.viewMoved || this.stores.document.getState().doc !== this.savedDoc;
  }

  /** Saves soon: after a change, or after the viewport moved (not a document change, but kept). */
  schedule(viewMoved = false): void {
    if (viewMoved) this.viewMoved = true;
    if (!this.library || this.status.kind === 'conflict' || !this.dirty()) return;
    if (this.status.kind === 'saved') this.setStatus({ kind: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? SAVE_DELAY_MS);
  }

  /** Saves now if anything waits; resolves to whether everything is saved. */
  flush(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.enqueue(() => this.write());
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private write(): Promise<boolean> {
    if (!this.library || !this.open) return Promise.resolve(!this.dirty());
    if (this.status.kind === 'conflict') return Promise.resolve(false);
    if (!this.dirty()) return Promise.resolve(true);
    return this.saveDoc(this.open, this.stores.document.getState().doc, this.options.getViewport?.());
  }

  /** Saves `doc` as model `open`; the bookkeeping of the open model only if it still is the open one. */
  private async saveDoc(open: Saved, doc: FivefoldDocument, viewport?: Viewport): Promise<boolean> {
    try {
      const text = (await loadCodec()).storedText(doc, viewport);
      const result = await this.library!.save(open.id, text, doc.title, open.stamp);
      if (!result.ok) {
        if (this.open === open) this.setStatus({ kind: 'conflict', theirs: result.conflict.text, theirsStamp: result.conflict.stamp });
        return false;
      }
      open.stamp = result.stamp;
      this.options.channel?.postMessage({ type: 'saved', id: open.id, stamp: result.stamp });
      this.clearJournal();
      this.touched();
      if (this.open !== open) return true;
      this.savedDoc = doc;
      this.viewMoved = false;
      const settled = !this.dirty();
      this.setStatus(settled ? { kind: 'saved' } : { kind: 'pending' });
      if (!settled) this.schedule();
      return settled;
    } catch (e) {
      this.setStatus(failure(e));
      return false;
    }
  }

  /**
   * The page is going away: IndexedDB cannot be waited for, so what is not saved yet is written
   * synchronously to localStorage, and the next start puts it into the library.
   */
  writeJournal(): void {
    if (!this.open || !this.dirty() || this.status.kind === 'conflict') return;
    const doc = this.stores.document.getState().doc;
    const viewport = this.options.getViewport?.();
    // The page is going: no time to load the codec (it loads at a person's first input, well before
    // an edit); without it the document is kept as plain JSON, which reads back the same.
    const text = codecIfLoaded()?.storedText(doc, viewport) ?? JSON.stringify(withViewport(doc, viewport), null, 2);
    tryWrite(this.options.local ?? null, JOURNAL_KEY, JSON.stringify({ id: this.open.id, stamp: this.open.stamp, text }));
    void this.flush();
  }

  private clearJournal() {
    try {
      this.options.local?.removeItem(JOURNAL_KEY);
    } catch {
      // nothing to clear where storage is refused
    }
  }

  private remember(id: string) {
    tryWrite(this.options.tab ?? null, OPEN_KEY, id);
    tryWrite(this.options.local ?? null, OPEN_KEY, id);
    this.state.setState({ openId: id });
  }

  private async onOtherTab(message: unknown) {
    const m = message as { type?: string; id?: string; stamp?: string } | null;
    if (m?.type !== 'saved' || !this.library || !this.open || m.id !== this.open.id || m.stamp === this.open.stamp) return;
    if (!m.stamp) return;
    const theirs = await this.library.text(m.id).catch(() => undefined);
    if (theirs === undefined || this.open?.id !== m.id) return;
    this.setStatus({ kind: 'conflict', theirs, theirsStamp: m.stamp });
  }

  /** After a conflict: keep this tab's document, saving it over the other tab's (which stays a version). */
  async keepMine(): Promise<boolean> {
    const status = this.status;
    if (status.kind !== 'conflict' || !this.open || !this.library) return false;
    const title = await this.titleOf(status.theirs);
    await this.library.snapshot(this.open.id, status.theirs, title, "The other tab's version").catch(() => undefined);
    this.open.stamp = status.theirsStamp;
    this.setStatus({ kind: 'pending' });
    this.viewMoved = true;
    return this.flush();
  }

  /** After a conflict: load the other tab's document, one Undo away from this one. */
  loadTheirs(): boolean {
    const status = this.status;
    if (status.kind !== 'conflict' || !this.open) return false;
    // A conflict comes from a save, which has loaded the codec.
    const codec = codecIfLoaded();
    if (!codec) return false;
    const parsed = codec.parseText(status.theirs);
    if (!parsed.ok) return false;
    this.open.stamp = status.theirsStamp;
    this.stores.document.getState().commit('Load the version saved in another tab', replaceWith(parsed.doc));
    pruneSelection(this.stores);
    this.savedDoc = this.stores.document.getState().doc;
    this.viewMoved = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.setStatus({ kind: 'saved' });
    return true;
  }

  private async titleOf(text: string): Promise<string> {
    const parsed = (await loadCodec()).parseText(text);
    return parsed.ok ? parsed.doc.title : 'Unreadable';
  }

  /**
   * Opens `doc` as a new model beside the others: the open one is saved first and stays in Models.
   * The document shows at once; the library catches up in order.
   */
  openNew(doc: FivefoldDocument, source: ModelSource): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const previous = this.open;
    const before = this.stores.document.getState().doc;
    const keepPrevious = previous && this.library && this.dirty() && this.status.kind !== 'conflict';
    const viewport = this.options.getViewport?.();
    if (keepPrevious) void this.enqueue(() => this.saveDoc(previous, before, viewport));
    this.stores.document.getState().load(doc);
    this.savedDoc = doc;
    this.viewMoved = false;
    const { library } = this;
    if (!library) return Promise.resolve();
    // Until the new record exists there is nothing to save into: edits made meanwhile wait for it.
    this.open = null;
    const ticket = ++this.opening;
    return this.enqueue(async () => {
      try {
        // The new model is drawn first: writing a large one into the library is a task of its own.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const meta = await library.create((await loadCodec()).storedText(doc), doc.title, source);
        this.touched();
        if (ticket !== this.opening) return; // another model was opened meanwhile
        this.switchTo(meta);
        this.setStatus({ kind: 'saved' });
        this.schedule();
      } catch (e) {
        if (ticket === this.opening) this.open = previous;
        this.setStatus(failure(e));
      }
    });
  }

  private switchTo(meta: Pick<ModelMeta, 'id' | 'stamp'>) {
    this.open = { id: meta.id, stamp: meta.stamp };
    this.remember(meta.id);
  }

  /** Opens a stored model (its own fresh history); false when it is gone or unreadable. */
  async openStored(id: string): Promise<boolean> {
    const { library } = this;
    if (!library) return false;
    if (!(await this.flush()) && this.status.kind !== 'saved') return false;
    const [meta, text] = await Promise.all([library.meta(id), library.text(id)]);
    if (!meta || text === undefined) return false;
    const parsed = (await loadCodec()).parseText(text);
    if (!parsed.ok) {
      this.stores.ui.getState().notify('error', `"${meta.title}" could not be read: ${readableReason(parsed.errors)}.`);
      return false;
    }
    this.opening++;
    this.stores.document.getState().load(parsed.doc);
    this.savedDoc = parsed.doc;
    this.viewMoved = false;
    this.switchTo(meta);
    const ui = this.stores.ui.getState();
    ui.clearSelection();
    ui.setScenario(null);
    return true;
  }

  /**
   * Restores a version of the open model: one undo step, and what it replaces is kept as a version first.
   * @returns false when the version is gone, unreadable, or of another model
   */
  async restoreVersion(key: number): Promise<boolean> {
    const { library, open } = this;
    if (!library || !open) return false;
    const version = await library.version(key);
    if (!version || version.modelId !== open.id) return false;
    const { parseText, storedText } = await loadCodec();
    const parsed = parseText(version.text);
    if (!parsed.ok) return false;
    const current = this.stores.document.getState().doc;
    await library.snapshot(open.id, storedText(current, this.options.getViewport?.()), current.title, 'Before a restore').catch(() => undefined);
    const when = formatWhen(version.at);
    this.stores.document.getState().commit(`Restore the version of ${when}`, replaceWith(parsed.doc));
    pruneSelection(this.stores);
    this.touched();
    return true;
  }

  /** The text of any model: the open one as it is now, others as saved. */
  async textOf(id: string): Promise<string | undefined> {
    if (id === this.open?.id) return (await loadCodec()).storedText(this.stores.document.getState().doc, this.options.getViewport?.());
    return this.library?.text(id);
  }

  async duplicate(id: string): Promise<ModelMeta | undefined> {
    const text = await this.textOf(id);
    if (!this.library || text === undefined) return undefined;
    const { parseText, storedText } = await loadCodec();
    const parsed = parseText(text);
    if (!parsed.ok) return undefined;
    const title = `${parsed.doc.title} (copy)`.slice(0, 200);
    const meta = await this.library.create(storedText({ ...parsed.doc, title }), title, { kind: 'duplicate', name: parsed.doc.title });
    this.touched();
    return meta;
  }

  /** Renames a model; for the open one it is an undoable edit of its title. */
  async rename(id: string, title: string): Promise<boolean> {
    if (id === this.open?.id) {
      this.stores.document.getState().commit('Rename model', (d) => void (d.title = title));
      return this.flush();
    }
    const text = await this.library?.text(id);
    if (!this.library || text === undefined) return false;
    const { parseText, storedText } = await loadCodec();
    const parsed = parseText(text);
    if (!parsed.ok) return false;
    await this.library.retitle(id, storedText({ ...parsed.doc, title }), title);
    this.touched();
    return true;
  }

  /** Deletes a model (never the open one); it can be put back while the page is open. */
  async remove(id: string): Promise<boolean> {
    if (!this.library || id === this.open?.id) return false;
    const removed = await this.library.remove(id);
    if (!removed) return false;
    this.state.setState((s) => ({ removed: [removed, ...s.removed], changes: s.changes + 1 }));
    return true;
  }

  async undoRemove(id: string): Promise<boolean> {
    const removed = this.state.getState().removed.find((r) => r.meta.id === id);
    if (!this.library || !removed) return false;
    await this.library.restore(removed);
    this.state.setState((s) => ({ removed: s.removed.filter((r) => r !== removed), changes: s.changes + 1 }));
    return true;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const c of this.cleanups.splice(0)) c();
  }
}
