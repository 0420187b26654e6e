/** @vitest-environment jsdom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStores, StoresProvider, type Stores } from '../../src/store/context';
import { restoreSession, startAutosave, storedText, AUTOSAVE_DELAY_MS, type Autosave, type RestoreOutcome } from '../../src/io/autosave';
import { CORRUPT_KEY, DOCUMENT_KEY } from '../../src/io/storageAccess';
import { StorageBanner } from '../../src/io/storageBanner';
import { parseText } from '../../src/model';
import { exampleDoc } from '../unit/commands/given';

/** An in-memory Storage whose writes can be made to fail like a full quota. */
class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(k, v);
  }
}

const viewport = { x: -120, y: 40, zoom: 0.8 };
let mounted: Autosave[] = [];

function setup(storage: Storage | null, stores: Stores = createStores(exampleDoc()), session?: RestoreOutcome) {
  const autosave = startAutosave(stores, { storage, events: window, getViewport: () => viewport });
  mounted.push(autosave);
  render(
    <StoresProvider stores={stores}>
      <StorageBanner autosave={autosave} session={session} />
    </StoresProvider>,
  );
  const edit = (title: string) => act(() => stores.document.getState().commit('Rename model', (d) => void (d.title = title)));
  const wait = () => act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1));
  return { stores, autosave, edit, wait };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const a of mounted) a.stop();
  mounted = [];
  vi.useRealTimers();
});

describe('autosave', () => {
  it('given an edit, when the debounce passes, then the document and viewport are in storage, and a reload restores both', () => {
    const storage = new MemoryStorage();
    const { edit, wait } = setup(storage);
    edit('Saved title');
    expect(storage.getItem(DOCUMENT_KEY)).toBeNull(); // debounced, not yet
    wait();
    const saved = storage.getItem(DOCUMENT_KEY)!;
    expect(saved).not.toBeNull();

    const session = restoreSession(storage, () => exampleDoc());
    expect(session.kind).toBe('restored');
    expect(session.doc.title).toBe('Saved title');
    expect(session.kind === 'restored' && session.viewport).toEqual(viewport);
    expect(screen.getByRole('status').textContent).toMatch(/saved/i);
  });

  it('given a burst of edits, then one write holds the last one', () => {
    const storage = new MemoryStorage();
    const spy = vi.spyOn(storage, 'setItem');
    const { edit, wait } = setup(storage);
    edit('one');
    edit('two');
    edit('three');
    wait();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.getItem(DOCUMENT_KEY)!).title).toBe('three');
  });

  it('given a full storage, then a visible warning offers an export, the change stays in the editor, and the next save after space frees up succeeds', async () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const { stores, edit, wait } = setup(storage);
    edit('Unsaved title');
    wait();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/storage is full/i);
    expect(screen.getByRole('button', { name: 'Export a copy' })).toBeTruthy();
    expect(stores.document.getState().doc.title).toBe('Unsaved title');
    expect(storage.getItem(DOCUMENT_KEY)).toBeNull();

    storage.full = false;
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(JSON.parse(storage.getItem(DOCUMENT_KEY)!).title).toBe('Unsaved title');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('given the export button while storage fails, then the document is downloaded', async () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const { edit, wait } = setup(storage);
    edit('Keep me');
    wait();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Export a copy' }));
    expect(created).toHaveLength(1);
    const text = await created[0].text();
    expect(parseText(text).ok && JSON.parse(text).title).toBe('Keep me');
  });

  it('given no storage at all, then the warning says changes are not being saved', () => {
    const { edit, wait } = setup(null);
    edit('x');
    wait();
    expect(screen.getByRole('alert').textContent).toMatch(/not available/i);
  });

  it('given another tab saves, then it is offered for reload and this tab does not overwrite it', async () => {
    const storage = new MemoryStorage();
    const { stores, edit, wait } = setup(storage);
    const theirs = storedText({ ...exampleDoc(), title: 'From the other tab' });
    storage.setItem(DOCUMENT_KEY, theirs);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: DOCUMENT_KEY, newValue: theirs })));
    expect(screen.getByRole('alert').textContent).toMatch(/another tab/);

    edit('Mine');
    wait();
    expect(storage.getItem(DOCUMENT_KEY)).toBe(theirs);

    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: "Load the other tab's version" }));
    expect(stores.document.getState().doc.title).toBe('From the other tab');
    expect(screen.queryByRole('alert')).toBeNull();
    // This tab's version is one undo away.
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().doc.title).toBe('Mine');
  });

  it("given a selection, when the other tab's version without those records is loaded, then the selection keeps only what is still there", () => {
    const storage = new MemoryStorage();
    const { stores, autosave } = setup(storage);
    const mine = stores.document.getState().doc;
    const [gone, kept] = mine.teams;
    const theirDoc = { ...mine, teams: mine.teams.filter((t) => t !== gone), handoffs: mine.handoffs.filter((h) => h.from !== gone.id && h.to !== gone.id) };
    const goneHandoff = mine.handoffs.find((h) => h.from === gone.id || h.to === gone.id)!;
    act(() => stores.ui.getState().select({ teams: [gone.id, kept.id], handoffs: [goneHandoff.id] }));
    const theirs = storedText(theirDoc);
    storage.setItem(DOCUMENT_KEY, theirs);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: DOCUMENT_KEY, newValue: theirs })));
    let loaded = false;
    act(() => void (loaded = autosave.loadTheirs()));
    expect(loaded).toBe(true);
    expect(stores.document.getState().doc.teams.map((t) => t.id)).not.toContain(gone.id);
    expect(stores.ui.getState().selection).toEqual({ teams: [kept.id], handoffs: [] });
  });

  it("given another tab's save found at write time, then this tab asks, and keeping its version overwrites deliberately", async () => {
    const storage = new MemoryStorage();
    const { edit, wait } = setup(storage);
    storage.setItem(DOCUMENT_KEY, storedText({ ...exampleDoc(), title: 'Theirs' }));
    edit('Mine');
    wait();
    expect(JSON.parse(storage.getItem(DOCUMENT_KEY)!).title).toBe('Theirs');
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: "Keep this tab's version" }));
    expect(JSON.parse(storage.getItem(DOCUMENT_KEY)!).title).toBe('Mine');
  });
});

describe('restoring a session', () => {
  it('given nothing stored, then the example opens as a first visit', () => {
    const session = restoreSession(new MemoryStorage(), () => exampleDoc());
    expect(session.kind).toBe('first-visit');
    expect(session.doc.title).toBe(exampleDoc().title);
  });

  it('given a corrupt stored document, then the example opens, the person is told, and the corrupt text stays downloadable', async () => {
    const storage = new MemoryStorage();
    const corrupt = '{"format": "fivefold", "version": 1, "title": ';
    storage.setItem(DOCUMENT_KEY, corrupt);
    const session = restoreSession(storage, () => exampleDoc());
    expect(session.kind).toBe('corrupt');
    expect(session.doc.title).toBe(exampleDoc().title);
    expect(storage.getItem(CORRUPT_KEY)).toBe(corrupt);

    const { edit, wait } = setup(storage, createStores(session.doc), session);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be read/);
    edit('New work');
    wait();
    expect(storage.getItem(CORRUPT_KEY)).toBe(corrupt); // a later save does not destroy it

    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Download the unreadable save' }));
    expect(await created[0].text()).toBe(corrupt);
  });

  it('given a stored document that fails the schema, then it counts as corrupt too', () => {
    const storage = new MemoryStorage();
    storage.setItem(DOCUMENT_KEY, JSON.stringify({ ...exampleDoc(), teams: 'none' }));
    const session = restoreSession(storage, () => exampleDoc());
    expect(session.kind === 'corrupt' && session.reason).toMatch(/teams/);
  });
});
