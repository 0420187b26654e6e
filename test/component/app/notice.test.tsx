/** @vitest-environment jsdom */
// Notices float above the dock: information goes by itself after a while, a warning or an error
// stays until the person dismisses it or a newer notice replaces it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Notice, INFO_NOTICE_MS } from '../../../src/app/Notice';
import { StoresProvider } from '../../../src/store/context';
import { givenExample } from '../canvas/given';

function renderNotice() {
  const stores = givenExample();
  render(
    <StoresProvider stores={stores}>
      <Notice />
    </StoresProvider>,
  );
  return stores;
}

const text = () => screen.getByTestId('notice').textContent;

afterEach(() => vi.useRealTimers());

describe('notice', () => {
  it('information goes by itself; the live region stays, empty', () => {
    vi.useFakeTimers();
    const stores = renderNotice();
    act(() => stores.ui.getState().notify('info', 'Opened "plan.fivefold.json".'));
    expect(text()).toBe('Opened "plan.fivefold.json".');
    act(() => vi.advanceTimersByTime(INFO_NOTICE_MS - 100));
    expect(text()).toBe('Opened "plan.fivefold.json".');
    act(() => vi.advanceTimersByTime(200));
    expect(text()).toBe('');
    expect(screen.getByTestId('notice').getAttribute('role')).toBe('status');
  });

  it('a warning stays until dismissed', () => {
    vi.useFakeTimers();
    const stores = renderNotice();
    act(() => stores.ui.getState().notify('warning', 'A team cannot hand off to itself.'));
    act(() => vi.advanceTimersByTime(INFO_NOTICE_MS * 5));
    expect(text()).toBe('A team cannot hand off to itself.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(text()).toBe('');
    expect(stores.ui.getState().notice).toBeNull();
  });

  it('a newer notice is not cut short by the older one’s timer', () => {
    vi.useFakeTimers();
    const stores = renderNotice();
    act(() => stores.ui.getState().notify('info', 'First.'));
    act(() => vi.advanceTimersByTime(INFO_NOTICE_MS - 1000));
    act(() => stores.ui.getState().notify('info', 'Second.'));
    act(() => vi.advanceTimersByTime(2000));
    expect(text()).toBe('Second.');
  });
});
