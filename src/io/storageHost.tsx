import { useEffect, useRef } from 'react';
import { useOnViewportChange, useReactFlow } from '@xyflow/react';
import type { ModelSession } from './library/session';
import type { Startup } from './library/startup';
import { StorageBanner, type RunConflictCommand } from './storageBanner';

export interface LibraryHandle {
  session: ModelSession;
  /** Saves found unreadable at start, kept for download. */
  corrupt: Startup['corrupt'];
}

/**
 * Saving for the app, mounted once inside the React Flow provider: it gives the session the
 * canvas's viewport, saves when the view moves, and shows the storage banner.
 * @example <ReactFlowProvider><AutosaveHost library={library} run={(id) => registry.run(id, stores)} />…</ReactFlowProvider>
 */
export function AutosaveHost({ library, run }: { library: LibraryHandle; run: RunConflictCommand }) {
  const flow = useReactFlow();
  const { session } = library;
  useEffect(() => {
    session.setViewportSource(() => flow.getViewport());
  }, [session, flow]);
  // Panning and zooming are not document changes, but a reload should come back to the same view.
  // The app's own fit on opening is not a view anyone chose (a reload fits again), so nothing is
  // saved before the person's first input; that save would also load the codec into a first visit.
  const touched = useFirstInput();
  useOnViewportChange({ onEnd: () => touched.current && session.schedule(true) });
  return <StorageBanner session={session} run={run} corrupt={library.corrupt} />;
}

const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Becomes true at the person's first pointer, key, wheel or touch input on the page. */
function useFirstInput(): { readonly current: boolean } {
  const seen = useRef(false);
  useEffect(() => {
    const mark = () => {
      seen.current = true;
      for (const e of INPUTS) window.removeEventListener(e, mark, true);
    };
    for (const e of INPUTS) window.addEventListener(e, mark, { capture: true, passive: true });
    return () => {
      for (const e of INPUTS) window.removeEventListener(e, mark, true);
    };
  }, []);
  return seen;
}
