import { useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../store/context';
import { loadCodec } from './codecLoader';
import { downloadText } from './download';
import { fileNameFor } from '../model';
import type { ModelSession } from './library/session';
import type { Startup } from './library/startup';
import './storageBanner.css';

/**
 * What saving has to tell the person: storage failing (with an export), another tab's save (load it
 * or keep this one), saves that could not be read (download them), and quietly, whether the latest
 * change is saved.
 */
/** The registered commands the banner's conflict buttons run (file.loadTheirs, file.keepMine); the shell passes its registry's. */
export type RunConflictCommand = (id: 'file.loadTheirs' | 'file.keepMine') => void;

export function StorageBanner({ session, run, corrupt = [] }: { session: ModelSession; run: RunConflictCommand; corrupt?: Startup['corrupt'] }) {
  const stores = useStores();
  const status = useStore(session.state, (s) => s.status);
  const [corruptDismissed, setCorruptDismissed] = useState(false);
  // The same bytes as Export (the saved form), without reaching for storage that is failing.
  const exportNow = () => {
    const { doc } = stores.document.getState();
    void loadCodec().then(({ storedText }) => downloadText(fileNameFor(doc), storedText(doc)));
  };

  return (
    <div className="ff-storage">
      {corrupt.length && !corruptDismissed ? (
        <div className="ff-storage-banner ff-storage-warning" role="alert">
          <p>
            {corrupt.length === 1 ? 'A model saved in this browser' : `${corrupt.length} models saved in this browser`} could not be read (
            {corrupt[0].reason}). {corrupt.length === 1 ? 'It is' : 'They are'} kept so you can download {corrupt.length === 1 ? 'it' : 'them'}.
          </p>
          {corrupt.map((c, i) => (
            <button key={i} type="button" onClick={() => downloadText(`unreadable-save${i ? `-${i + 1}` : ''}.fivefold.json`, c.text)}>
              Download the unreadable save{corrupt.length > 1 ? ` ${i + 1}` : ''}
            </button>
          ))}
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
          <button type="button" onClick={() => void session.flush()}>
            Try saving again
          </button>
        </div>
      ) : null}
      {status.kind === 'conflict' ? (
        <div className="ff-storage-banner ff-storage-warning" role="alert">
          <p>This model was changed and saved in another tab. Saving here is paused so neither version is lost.</p>
          <button type="button" onClick={() => run('file.loadTheirs')}>
            Load the other tab's version
          </button>
          <button type="button" onClick={() => run('file.keepMine')}>
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
