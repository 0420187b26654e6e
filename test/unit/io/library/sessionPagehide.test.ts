// The page going away: a change made during pagehide (a field applying its typed text; pagehide's
// listeners run in no order the session can rely on) still reaches the journal, and a page that
// comes back from the back/forward cache saves on its timer again.
import { afterEach, describe, expect, it } from 'vitest';
import { JOURNAL_KEY } from '../../../../src/io/library/keys';
import type { ModelSession } from '../../../../src/io/library/session';
import { givenBrowser, startTab } from './given';

const sessions: ModelSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

const rename = (stores: { document: { getState(): { commit(l: string, r: (d: { title: string }) => void): void } } }, title: string) =>
  stores.document.getState().commit('Rename model', (d) => void (d.title = title));

describe('the session as the page goes', () => {
  it('given a change made after the session’s own pagehide listener ran, then the journal holds it', async () => {
    const browser = await givenBrowser();
    const events = new EventTarget();
    const first = await startTab(browser, { delayMs: 60_000, events });
    sessions.push(first.session);
    events.dispatchEvent(new Event('pagehide'));
    expect(browser.local.getItem(JOURNAL_KEY), 'nothing to journal yet').toBeNull();
    rename(first.stores, 'Typed as the tab closed');
    const journal = browser.local.getItem(JOURNAL_KEY);
    expect(journal).not.toBeNull();
    expect(JSON.parse(JSON.parse(journal!).text).title).toBe('Typed as the tab closed');
    first.session.stop();
    const reopened = await startTab({ ...browser, tab: first.tab });
    sessions.push(reopened.session);
    expect(reopened.start.doc.title).toBe('Typed as the tab closed');
  });

  it('given a page back from the cache (pageshow), then a change waits for the save timer, not the journal', async () => {
    const browser = await givenBrowser();
    const events = new EventTarget();
    const tab = await startTab(browser, { delayMs: 60_000, events });
    sessions.push(tab.session);
    events.dispatchEvent(new Event('pagehide'));
    events.dispatchEvent(new Event('pageshow'));
    rename(tab.stores, 'Edited after coming back');
    expect(browser.local.getItem(JOURNAL_KEY)).toBeNull();
    expect(tab.session.state.getState().status.kind).toBe('pending');
  });
});
