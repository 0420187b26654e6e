import { useEffect, useId, useRef, useState } from 'react';
import { useStores } from '../store/context';
import { useRegistry } from '../ui/registry';
import { NEW_DOCUMENT_REASSURANCE } from '../commands/documentCommands';
import './confirm.css';

/**
 * The toolbar's **New**: asks in the page (not a browser dialog, which a projector audience cannot
 * read and tests cannot see), then runs `doc.new`, which is one undo step.
 */
export function NewModelButton() {
  const stores = useStores();
  const registry = useRegistry();
  const [asking, setAsking] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (asking && d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  }, [asking]);

  const answer = (yes: boolean) => {
    setAsking(false);
    if (yes) registry.run('doc.new', stores, { confirm: () => true });
  };

  return (
    <>
      <button type="button" onClick={() => setAsking(true)} title="Start an empty model with the three preset scenarios">
        New
      </button>
      {asking ? (
        <dialog ref={dialog} className="ff-confirm" aria-labelledby={titleId} onCancel={() => setAsking(false)}>
          <h2 id={titleId}>Start a new model?</h2>
          <p>{NEW_DOCUMENT_REASSURANCE}</p>
          <div className="ff-confirm-actions">
            <button type="button" onClick={() => answer(true)}>
              Start a new model
            </button>
            {/* biome-ignore lint/a11y/noAutofocus: the confirmation is a modal dialog: showModal() puts the focus on its autofocus button, the safe answer */}
            <button type="button" onClick={() => answer(false)} autoFocus>
              Cancel
            </button>
          </div>
        </dialog>
      ) : null}
    </>
  );
}
