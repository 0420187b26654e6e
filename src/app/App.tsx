import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { StoresProvider, type Stores } from '../store/context';
import { Canvas } from '../canvas/Canvas';
import { importFile, importText, type ImportOutcome } from '../io/fileImport';
import type { CommandRegistry } from '../commands/registry';
import { createAppRegistry, RegistryContext } from './registry';
import { Toolbar } from './Toolbar';
import { StatusLine } from './StatusLine';
import { ResultsDock } from '../panels/results/ResultsDock';
import { Palette } from '../panels/palette/Palette';
import { Inspector } from '../panels/inspector/Inspector';
import { ShortcutsSheet } from '../panels/shortcuts/ShortcutsSheet';
import { KeyboardShortcuts } from '../commands/KeyboardShortcuts';
import { AutosaveHost } from '../io/storageHost';
import type { RestoreOutcome } from '../io/autosave';
import { ScenarioPanel } from '../panels/scenario/ScenarioPanel';
import { ExplainPanel } from '../panels/explain/ExplainPanel';
import { SidePanel } from './SidePanel';
import './app.css';

// The refusal dialog is not needed for a first screen; it loads when a file is refused.
const ImportRefusedDialog = lazy(() => import('./ImportRefusedDialog'));

export interface AppProps {
  stores: Stores;
  registry?: CommandRegistry;
  /** How the session started (restored, first visit, corrupt save), for autosave's banner. */
  session?: RestoreOutcome;
}

type Refusal = Extract<ImportOutcome, { ok: false }>;

/** The shell: toolbar on top, canvas in the middle with room for the palette and inspector. */
export function App({ stores, registry, session }: AppProps) {
  const commands = useMemo(() => registry ?? createAppRegistry(), [registry]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const onOutcome = useCallback((outcome: ImportOutcome) => {
    setRefusal(outcome.ok ? null : outcome);
  }, []);
  const openFile = useCallback(async (file: File) => onOutcome(await importFile(stores, file)), [stores, onOutcome]);
  const openText = useCallback((fileName: string, text: string) => onOutcome(importText(stores, fileName, text)), [stores, onOutcome]);

  return (
    <StoresProvider stores={stores}>
      <RegistryContext.Provider value={commands}>
        <ReactFlowProvider>
          <div className="app">
            <KeyboardShortcuts registry={commands} />
            <AutosaveHost session={session} />
            <Toolbar onOpenFile={openFile} onOpenText={openText} />
            {/* slot:scenario */}
            <ScenarioPanel />
            <div className="workspace">
              {/* slot:palette */}
              <SidePanel panel="palette" side="left">
                <Palette />
              </SidePanel>
              <main className="canvas-area" aria-label="Canvas: the five layers of the organisation">
                <Canvas onFileDrop={openFile} />
              </main>
              {/* slot:inspector */}
              <SidePanel panel="inspector" side="right">
                <Inspector />
              </SidePanel>
            </div>
            {/* slot:results — a results panel docks here, below the canvas */}
            <ResultsDock />
            <StatusLine />
            {/* slot:explain */}
            <ExplainPanel />
            <ShortcutsSheet />
            {refusal && (
              <Suspense fallback={null}>
                <ImportRefusedDialog fileName={refusal.fileName} problems={refusal.problems} onClose={() => setRefusal(null)} />
              </Suspense>
            )}
          </div>
        </ReactFlowProvider>
      </RegistryContext.Provider>
    </StoresProvider>
  );
}
