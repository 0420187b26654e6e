import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FivefoldDocument } from '../model';
import { useStores } from '../store/context';
import { readShareFragment, type ShareRead } from '../io/shareLink';
import { svgFor } from '../io/imageExport';
import { keepsOpenModel, openAsNewModel } from '../io/openModel';
import { chosenQuarter, chosenScenario } from '../simulation/chosen';
import './shared.css';

/**
 * A model opened from a share link: drawn read-only over the whole window (the renderer's picture,
 * ready to present), Before or After any scenario and quarter. The local model is not touched; "Open
 * as a copy" opens the shared one as a model of its own, asking first when that would replace the
 * open one.
 */
export default function SharedView({ fragment, onClose }: { fragment: string; onClose(): void }) {
  const [read, setRead] = useState<ShareRead | null>(null);
  useEffect(() => {
    let live = true;
    void readShareFragment(fragment).then((r) => live && setRead(r));
    return () => {
      live = false;
    };
  }, [fragment]);
  if (!read) return <div className="shared-view" aria-busy="true" data-testid="shared-view" />;
  if (!read.ok) return <DamagedLink message={read.message} onClose={onClose} />;
  return <Viewer doc={read.doc} onClose={onClose} />;
}

function Viewer({ doc, onClose }: { doc: FivefoldDocument; onClose(): void }) {
  const stores = useStores();
  const [overlay, setOverlay] = useState<'before' | 'after'>('before');
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [quarter, setQuarter] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const scenario = chosenScenario(doc, scenarioId);
  const shownQuarter = chosenQuarter(scenario, quarter);
  const svg = useMemo(
    () => svgFor(doc, { format: 'svg', overlay, scenarioId: scenario?.id, quarter: shownQuarter }).svg,
    [doc, overlay, scenario, shownQuarter],
  );
  // A modal dialog: the editor beneath, and its keyboard shortcuts, cannot be reached while it is open.
  const root = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = root.current;
    if (d && !d.open) (typeof d.showModal === 'function' ? d.showModal() : d.setAttribute('open', ''));
  }, []);

  const openCopy = () => {
    openAsNewModel(stores, doc, { kind: 'share', name: 'a share link' });
    stores.ui.getState().notify('info', `Opened "${doc.title}" from a share link as a model of your own.`);
    onClose();
  };

  return (
    <dialog
      className="shared-view"
      aria-label={`Shared model, read-only: ${doc.title}`}
      data-testid="shared-view"
      ref={root}
      onCancel={(e) => {
        e.preventDefault();
        if (!asking) onClose();
      }}
    >
      <header className="shared-bar">
        <div className="shared-heading">
          <span className="shared-tag">Shared · read-only</span>
          <h2 data-testid="shared-title">{doc.title}</h2>
        </div>
        <div className="shared-controls">
          <fieldset className="segmented" aria-label="Before or after">
            {(['before', 'after'] as const).map((o) => (
              <button key={o} type="button" aria-pressed={overlay === o} onClick={() => setOverlay(o)}>
                {o === 'before' ? 'Before' : 'After'}
              </button>
            ))}
          </fieldset>
          {overlay === 'after' && scenario ? (
            <>
              <label>
                Scenario{' '}
                <select value={scenario.id} onChange={(e) => (setScenarioId(e.target.value), setQuarter(null))}>
                  {doc.scenarios.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Quarter{' '}
                <select value={shownQuarter} onChange={(e) => setQuarter(Number(e.target.value))}>
                  {scenario.adoption.map((_, q) => (
                    <option key={q} value={q}>
                      Q{q}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : null}
          <button type="button" onClick={() => void root.current?.requestFullscreen?.().catch(() => undefined)} title="Fill the screen">
            Full screen
          </button>
          <button type="button" className="shared-primary" data-testid="shared-open-copy" onClick={() => (keepsOpenModel(stores) ? openCopy() : setAsking(true))}>
            Open as a copy
          </button>
          <button type="button" data-testid="shared-close" onClick={onClose}>
            Back to my model
          </button>
        </div>
      </header>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the renderer escapes every text from the file, so its markup can be placed as it is */}
      <div className="shared-picture" data-testid="shared-picture" dangerouslySetInnerHTML={{ __html: svg }} />
      {asking ? <ReplaceQuestion title={doc.title} onAnswer={(yes) => (setAsking(false), yes && openCopy())} /> : null}
    </dialog>
  );
}

function ReplaceQuestion({ title, onAnswer }: { title: string; onAnswer(yes: boolean): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) (typeof d.showModal === 'function' ? d.showModal() : d.setAttribute('open', ''));
  }, []);
  return (
    <dialog ref={dialog} className="ff-confirm" aria-labelledby={titleId} onCancel={() => onAnswer(false)} data-testid="shared-replace-question">
      <h2 id={titleId}>Replace the model open now?</h2>
      <p>
        Opening "{title}" replaces the model you have open, which is kept nowhere else in this browser. Choose Back to my model
        and Export it first if you want to keep it.
      </p>
      <div className="ff-confirm-actions">
        <button type="button" onClick={() => onAnswer(true)}>
          Open and replace
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the confirmation is a modal dialog: showModal() puts the focus on its autofocus button, the safe answer */}
        <button type="button" onClick={() => onAnswer(false)} autoFocus>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

function DamagedLink({ message, onClose }: { message: string; onClose(): void }) {
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-labelledby="shared-damaged-title" aria-describedby="shared-damaged-text" data-testid="shared-damaged">
        <h2 id="shared-damaged-title">This link could not be opened</h2>
        <p className="dialog-lead" id="shared-damaged-text">
          {message} Your own model is as you left it.
        </p>
        <div className="ff-confirm-actions">
          {/* biome-ignore lint/a11y/noAutofocus: the alert replaces the shared view and its only way out must hold the focus */}
          <button type="button" onClick={onClose} autoFocus>
            Back to my model
          </button>
        </div>
      </div>
    </div>
  );
}
