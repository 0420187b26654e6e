import { useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../store/context';
import { storedText, type Autosave, type RestoreOutcome } from './autosave';
import { downloadText } from './download';
import { fileNameFor } from '../model';
import './storageBanner.css';

/**
 * What autosave has to tell the person: storage failing (with an export), another tab's save (load it
 * or keep this one), a stored document that could not be read (download it), and quietly, whether
 * the latest change is saved.
 */
export function StorageBanner({ autosave, session }: { autosave: Autosave; session?: RestoreOutcome }) {
  const stores = useStores();
  const status = useStore(autosave.state, (s) => s.status);
  const [corruptDismissed, setCorruptDismissed] = useState(false);
  // The same bytes as Export (the saved form), without reaching for storage that is failing.
  const exportNow = () => {
    const { doc } = stores.document.getState();
    downloadText(fileNameFor(doc), storedText(doc));
  };

  return (
    <div className="ff-storage">
      {session?.kind === 'corrupt' && !corruptDismissed ? (
        <div className="ff-storage-banner ff-storage-warning" role="alert">
          <p>
            The model saved in this browser could not be read ({session.reason}). The example opened instead; the unreadable save is
            kept so you can download it.
          </p>
          <button type="button" onClick={() => downloadText('unreadable-save.fivefold.json', session.corruptText)}>
            Download the unreadable save
          </button>
          <button type="button" onClick={() => setCorruptDismissed(true)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {status.kind === 'failed' ? (
        <div className="ff-storage-banner ff-storage-error" role="alert">
          <p>{status.message} Export a copy to keep them; saving is retried with every change.</p>
          <button type="button" onClick={exportNow}>
            Export a copy
          </button>
          <button type="button" onClick={() => autosave.flush()}>
            Try saving again
          </button>
        </div>
      ) : null}
      {status.kind === 'conflict' ? (
        <div className="ff-storage-banner ff-storage-warning" role="alert">
          <p>This model was changed and saved in another tab. Saving here is paused so neither version is lost.</p>
          <button type="button" onClick={() => autosave.loadTheirs()}>
            Load the other tab's version
          </button>
          <button type="button" onClick={() => autosave.keepMine()}>
            Keep this tab's version
          </button>
        </div>
      ) : null}
      <span className="ff-storage-status" role="status" data-testid="save-status">
        {status.kind === 'saved' ? 'All changes saved in this browser' : status.kind === 'pending' ? 'Saving…' : 'Not saved'}
      </span>
    </div>
  );
}
