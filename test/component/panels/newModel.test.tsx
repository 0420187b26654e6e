/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewModelButton } from '../../../src/app/NewModelButton';
import { presetScenarios } from '../../../src/model';
import { renderInEditor } from './harness';

describe('New', () => {
  it('given New, when cancelled, then nothing changes', async () => {
    const ed = renderInEditor(<NewModelButton />);
    const before = ed.doc();
    await userEvent.click(screen.getByRole('button', { name: 'New' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a new model?' });
    // The question is asked once, in the title; the body only reassures.
    expect(dialog.querySelector('p')?.textContent).toBe('The current model is kept: it stays in Models, one click away.');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(ed.doc()).toBe(before);
  });

  it('given New, when confirmed, then an empty model with the three presets, one undo away from the old one', async () => {
    const ed = renderInEditor(<NewModelButton />);
    const before = ed.doc();
    await userEvent.click(screen.getByRole('button', { name: 'New' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start a new model' }));
    expect(ed.doc().teams).toEqual([]);
    expect(ed.doc().scenarios).toEqual(presetScenarios());
    ed.stores.document.getState().undo();
    expect(ed.doc()).toBe(before);
  });
});
