/** @vitest-environment jsdom */
// The Share menu's link: a model small enough travels in a copied link; one too large for a link
// gets the message that says to send the file, and the clipboard is left alone.
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareMenu } from '../../../src/app/ShareMenu';
import { Notice } from '../../../src/app/Notice';
import { MAX_LINK_CHARS } from '../../../src/io/shareLink';
import { parseValue, type FivefoldDocument } from '../../../src/model';
import { createStores, StoresProvider } from '../../../src/store/context';
import { example as exampleDoc } from '../../support/examples';
import { team, validDoc } from '../../unit/model/fixture';

/** 1,500 teams with random-looking names, which compress poorly: its link would be far over the limit. */
function tooLargeForALink(): FivefoldDocument {
  const d = validDoc();
  let seed = 7;
  const noise = () => Array.from({ length: 40 }, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36)).join('');
  for (let i = 0; i < 1500; i++) d.teams.push({ ...team(`t${i}`, 'build'), name: noise() });
  const parsed = parseValue(d);
  if (!parsed.ok) throw new Error('the large model was meant to be valid');
  return parsed.doc;
}

/** Opens the Share menu on `doc` and chooses Copy link; the clipboard is watched. */
async function copyLink(doc: FivefoldDocument) {
  const user = userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, 'writeText');
  render(
    <StoresProvider stores={createStores(doc)}>
      <ShareMenu />
      <Notice />
    </StoresProvider>,
  );
  await user.click(screen.getByRole('button', { name: /^Share/ }));
  await user.click(await screen.findByRole('menuitem', { name: 'Copy link' }));
  const notice = screen.getByTestId('notice');
  await waitFor(() => expect(notice.textContent).not.toBe(''));
  return { writeText, notice: notice.textContent };
}

describe('the Share menu’s link', () => {
  // The link is compressed through Blob.stream(), which jsdom's Blob lacks: Node's, as in a browser.
  beforeEach(() => void vi.stubGlobal('Blob', NodeBlob));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('given the example, then a link that carries it is copied', async () => {
    const { writeText, notice } = await copyLink(exampleDoc());
    expect(notice).toMatch(/^Link copied \(/);
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0][0]).toMatch(/#model=[A-Za-z0-9_-]+$/);
  });

  it('given a model too large for a link, then it says to send the file instead and copies nothing', async () => {
    const { writeText, notice } = await copyLink(tooLargeForALink());
    expect(notice).toMatch(new RegExp(`^This model is too large for a link \\(\\d+ KB; links stay under ${MAX_LINK_CHARS / 1024} KB to arrive whole\\)\\. Send the file instead: Export saves it\\.$`));
    expect(writeText).not.toHaveBeenCalled();
  });
});
