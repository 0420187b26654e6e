import { useEffect } from 'react';
import { useStores } from '../../store/context';

/**
 * How long a request waits for its control to appear: a panel or drawer may open first, and the
 * first time it opens its code loads.
 */
const MAX_WAIT_MS = 5000;

/** The control that edits `path`, preferring one a person can see. */
export function findControl(root: ParentNode, path: string): HTMLElement | null {
  const all = [...root.querySelectorAll<HTMLElement>(`[data-path="${path.replace(/["\\]/g, "\\$&")}"]`)];
  return all.find((el) => !el.closest('details:not([open])')) ?? all[0] ?? null;
}

/** Opens the closed sections around a control, scrolls it into view and focuses it. */
export function focusControl(el: HTMLElement): void {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
  el.classList.add('ff-focus-flash');
  setTimeout(() => el.classList.remove('ff-focus-flash'), 1600);
}

/**
 * Serves the UI store's focus requests: waits until the control with that `data-path` exists (the
 * inspector or a drawer may still be rendering), then focuses it; says so when none ever appears.
 */
export function useFocusRequests(): void {
  const ui = useStores().ui;
  useEffect(() => {
    let frame = 0;
    const off = ui.subscribe((state, prev) => {
      const req = state.focusRequest;
      if (!req || req === prev.focusRequest) return;
      cancelAnimationFrame(frame);
      const since = performance.now();
      const attempt = () => {
        if (ui.getState().focusRequest !== req) return;
        const el = findControl(document, req.path);
        if (el) return focusControl(el);
        if (performance.now() - since < MAX_WAIT_MS) frame = requestAnimationFrame(attempt);
        else ui.getState().notify('info', `No field on screen edits ${req.path}; open the inspector to change it.`);
      };
      frame = requestAnimationFrame(attempt);
    });
    return () => {
      off();
      cancelAnimationFrame(frame);
    };
  }, [ui]);
}
