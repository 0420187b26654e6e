import type { ReactNode } from 'react';
import { useRegistry } from '../ui/registry';
import type { CommandId } from '../commands/registry';
import { withKey } from '../commands/keyLabel';
import { defaultSidePanelOpen } from '../commands/canvasCommands';
import { useStores, useUi } from '../store/context';
import type { SidePanel as Panel } from '../store/uiStore';
import { useWindowWidth } from './useWindowWidth';

const LABELS: Record<Panel, { name: string; command: CommandId }> = {
  palette: { name: 'palette', command: 'view.togglePalette' },
  inspector: { name: 'inspector', command: 'view.toggleInspector' },
};

/**
 * A side panel that can be collapsed to a narrow strip so the canvas gets the room; the strip is one
 * button (the whole strip) that runs the same registered command as its shortcut. Open or closed is
 * UI state, never the document; below 1440 px both start collapsed.
 * @example <SidePanel panel="palette" side="left"><Palette /></SidePanel>
 */
export function SidePanel({ panel, side, children }: { panel: Panel; side: 'left' | 'right'; children: ReactNode }) {
  const stores = useStores();
  const registry = useRegistry();
  const width = useWindowWidth();
  const chosen = useUi((s) => s.sidePanels[panel]);
  const open = chosen ?? defaultSidePanelOpen(panel, width);
  const { name, command } = LABELS[panel];
  const label = withKey(registry, command, `${open ? 'Hide' : 'Show'} the ${name}`);
  // The arrow points the way the panel will move.
  const arrow = (side === 'left') === open ? '‹' : '›';
  const toggle = (
    <button
      type="button"
      className="side-toggle-button"
      data-testid={`toggle-${panel}`}
      aria-expanded={open}
      aria-label={label}
      title={label}
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
