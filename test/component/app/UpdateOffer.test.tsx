/** @vitest-environment jsdom */
// A new version is offered, never forced: nothing shows until one waits, and it reloads only when asked.
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { UpdateOffer } from '../../../src/app/UpdateOffer';
import { announceUpdate } from '../../../src/io/offline';

describe('UpdateOffer', () => {
  it('shows nothing until a version waits, then reloads only on "Update now"; "Later" puts it away', () => {
    const { unmount } = render(<UpdateOffer />);
    expect(screen.queryByTestId('update-offer')).toBeNull();
    const reload = vi.fn();
    act(() => announceUpdate(reload));
    expect(screen.getByTestId('update-offer').textContent).toContain('A new version of Fivefold is ready. Your model is saved in this browser.');
    expect(reload).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('update-offer')).toBeNull();
    expect(reload).not.toHaveBeenCalled();
    unmount();
    render(<UpdateOffer />);
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
