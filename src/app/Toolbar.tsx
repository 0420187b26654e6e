import { useRef } from 'react';
import { counted } from '../readout/format';
import { NewModelButton } from './NewModelButton';
import { useDoc, useStores } from '../store/context';
import { redoLabel, undoLabel } from '../store/documentStore';
import { useRegistry } from './registry';
import { scopeKeys, withKey } from '../commands/keyLabel';
import { ExamplesMenu } from './ExamplesMenu';
import { ShareMenu } from './ShareMenu';
import { ModelsButton } from './ModelsButton';
import { ReviewMenu } from './ReviewMenu';
import { Icon } from './icons';
import { STORY_PANEL } from '../present/storyPanel';

export interface ToolbarProps {
  onOpenFile(file: File): void;
  onOpenText(fileName: string, text: string): void;
  /** Whether the canvas's overview map is shown, and how to flip it (UI state kept by the shell). */
  minimap: boolean;
  onToggleMinimap(): void;
}

/**
 * Title, a summary of the model, files, history and view: the controls a facilitator reaches for.
 * History and view buttons are icons with their names in tooltips, so the title keeps its room at
 * 1280 px.
 */
export function Toolbar({ onOpenFile, onOpenText, minimap, onToggleMinimap }: ToolbarProps) {
  const stores = useStores();
  const registry = useRegistry();
  const title = useDoc((s) => s.doc.title);
  const teams = useDoc((s) => s.doc.teams.length);
  const handoffs = useDoc((s) => s.doc.handoffs.length);
  const undo = useDoc(undoLabel);
  const redo = useDoc(redoLabel);
  const input = useRef<HTMLInputElement>(null);

  const undoName = undo ? `Undo ${undo}` : 'Nothing to undo';
  const redoName = redo ? `Redo ${redo}` : 'Nothing to redo';
  const minimapName = minimap ? 'Hide the overview map' : 'Show the overview map';

  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        <img src="/favicon.svg" alt="" width={26} height={26} />
        <span className="brand-name">Fivefold</span>
      </div>
      <div className="doc-heading">
        <h1 className="doc-title" data-testid="doc-title" title={title}>
          {title}
        </h1>
        <span className="doc-summary" data-testid="doc-summary">
          {counted(teams, 'team')} · {counted(handoffs, 'handoff')}
        </span>
      </div>
      <fieldset className="toolbar-group" aria-label="File">
        <ModelsButton />
        <NewModelButton />
        <button type="button" onClick={() => input.current?.click()} title="Open a .fivefold.json file, or a picture exported from Fivefold (or drop one on the canvas)">
          Import
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json,.png,image/png,.svg,image/svg+xml"
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
        <button type="button" onClick={() => registry.run('file.export', stores)} title="Download this model as a .fivefold.json file">
          Export
        </button>
        <ShareMenu />
        <ExamplesMenu onOpenText={onOpenText} />
        <ReviewMenu />
      </fieldset>
      <fieldset className="toolbar-group" aria-label="Present">
        <button type="button" onClick={() => registry.run('present.start', stores)} title={`${withKey(registry, 'present.start', 'Present the story full screen')}. Then: ${scopeKeys(registry, 'present')}`}>
          Present
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => stores.ui.getState().setOpenPanel(STORY_PANEL)}
          aria-label="Story"
          title="Edit the story: order, titles, speaker notes, hidden steps, focus steps"
        >
          <Icon name="story" />
        </button>
      </fieldset>
      <fieldset className="toolbar-group" aria-label="History">
        <button type="button" className="icon-button" onClick={() => registry.run('history.undo', stores)} disabled={!undo} aria-label={undoName} title={withKey(registry, 'history.undo', undoName)}>
          <Icon name="undo" />
        </button>
        <button type="button" className="icon-button" onClick={() => registry.run('history.redo', stores)} disabled={!redo} aria-label={redoName} title={withKey(registry, 'history.redo', redoName)}>
          <Icon name="redo" />
        </button>
      </fieldset>
      <fieldset className="toolbar-group" aria-label="View">
        <button
          type="button"
          className="icon-button"
          onClick={() => registry.run('layout.auto', stores)}
          aria-label="Auto-layout"
          title="Auto-layout: place every team in its lane, in flow order"
        >
          <Icon name="layout" />
        </button>
        <button type="button" className="icon-button" onClick={() => registry.run('view.fit', stores)} aria-label="Fit" title={withKey(registry, 'view.fit', 'Fit the whole model to the screen')}>
          <Icon name="fit" />
        </button>
        <button type="button" className="icon-button" aria-pressed={minimap} onClick={onToggleMinimap} aria-label="Overview map" title={withKey(registry, 'view.minimap', minimapName)}>
          <Icon name="map" />
        </button>
      </fieldset>
    </header>
  );
}
