import { useRef } from 'react';
import { NewModelButton } from '../commands/NewModelButton';
import { useDoc, useStores } from '../store/context';
import { redoLabel, undoLabel } from '../store/documentStore';
import { exportDocument } from '../io/fileExport';
import { useRegistry } from './registry';
import { ExamplesMenu } from './ExamplesMenu';

export interface ToolbarProps {
  onOpenFile(file: File): void;
  onOpenText(fileName: string, text: string): void;
}

/** Title, files, history and view: the controls a facilitator reaches for. */
export function Toolbar({ onOpenFile, onOpenText }: ToolbarProps) {
  const stores = useStores();
  const registry = useRegistry();
  const title = useDoc((s) => s.doc.title);
  const undo = useDoc(undoLabel);
  const redo = useDoc(redoLabel);
  const input = useRef<HTMLInputElement>(null);

  const undoName = undo ? `Undo ${undo}` : 'Nothing to undo';
  const redoName = redo ? `Redo ${redo}` : 'Nothing to redo';

  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        <img src="/favicon.svg" alt="" width={26} height={26} />
        <span>Fivefold</span>
      </div>
      <h1 className="doc-title" data-testid="doc-title" title={title}>
        {title}
      </h1>
      <div className="toolbar-group" role="group" aria-label="File">
        <NewModelButton />
        <button type="button" onClick={() => input.current?.click()} title="Open a .fivefold.json file (or drop one on the canvas)">
          Import
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          data-testid="import-input"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Import a Fivefold file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onOpenFile(file);
          }}
        />
        <button type="button" onClick={() => exportDocument(stores.document.getState().doc)} title="Download this model as a .fivefold.json file">
          Export
        </button>
        <ExamplesMenu onOpenText={onOpenText} />
      </div>
      <div className="toolbar-group" role="group" aria-label="History">
        <button type="button" onClick={() => stores.document.getState().undo()} disabled={!undo} aria-label={undoName} title={undoName}>
          <span aria-hidden="true">↶</span> Undo
        </button>
        <button type="button" onClick={() => stores.document.getState().redo()} disabled={!redo} aria-label={redoName} title={redoName}>
          <span aria-hidden="true">↷</span> Redo
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="View">
        <button type="button" onClick={() => registry.run('layout.auto', stores)} title="Place every team in its lane, in flow order">
          Auto-layout
        </button>
        <button type="button" onClick={() => registry.run('view.fit', stores)} title="Fit the whole model to the screen (Shift+F)">
          Fit
        </button>
      </div>
    </header>
  );
}
