/** @vitest-environment jsdom */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoresProvider } from '../../../../src/store/context';
import { LibraryContext } from '../../../../src/io/library/context';
import { ModelsButton } from '../../../../src/app/ModelsButton';
import { openAsNewModel } from '../../../../src/io/openModel';
import type { ModelSession } from '../../../../src/io/library/session';
import { example as exampleDoc } from '../../../support/examples';
import { givenBrowser, startTab } from '../../../unit/io/library/given';

const sessions: ModelSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

/** Given a tab with the example edited and a second model opened from an import. */
async function givenTwoModels() {
  const browser = await givenBrowser();
  const tab = await startTab(browser);
  sessions.push(tab.session);
  tab.stores.document.getState().commit('Rename model', (d) => void (d.title = 'OTT, edited by me'));
  openAsNewModel(tab.stores, { ...exampleDoc(), title: 'Imported — a long ünïcode name that wraps ✓'.repeat(2) }, { kind: 'import', name: 'plan.fivefold.json' });
  await tab.session.flush();
  render(
    <StoresProvider stores={tab.stores}>
      <LibraryContext.Provider value={tab.session}>
        <ModelsButton />
      </LibraryContext.Provider>
    </StoresProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Models' }));
  const dialog = await screen.findByRole('dialog', { name: 'Models in this browser' });
  const list = await within(dialog).findByTestId('models-list');
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
  return { ...tab, browser, user, dialog, list };
}

describe('the Models view', () => {
  it('lists every model with its source; the edited one opens again with its edit', async () => {
    const { stores, user, dialog, list } = await givenTwoModels();
    expect(list.textContent).toContain('Imported from plan.fivefold.json');
    expect(list.textContent).toContain('Open now');
    await user.click(within(dialog).getByRole('button', { name: 'Open OTT, edited by me' }));
    await waitFor(() => expect(stores.document.getState().doc.title).toBe('OTT, edited by me'));
  });

  it('deleting asks first, and the deletion can be undone', async () => {
    const { browser, user, dialog, list } = await givenTwoModels();
    await user.click(within(dialog).getByRole('button', { name: 'Delete OTT, edited by me' }));
    const ask = within(dialog).getByRole('group', { name: 'Delete OTT, edited by me?' });
    await user.click(within(ask).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await user.click(within(dialog).getByRole('button', { name: 'Undo delete of OTT, edited by me' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect((await browser.library.list()).map((m) => m.title)).toContain('OTT, edited by me');
  });

  it('duplicates and renames a model that is not open', async () => {
    const { browser, user, dialog, list } = await givenTwoModels();
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate OTT, edited by me' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    await user.click(within(dialog).getByRole('button', { name: 'Rename OTT, edited by me (copy)' }));
    const input = within(dialog).getByLabelText('New name');
    await user.clear(input);
    await user.type(input, 'Second take{Enter}');
    await waitFor(() => expect(list.textContent).toContain('Second take'));
    expect((await browser.library.list()).map((m) => m.title).sort()).toContain('Second take');
  });

  it('restores a version of the open model in one click, as one undo step', async () => {
    const { stores, session, user, dialog } = await givenTwoModels();
    act(() => stores.document.getState().commit('Rename model', (d) => void (d.title = 'Changed after opening')));
    await session.flush();
    const versions = await within(dialog).findByTestId('versions-list');
    const first = await within(versions).findByRole('button', { name: /^Restore this version: Imported/ });
    await user.click(first);
    await waitFor(() => expect(stores.document.getState().doc.title).toMatch(/^Imported/));
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().doc.title).toBe('Changed after opening');
  });
});
