/** @vitest-environment jsdom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoresProvider } from '../../../src/store/context';
import { StorageBanner } from '../../../src/io/storageBanner';
import { createAppRegistry } from '../../../src/app/registry';
import { ModelSession } from '../../../src/io/library/session';
import { startLibrary } from '../../../src/io/library/startup';
import { createStores, type Stores } from '../../../src/store/context';
import { givenBrowser, startTab } from '../../unit/io/library/given';
import { MemoryStorage } from '../../unit/io/library/memoryStorage';
import { example as exampleDoc } from '../../support/examples';

const sessions: ModelSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

function mount(stores: Stores, session: ModelSession, corrupt: { text: string; reason: string }[] = []) {
  const registry = createAppRegistry();
  sessions.push(session);
  render(
    <StoresProvider stores={stores}>
      <StorageBanner session={session} run={(id) => registry.run(id, stores)} corrupt={corrupt} />
    </StoresProvider>,
  );
}

function captureDownloads() {
  const created: Blob[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
  URL.revokeObjectURL = vi.fn();
  return created;
}

describe('the storage banner', () => {
  it('given a saved edit, then the status says it is saved in this browser', async () => {
    const browser = await givenBrowser();
    const { stores, session } = await startTab(browser);
    mount(stores, session);
    act(() => stores.document.getState().commit('Rename model', (d) => void (d.title = 'Saved')));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('All changes saved in this browser'));
  });

  it('given a full storage, then a visible warning offers an export that holds the unsaved change', async () => {
    const browser = await givenBrowser();
    const { stores, session } = await startTab(browser);
    browser.library.save = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    mount(stores, session);
    act(() => stores.document.getState().commit('Rename model', (d) => void (d.title = 'Keep me')));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/storage is full/);
    const created = captureDownloads();
    await userEvent.click(screen.getByRole('button', { name: 'Export a copy' }));
    expect(JSON.parse(await created[0].text()).title).toBe('Keep me');
  });

  it('given browser storage unavailable, then a visible warning says changes are not being saved and offers an export', async () => {
    const local = new MemoryStorage();
    const start = await startLibrary({ openLibrary: () => Promise.reject(new Error('refused')), local, tab: null, fallback: exampleDoc });
    const stores = createStores(start.doc);
    mount(stores, new ModelSession(stores, start.library, start.open, { local, delayMs: 1 }));
    expect(screen.getByRole('alert').textContent).toMatch(/storage is not available here, so changes are not being saved/);
    expect(screen.getByTestId('save-status').textContent).toBe('Not saved');
    act(() => stores.document.getState().commit('Rename model', (d) => void (d.title = 'Only in this tab')));
    const created = captureDownloads();
    await userEvent.click(screen.getByRole('button', { name: 'Export a copy' }));
    expect(JSON.parse(await created[0].text()).title).toBe('Only in this tab');
  });

  it("given another tab's save, then the person is asked, and loading theirs replaces this tab's document", async () => {
    const browser = await givenBrowser();
    const a = await startTab(browser);
    const b = await startTab({ ...browser, tab: a.tab });
    sessions.push(a.session);
    mount(b.stores, b.session);
    a.stores.document.getState().commit('Rename model', (d) => void (d.title = 'Theirs'));
    await a.session.flush();
    act(() => b.stores.document.getState().commit('Rename model', (d) => void (d.title = 'Mine')));
    await userEvent.click(await screen.findByRole('button', { name: "Load the other tab's version" }));
    expect(b.stores.document.getState().doc.title).toBe('Theirs');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('given saves found unreadable at start, then each can be downloaded as it was', async () => {
    const browser = await givenBrowser();
    const { stores, session } = await startTab(browser);
    const corrupt = '{"format": "fivefold", "version": 1, "title": ';
    mount(stores, session, [{ text: corrupt, reason: 'not JSON' }]);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be read \(not JSON\)/);
    const created = captureDownloads();
    await userEvent.click(screen.getByRole('button', { name: 'Download the unreadable save' }));
    expect(await created[0].text()).toBe(corrupt);
  });
});
