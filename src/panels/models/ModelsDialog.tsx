import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { fileNameFor, parseText, serialize } from '../../model';
import { downloadText } from '../../io/download';
import type { ModelSession } from '../../io/library/session';
import type { ModelMeta, VersionRecord } from '../../io/library/library';
import type { ModelSource } from '../../io/openModel';
import './models.css';
import { formatBytes, formatWhen } from '../../readout/format';

const SOURCE_WORDS: Record<ModelSource['kind'], string> = {
  import: 'Imported from',
  drop: 'Dropped file',
  example: 'Example',
  new: 'New model',
  share: 'Shared link',
  duplicate: 'Copy of',
};

const sourceText = (s?: ModelSource) => (s ? `${SOURCE_WORDS[s.kind]}${s.name && s.kind !== 'new' ? ` ${s.name}` : ''}` : '');

/**
 * The Models view: every model kept in this browser (open, duplicate, rename, export, delete with
 * undo) and the versions of the open one (restore is one click and one undo step).
 */
export default function ModelsDialog({ session, onClose }: { session: ModelSession; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const changes = useStore(session.state, (s) => s.changes);
  const openId = useStore(session.state, (s) => s.openId);
  const removed = useStore(session.state, (s) => s.removed);
  const [models, setModels] = useState<ModelMeta[] | null>(null);
  const [versions, setVersions] = useState<VersionRecord[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: changes is the trigger: the lists are read again when the library reports a change
  useEffect(() => {
    const library = session.library;
    if (!library) return;
    let live = true;
    Promise.all([library.list(), openId ? library.versions(openId) : Promise.resolve([])]).then(
      ([list, vs]) => {
        if (!live) return;
        setModels(list);
        setVersions(vs);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [session, changes, openId]);

  const exportModel = async (meta: ModelMeta) => {
    const text = await session.textOf(meta.id);
    const parsed = text === undefined ? null : parseText(text);
    if (parsed?.ok) downloadText(fileNameFor(parsed.doc), serialize(parsed.doc));
    else if (text !== undefined) downloadText(`${meta.title}.fivefold.json`, text);
  };

  const openModel = async (id: string) => {
    if (await session.openStored(id)) onClose();
  };

  return (
    <dialog ref={dialog} className="ff-models" aria-labelledby={titleId} onCancel={onClose} onClose={onClose}>
      <div className="ff-models-head">
        <h2 id={titleId}>Models in this browser</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {failed ? <p role="alert">The models could not be read from browser storage.</p> : null}
      {removed.length ? (
        <ul className="ff-models-removed" aria-label="Deleted models">
          {removed.map((r) => (
            <li key={r.meta.id}>
              Deleted “{r.meta.title}”.{' '}
              <button type="button" onClick={() => void session.undoRemove(r.meta.id)}>
                Undo delete of {r.meta.title}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus so the keyboard can scroll it (axe scrollable-region-focusable) */}
      <section className="ff-models-scroll" tabIndex={0} aria-label="Model list">
        {models === null && !failed ? <p>Loading…</p> : null}
        <ul className="ff-models-list" data-testid="models-list">
          {models?.map((m) => (
            <ModelRow key={m.id} meta={m} isOpen={m.id === openId} session={session} onOpen={openModel} onExport={exportModel} />
          ))}
        </ul>
        {openId ? (
          <section aria-labelledby={`${titleId}-versions`}>
            <h3 id={`${titleId}-versions`}>Versions of the open model</h3>
            <ul className="ff-models-versions" data-testid="versions-list">
              {versions.map((v) => (
                <li key={v.id}>
                  <span className="ff-models-what">
                    <strong>{formatWhen(v.at)}</strong> {v.title} <span className="ff-models-meta">· {v.reason} · {formatBytes(v.size)}</span>
                  </span>
                  <button type="button" onClick={() => void session.restoreVersion(v.id!)} aria-label={`Restore this version: ${v.title}, ${formatWhen(v.at)}`}>
                    Restore this version
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </section>
    </dialog>
  );
}

interface RowProps {
  meta: ModelMeta;
  isOpen: boolean;
  session: ModelSession;
  onOpen(id: string): void;
  onExport(meta: ModelMeta): void;
}

function ModelRow({ meta, isOpen, session, onOpen, onExport }: RowProps) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(meta.title);
  const nameId = useId();

  const rename = async () => {
    const title = name.trim();
    if (title && title.length <= 200 && title !== meta.title) await session.rename(meta.id, title);
    setMode('idle');
  };

  return (
    <li className={isOpen ? 'ff-models-row ff-models-open' : 'ff-models-row'} data-model-id={meta.id}>
      <div className="ff-models-what">
        {mode === 'rename' ? (
          <span className="ff-models-rename">
            <label htmlFor={nameId}>New name</label>
            <input
              id={nameId}
              value={name}
              maxLength={200}
              // biome-ignore lint/a11y/noAutofocus: Rename swaps the title for this field under the focus, so the focus moves into it
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void rename();
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setMode('idle');
                }
              }}
            />
            <button type="button" onClick={() => void rename()}>
              Save name
            </button>
          </span>
        ) : (
          <strong className="ff-models-title">{meta.title}</strong>
        )}
        <span className="ff-models-meta">
          {isOpen ? 'Open now · ' : ''}Changed {formatWhen(meta.updated)} · {formatBytes(meta.size)}
          {meta.source ? ` · ${sourceText(meta.source)}` : ''}
        </span>
      </div>
      {mode === 'delete' ? (
        <fieldset className="ff-models-actions" aria-label={`Delete ${meta.title}?`}>
          Delete “{meta.title}”?
          <button type="button" className="ff-danger" onClick={() => void session.remove(meta.id).then(() => setMode('idle'))}>
            Delete
          </button>
          {/* biome-ignore lint/a11y/noAutofocus: the delete question replaces the row's buttons under the focus; the focus moves to Keep, the safe answer */}
          <button type="button" onClick={() => setMode('idle')} autoFocus>
            Keep
          </button>
        </fieldset>
      ) : (
        <fieldset className="ff-models-actions" aria-label={meta.title}>
          {isOpen ? null : (
            <button type="button" onClick={() => onOpen(meta.id)} aria-label={`Open ${meta.title}`}>
              Open
            </button>
          )}
          <button type="button" onClick={() => void session.duplicate(meta.id)} aria-label={`Duplicate ${meta.title}`}>
            Duplicate
          </button>
          <button type="button" onClick={() => setMode('rename')} aria-label={`Rename ${meta.title}`}>
            Rename
          </button>
          <button type="button" onClick={() => onExport(meta)} aria-label={`Export ${meta.title}`}>
            Export
          </button>
          {isOpen ? null : (
            <button type="button" onClick={() => setMode('delete')} aria-label={`Delete ${meta.title}`}>
              Delete
            </button>
          )}
        </fieldset>
      )}
    </li>
  );
}
