import { useState, useSyncExternalStore } from 'react';
import { onUpdateWaiting, waitingUpdate } from '../io/offline';

/**
 * "A new version is ready": offered, never forced. The model is autosaved, so reloading loses
 * nothing, but only the person decides when (not in the middle of typing a name).
 */
export function UpdateOffer() {
  const update = useSyncExternalStore(onUpdateWaiting, waitingUpdate, () => null);
  const [later, setLater] = useState(false);
  if (!update || later) return null;
  return (
    <div className="update-offer" role="status" data-testid="update-offer">
      <span>A new version of Fivefold is ready. Your model is saved in this browser.</span>
      <button type="button" onClick={update}>
        Update now
      </button>
      <button type="button" onClick={() => setLater(true)}>
        Later
      </button>
    </div>
  );
}
