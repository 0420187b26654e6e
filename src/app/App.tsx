import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useStore } from 'zustand';
import { StoresProvider, type Stores } from '../store/context';
import { Canvas } from '../canvas/Canvas';
import type { ImportOutcome } from '../io/fileImport';
import type { CommandRegistry } from '../commands/registry';
import { createAppRegistry, RegistryContext } from './registry';
import { Toolbar } from './Toolbar';
import { Notice } from './Notice';
import { openInspector } from './editSelection';
import { useWindowWidth, WIDE_LAYOUT } from './useWindowWidth';
import { findControl } from '../panels/explain/focusRequests';
import { ResultsDock } from '../panels/results/ResultsDock';
import { KeyboardShortcuts } from '../ui/KeyboardShortcuts';
import { AutosaveHost, type LibraryHandle } from '../io/storageHost';
import { LibraryContext } from '../io/library/context';
import { ScenarioPanel } from '../panels/scenario/ScenarioPanel';
import { ExplainPanel } from '../panels/explain/ExplainPanel';
import { SidePanel } from './SidePanel';
import { STORY_PANEL } from '../present/storyPanel';
import { SHORTCUTS_PANEL } from '../commands/viewCommands';
import { PanelLoading } from './PanelLoading';
import { SharedLinkHost } from './SharedLinkHost';
import { UpdateOffer } from './UpdateOffer';
import './app.css';

// The refusal dialog is not needed for a first screen; it loads when a file is refused.
const ImportRefusedDialog = lazy(() => import('./ImportRefusedDialog'));
// Presenting is a workshop's moment, not the first screen's: its code loads when it starts.
const Presentation = lazy(() => import('../present/Presentation'));
const StoryEditor = lazy(() => import('../panels/story/StoryEditor'));
// Below 1440 px the side panels start folded, and the shortcut sheet waits for `?`: each loads when shown.
const Palette = lazy(() => import('../panels/palette/Palette').then((m) => ({ default: m.Palette })));
const Inspector = lazy(() => import('../panels/inspector/Inspector').then((m) => ({ default: m.Inspector })));
const ShortcutsSheet = lazy(() => import('../panels/shortcuts/ShortcutsSheet').then((m) => ({ default: m.ShortcutsSheet })));

export interface AppProps {
  stores: Stores;
  registry?: CommandRegistry;
  /** The model library and how it started (saves found unreadable); without it nothing is saved (tests). */
  library?: LibraryHandle;
}

type Refusal = Extract<ImportOutcome, { ok: false }>;

/** The shell: toolbar on top, canvas in the middle with room for the palette and inspector. */
export function App({ stores, registry, library }: AppProps) {
  const commands = useMemo(() => registry ?? createAppRegistry(), [registry]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const presenting = useStore(stores.ui, (s) => s.presentation !== null);
  const editingStory = useStore(stores.ui, (s) => s.openPanel === STORY_PANEL);
  const showingShortcuts = useStore(stores.ui, (s) => s.openPanel === SHORTCUTS_PANEL);

  const onOutcome = useCallback((outcome: ImportOutcome) => {
    setRefusal(outcome.ok ? null : outcome);
  }, []);
  const openFile = useCallback((file: File) => void commands.run('file.import', stores, { file, onOutcome }), [commands, stores, onOutcome]);
  const dropFile = useCallback((file: File) => void commands.run('file.import', stores, { file, kind: 'drop', onOutcome }), [commands, stores, onOutcome]);
  const openExample = useCallback(
    (fileName: string, text: string) => void commands.run('file.open', stores, { fileName, text, kind: 'example', onOutcome }),
    [commands, stores, onOutcome],
  );

  // The overview map covers the canvas's corner at 1280 px: hidden there until asked for.
  const wide = useWindowWidth() >= WIDE_LAYOUT;
  const minimap = useStore(stores.ui, (s) => s.minimap) ?? wide;

  // A double-click on a team or handoff asks to edit it (its first click has selected it).
  const onCanvasDoubleClick = useCallback(
    (e: MouseEvent) => {
      const target = e.target as Element;
      if (target.closest('.react-flow__node-team, .react-flow__edge, .react-flow__edgelabel-renderer')) commands.run('selection.edit', stores);
    },
    [commands, stores],
  );

  // A link to a field (an explanation's parameter) opens the inspector when the field is in it.
  useEffect(
    () =>
      stores.ui.subscribe((state, prev) => {
        const req = state.focusRequest;
        if (!req || req === prev.focusRequest || req.path.startsWith('scenarios[') || findControl(document, req.path)) return;
        openInspector(stores, (id) => commands.run(id, stores));
      }),
    [stores, commands],
  );

  return (
    <StoresProvider stores={stores}>
      <RegistryContext.Provider value={commands}>
        <LibraryContext.Provider value={library?.session ?? null}>
          <ReactFlowProvider>
            <div className="app" data-minimap={minimap ? 'shown' : 'hidden'}>
              <KeyboardShortcuts registry={commands} />
              {library ? <AutosaveHost library={library} run={(id) => commands.run(id, stores)} /> : null}
              <Toolbar onOpenFile={openFile} onOpenText={openExample} minimap={minimap} onToggleMinimap={() => commands.run('view.minimap', stores, { shown: !minimap })} />
              <ScenarioPanel />
              <div className="workspace">
                <SidePanel panel="palette" side="left">
                  <Suspense fallback={<PanelLoading name="palette" />}>
                    <Palette />
                  </Suspense>
                </SidePanel>
                <main className="canvas-area" aria-label="Canvas: the five layers of the organisation" onDoubleClick={onCanvasDoubleClick}>
                  <Canvas onFileDrop={dropFile} />
                  {/* Floats inside the canvas, never over the side panels or the dock. */}
                  <ExplainPanel />
                </main>
                <SidePanel panel="inspector" side="right">
                  <Suspense fallback={<PanelLoading name="inspector" />}>
                    <Inspector />
                  </Suspense>
                </SidePanel>
              </div>
              {/* Below the canvas; notices float just above the dock. */}
              <Notice />
              <ResultsDock />
              {showingShortcuts && (
                <Suspense fallback={null}>
                  <ShortcutsSheet />
                </Suspense>
              )}
              {editingStory && (
                <Suspense fallback={null}>
                  <StoryEditor />
                </Suspense>
              )}
              {presenting && (
                <Suspense fallback={null}>
                  <Presentation />
                </Suspense>
              )}
              <SharedLinkHost />
              <UpdateOffer />
              {refusal && (
                <Suspense fallback={null}>
                  <ImportRefusedDialog fileName={refusal.fileName} problems={refusal.problems} onClose={() => setRefusal(null)} />
                </Suspense>
              )}
            </div>
          </ReactFlowProvider>
        </LibraryContext.Provider>
      </RegistryContext.Provider>
    </StoresProvider>
  );
}
