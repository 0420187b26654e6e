import { useEffect } from 'react';
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
  useOnViewportChange({ onEnd: () => session.schedule(true) });
  return <StorageBanner session={session} run={run} corrupt={library.corrupt} />;
}
