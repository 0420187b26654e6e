import { useSyncExternalStore, type ReactNode } from 'react';
import { useRegistry } from '../commands/context';
import { defaultSidePanelOpen } from '../commands/canvasCommands';
import { useStores, useUi } from '../store/context';
import type { SidePanel as Panel } from '../store/uiStore';

const LABELS: Record<Panel, { name: string; command: string; key: string }> = {
  palette: { name: 'palette', command: 'view.togglePalette', key: 'Shift+P' },
  inspector: { name: 'inspector', command: 'view.toggleInspector', key: 'Shift+I' },
};

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's width, re-read on resize (the default open/closed state of the side panels follows it). */
function useWindowWidth(): number {
  return useSyncExternalStore(subscribeToResize, () => window.innerWidth, () => 1920);
}

/**
 * A side panel that can be collapsed to a narrow strip so the canvas gets the room; the strip's button
 * runs the same registered command as its shortcut. Open or closed is UI state, never the document.
 * @example <SidePanel panel="palette" side="left"><Palette /></SidePanel>
 */
export function SidePanel({ panel, side, children }: { panel: Panel; side: 'left' | 'right'; children: ReactNode }) {
  const stores = useStores();
  const registry = useRegistry();
  const width = useWindowWidth();
  const chosen = useUi((s) => s.sidePanels[panel]);
  const open = chosen ?? defaultSidePanelOpen(panel, width);
  const { name, command, key } = LABELS[panel];
  // The arrow points the way the panel will move.
  const arrow = (side === 'left') === open ? '‹' : '›';
  const toggle = (
    <button
      type="button"
      className="side-toggle-button"
      data-testid={`toggle-${panel}`}
      aria-expanded={open}
      aria-label={`${open ? 'Hide' : 'Show'} the ${name} (${key})`}
      title={`${open ? 'Hide' : 'Show'} the ${name} (${key})`}
      onClick={() => registry.run(command, stores)}
    >
      <span aria-hidden="true">{arrow}</span>
      {open ? null : <span className="side-toggle-name">{name[0].toUpperCase() + name.slice(1)}</span>}
    </button>
  );
  return (
    <div className={`side-panel side-panel-${side}${open ? ' is-open' : ' is-collapsed'}`} data-testid={`side-${panel}`}>
      {side === 'right' ? <div className="side-toggle">{toggle}</div> : null}
      {open ? children : null}
      {side === 'left' ? <div className="side-toggle">{toggle}</div> : null}
    </div>
  );
}
