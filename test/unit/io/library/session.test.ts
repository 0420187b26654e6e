import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_KEY, CORRUPT_KEY } from '../../../../src/io/storageAccess';
import { JOURNAL_KEY, MIGRATED_KEY } from '../../../../src/io/library/keys';
import { MAX_VERSIONS, VERSION_EVERY_MS } from '../../../../src/io/library/library';
import { storedText } from '../../../../src/io/autosave';
import { openAsNewModel } from '../../../../src/io/openModel';
import { importText } from '../../../../src/io/fileImport';
import { ModelSession } from '../../../../src/io/library/session';
import { createStores } from '../../../../src/store/context';
import { example as exampleDoc } from '../../../support/examples';
import { freshLibrary, givenBrowser, startTab } from './given';
import { MemoryStorage } from './memoryStorage';
import { createAppRegistry } from '../../../../src/app/registry';

const sessions: ModelSession[] = [];
const track = <T extends { session: ModelSession }>(t: T) => (sessions.push(t.session), t);
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

const rename = (stores: { document: { getState(): { commit(l: string, r: (d: { title: string }) => void): void } } }, title: string) =>
  stores.document.getState().commit('Rename model', (d) => void (d.title = title));

describe('the model library', () => {
  it('given a first visit, then the example is the one model, and a reload opens it again with its edit', async () => {
    const browser = await givenBrowser();
    const first = track(await startTab(browser));
    expect(first.start.doc.title).toBe(exampleDoc().title);
    expect(await browser.library.list()).toHaveLength(1);
    rename(first.stores, 'Edited OTT');
    expect(await first.session.flush()).toBe(true);
    const reloaded = track(await startTab({ ...browser, tab: first.tab }));
    expect(reloaded.start.doc.title).toBe('Edited OTT');
  });

  it('given an edited model, when another file is imported, then both are kept and the first still holds its edit', async () => {
    const browser = await givenBrowser();
    const { stores, session, tab } = track(await startTab(browser));
    rename(stores, 'My edited model');
    const other = storedText({ ...exampleDoc(), title: 'Imported plan — ünïcode ✓' });
    expect(importText(stores, 'plan.fivefold.json', other).ok).toBe(true);
    expect(stores.document.getState().doc.title).toBe('Imported plan — ünïcode ✓');
    await session.flush();
    const list = await browser.library.list();
    expect(list.map((m) => m.title).sort()).toEqual(['Imported plan — ünïcode ✓', 'My edited model']);
    expect(list.find((m) => m.title === 'Imported plan — ünïcode ✓')!.source).toEqual({ kind: 'import', name: 'plan.fivefold.json' });
    // The imported one is what this tab has open now, also after a reload.
    const reloaded = track(await startTab({ ...browser, tab }));
    expect(reloaded.start.doc.title).toBe('Imported plan — ünïcode ✓');
    const first = list.find((m) => m.title === 'My edited model')!;
    expect(await reloaded.session.openStored(first.id)).toBe(true);
    expect(reloaded.stores.document.getState().doc.title).toBe('My edited model');
  });

  it('given an edit made while the new model is still being created, then it is saved into the new model, not the old', async () => {
    const browser = await givenBrowser();
    const { stores, session } = track(await startTab(browser));
    const before = session.state.getState().openId;
    openAsNewModel(stores, { ...exampleDoc(), title: 'New one' }, { kind: 'new' });
    rename(stores, 'New one, renamed at once');
    await session.flush();
    await session.flush();
    const list = await browser.library.list();
    expect(list.find((m) => m.id === before)!.title).toBe(exampleDoc().title);
    expect(list.filter((m) => m.id !== before).map((m) => m.title)).toEqual(['New one, renamed at once']);
  });

  it('given edits over time, then versions are taken at most every few minutes, bounded in count, and a restore is one undo step', async () => {
    const library = await freshLibrary();
    const meta = await library.create(storedText(exampleDoc()), 'v0', undefined, 0);
    let stamp = meta.stamp;
    for (let i = 1; i <= MAX_VERSIONS + 5; i++) {
      const saved = await library.save(meta.id, storedText({ ...exampleDoc(), title: `v${i}` }), `v${i}`, stamp, i * VERSION_EVERY_MS);
      if (!saved.ok) throw new Error('no other writer here');
      stamp = saved.stamp;
      // A save a minute later is not a new version.
      const again = await library.save(meta.id, storedText({ ...exampleDoc(), title: `v${i}+` }), `v${i}+`, stamp, i * VERSION_EVERY_MS + 60_000);
      if (!again.ok) throw new Error('no other writer here');
      stamp = again.stamp;
    }
    const versions = await library.versions(meta.id);
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(versions[0].title).toBe(`v${MAX_VERSIONS + 5}`);
    expect(versions.some((v) => v.title.endsWith('+'))).toBe(false);
  });

  it('given a version, when it is restored, then the model is that version, what it replaced is a version too, and Undo brings the edit back', async () => {
    const browser = await givenBrowser();
    const { stores, session } = track(await startTab(browser));
    const id = session.state.getState().openId!;
    const [opened] = await browser.library.versions(id);
    rename(stores, 'Worked on');
    await session.flush();
    expect(await session.restoreVersion(opened.id!)).toBe(true);
    expect(stores.document.getState().doc.title).toBe(exampleDoc().title);
    expect((await browser.library.versions(id)).map((v) => v.title)).toContain('Worked on');
    stores.document.getState().undo();
    expect(stores.document.getState().doc.title).toBe('Worked on');
  });

  it('given two tabs on one model, when both save, then the second is told, nothing is overwritten, and keeping its own keeps the other as a version', async () => {
    const browser = await givenBrowser();
    const a = track(await startTab(browser));
    const b = track(await startTab({ ...browser, tab: a.tab }));
    rename(a.stores, 'From tab A');
    expect(await a.session.flush()).toBe(true);
    rename(b.stores, 'From tab B');
    expect(await b.session.flush()).toBe(false);
    const status = b.session.state.getState().status;
    expect(status.kind).toBe('conflict');
    const id = a.session.state.getState().openId!;
    expect((await browser.library.meta(id))!.title).toBe('From tab A');
    expect(await b.session.keepMine()).toBe(true);
    expect((await browser.library.meta(id))!.title).toBe('From tab B');
    expect((await browser.library.versions(id)).map((v) => v.title)).toContain('From tab A');
  });

  it("given another tab's save, when this tab loads it, then it is one Undo away from this tab's version", async () => {
    const browser = await givenBrowser();
    const a = track(await startTab(browser));
    const b = track(await startTab({ ...browser, tab: a.tab }));
    rename(a.stores, 'Theirs');
    await a.session.flush();
    rename(b.stores, 'Mine');
    await b.session.flush();
    expect(b.session.loadTheirs()).toBe(true);
    expect(b.stores.document.getState().doc.title).toBe('Theirs');
    b.stores.document.getState().undo();
    expect(b.stores.document.getState().doc.title).toBe('Mine');
  });

  it("given another tab's save, the registered command file.loadTheirs loads it, undoably; with no conflict it cannot run", async () => {
    const registry = createAppRegistry();
    const browser = await givenBrowser();
    const a = track(await startTab(browser));
    const b = track(await startTab({ ...browser, tab: a.tab }));
    expect(registry.canRun('file.loadTheirs', b.stores)).toBe(false);
    rename(a.stores, 'Theirs');
    await a.session.flush();
    rename(b.stores, 'Mine');
    await b.session.flush();
    expect(b.session.state.getState().status.kind).toBe('conflict');
    expect(registry.run('file.loadTheirs', b.stores)).toBe(true);
    expect(b.stores.document.getState().doc.title).toBe('Theirs');
    expect(b.stores.document.getState().past.at(-1)?.label).toBe('Load the version saved in another tab');
    expect(registry.canRun('file.loadTheirs', b.stores)).toBe(false);
    b.stores.document.getState().undo();
    expect(b.stores.document.getState().doc.title).toBe('Mine');
  });

  it('given a full storage, then the status says so and the change is kept for the next try', async () => {
    const browser = await givenBrowser();
    const { stores, session } = track(await startTab(browser));
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const save = browser.library.save.bind(browser.library);
    browser.library.save = () => Promise.reject(full);
    rename(stores, 'Not yet saved');
    expect(await session.flush()).toBe(false);
    expect(session.state.getState().status).toMatchObject({ kind: 'failed', reason: 'full' });
    browser.library.save = save;
    expect(await session.flush()).toBe(true);
    expect((await browser.library.meta(session.state.getState().openId!))!.title).toBe('Not yet saved');
  });

  it('given a save refused half-way (the text store throws), then nothing of it is kept and the next save is not taken for another tab’s', async () => {
    const browser = await givenBrowser();
    const { stores, session } = track(await startTab(browser));
    const id = session.state.getState().openId!;
    const before = await browser.library.meta(id);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'texts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      rename(stores, 'Refused');
      expect(await session.flush()).toBe(false);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await browser.library.meta(id))!.stamp).toBe(before!.stamp);
    expect(await session.flush()).toBe(true);
    expect(session.state.getState().status.kind).toBe('saved');
    expect((await browser.library.meta(id))!.title).toBe('Refused');
  });

  it('given IndexedDB refused, then the app still starts, and the status says changes are not saved', async () => {
    const local = new MemoryStorage();
    const { startLibrary } = await import('../../../../src/io/library/startup');
    const start = await startLibrary({ openLibrary: () => Promise.reject(new Error('refused')), local, tab: null, fallback: exampleDoc });
    expect(start.library).toBeNull();
    expect(start.doc.title).toBe(exampleDoc().title);
    const stores = createStores(start.doc);
    const { session } = track({ session: new ModelSession(stores, start.library, start.open, { local, delayMs: 1 }) });
    expect(session.state.getState().status).toMatchObject({ kind: 'failed', reason: 'unavailable' });
    rename(stores, 'Edited without storage');
    expect(await session.flush()).toBe(false);
    expect(session.state.getState().status).toMatchObject({ kind: 'failed', reason: 'unavailable' });
  });

  it('given a deleted model, then it can be put back while the page is open; the open model cannot be deleted', async () => {
    const browser = await givenBrowser();
    const { stores, session } = track(await startTab(browser));
    const first = session.state.getState().openId!;
    openAsNewModel(stores, { ...exampleDoc(), title: 'Second' }, { kind: 'new' });
    await session.flush();
    expect(await session.remove(session.state.getState().openId!)).toBe(false);
    expect(await session.remove(first)).toBe(true);
    expect((await browser.library.list()).map((m) => m.title)).toEqual(['Second']);
    expect(await session.undoRemove(first)).toBe(true);
    expect((await browser.library.list()).map((m) => m.id)).toContain(first);
    expect((await browser.library.versions(first)).length).toBeGreaterThan(0);
  });

  it('given duplicate and rename, then the copy is a model of its own and a stored model is renamed inside its document too', async () => {
    const browser = await givenBrowser();
    const { session } = track(await startTab(browser));
    const copy = (await session.duplicate(session.state.getState().openId!))!;
    expect(copy.title).toBe(`${exampleDoc().title} (copy)`);
    expect(await session.rename(copy.id, 'Renamed copy')).toBe(true);
    expect(JSON.parse((await browser.library.text(copy.id))!).title).toBe('Renamed copy');
  });
});

describe('starting', () => {
  it("given today's localStorage save, then the first start copies it into the library and opens it, leaving the old text in place", async () => {
    const library = await freshLibrary();
    const local = new MemoryStorage();
    const saved = storedText({ ...exampleDoc(), title: 'Saved before the library' }, { x: 10, y: 20, zoom: 0.5 });
    local.setItem(DOCUMENT_KEY, saved);
    local.setItem(CORRUPT_KEY, 'half a file');
    const { start } = track(await startTab({ library, local }));
    expect(start.doc.title).toBe('Saved before the library');
    expect(start.viewport).toEqual({ x: 10, y: 20, zoom: 0.5 });
    expect(local.getItem(DOCUMENT_KEY)).toBe(saved);
    expect(local.getItem(MIGRATED_KEY)).not.toBeNull();
    expect((await library.corrupt()).map((c) => c.text)).toEqual(['half a file']);
    // Only once: a second start does not copy it again.
    track(await startTab({ library, local }));
    expect(await library.list()).toHaveLength(1);
  });

  it('given a corrupt record, then it is kept for download, the person is told, and another model opens', async () => {
    const library = await freshLibrary();
    const corrupt = '{"format": "fivefold", "version": 1, "title": ';
    await library.create(corrupt, 'Broken');
    const { start } = track(await startTab({ library, local: new MemoryStorage() }));
    expect(start.doc.title).toBe(exampleDoc().title);
    expect(start.corrupt.map((c) => c.text)).toEqual([corrupt]);
    expect((await library.corrupt()).map((c) => c.text)).toEqual([corrupt]);
    expect((await library.list()).map((m) => m.title)).toEqual([exampleDoc().title]);
  });

  it('given a tab that closed with an unsaved change, then the journal it wrote is saved at the next start', async () => {
    const browser = await givenBrowser();
    const first = track(await startTab(browser, { delayMs: 60_000 }));
    rename(first.stores, 'Typed just before closing');
    first.session.writeJournal();
    first.session.stop();
    expect(browser.local.getItem(JOURNAL_KEY)).not.toBeNull();
    // The journal's own flush may not have finished: the next start must not depend on it.
    const reopened = track(await startTab({ ...browser, tab: first.tab }));
    expect(reopened.start.doc.title).toBe('Typed just before closing');
    expect(browser.local.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('given a second tab opened on a library in use, then both open the same model', async () => {
    const browser = await givenBrowser();
    const a = track(await startTab(browser));
    const b = track(await startTab(browser));
    expect(b.session.state.getState().openId).toBe(a.session.state.getState().openId);
  });

  it('given a change made after the session’s own pagehide listener ran (a field applying its typed text), then the journal holds it', async () => {
    const browser = await givenBrowser();
    const events = new EventTarget();
    const first = track(await startTab(browser, { delayMs: 60_000, events }));
    events.dispatchEvent(new Event('pagehide'));
    expect(browser.local.getItem(JOURNAL_KEY), 'nothing to journal yet').toBeNull();
    rename(first.stores, 'Typed as the tab closed');
    const journal = browser.local.getItem(JOURNAL_KEY);
    expect(journal).not.toBeNull();
    expect(JSON.parse(JSON.parse(journal!).text).title).toBe('Typed as the tab closed');
    first.session.stop();
    const reopened = track(await startTab({ ...browser, tab: first.tab }));
    expect(reopened.start.doc.title).toBe('Typed as the tab closed');
  });

  it('given a page back from the back/forward cache (pageshow), then a change waits for the save timer, not the journal', async () => {
    const browser = await givenBrowser();
    const events = new EventTarget();
    const { stores, session } = track(await startTab(browser, { delayMs: 60_000, events }));
    events.dispatchEvent(new Event('pagehide'));
    events.dispatchEvent(new Event('pageshow'));
    rename(stores, 'Edited after coming back');
    expect(browser.local.getItem(JOURNAL_KEY)).toBeNull();
    expect(session.state.getState().status.kind).toBe('pending');
  });
});
