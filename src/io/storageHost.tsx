import { useEffect, useRef, useState } from 'react';
import { useOnViewportChange, useReactFlow } from '@xyflow/react';
import { useStores } from '../store/context';
import { startAutosave, type Autosave, type RestoreOutcome } from './autosave';
import { browserStorage } from './storageAccess';
import { StorageBanner } from './storageBanner';

/**
 * Autosave for the app, mounted once inside the React Flow provider: it saves document and
 * viewport, and shows the storage banner. (The canvas starts at `savedViewport(doc)` itself.)
 * @example <ReactFlowProvider><AutosaveHost session={session} />…</ReactFlowProvider>
 */
export function AutosaveHost({ session }: { session?: RestoreOutcome }) {
  const stores = useStores();
  const flow = useReactFlow();
  const flowRef = useRef(flow);
  flowRef.current = flow;
  const [autosave, setAutosave] = useState<Autosave | null>(null);
  // Started in an effect (not during render) so it is stopped exactly as often as it is started.
  useEffect(() => {
    const started = startAutosave(stores, {
      storage: browserStorage(),
      events: typeof window === 'undefined' ? null : window,
      getViewport: () => flowRef.current.getViewport(),
    });
    setAutosave(started);
    return () => {
      started.flush();
      started.stop();
    };
  }, [stores]);
  // Panning and zooming are not document changes, but a reload should come back to the same view.
  useOnViewportChange({ onEnd: () => autosave?.schedule() });
  return autosave ? <StorageBanner autosave={autosave} session={session} /> : null;
}
