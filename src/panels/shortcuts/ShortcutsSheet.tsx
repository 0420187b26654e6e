import { useEffect, useId, useRef } from 'react';
import { useStores, useUi } from '../../store/context';
import { useRegistry } from '../../ui/registry';
import { SHORTCUTS_PANEL } from '../../commands/viewCommands';
import type { AnyCommand } from '../../commands/registry';
import { keyLabel } from '../../commands/keyLabel';
import './shortcuts.css';

export { keyLabel };

/**
 * The `?` sheet: every registered command with its keys, read from the registry so it can never
 * disagree with what the keys do. Commands without keys are listed too (toolbar and menus run them).
 */
export function ShortcutsSheet() {
  const open = useUi((s) => s.openPanel === SHORTCUTS_PANEL);
  const stores = useStores();
  const registry = useRegistry();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const close = () => stores.ui.getState().setOpenPanel(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom has no showModal; the open attribute still shows it there.
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  if (!open) return null;
  const groups = new Map<string, AnyCommand[]>();
  for (const c of registry.all()) {
    const g = c.group ?? 'Other';
    groups.set(g, [...(groups.get(g) ?? []), c]);
  }

  return (
    <dialog ref={ref} className="ff-shortcuts" aria-labelledby={titleId} onClose={close} onCancel={close}>
      <header className="ff-shortcuts-head">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        {/* biome-ignore lint/a11y/noAutofocus: a modal dialog: showModal() focuses its autofocus element, Close, rather than the first shortcut row */}
        <button type="button" onClick={close} autoFocus>
          Close
        </button>
      </header>
      <p className="ff-shortcuts-note">Keys act on the canvas and panels, not while typing in a field; the Presenting keys act only during a presentation. Commands without a key are in the toolbar and menus.</p>
      <div className="ff-shortcuts-groups">
      {[...groups].map(([group, commands]) => (
        <table key={group}>
          <caption>{group}</caption>
          <thead>
            <tr>
              <th scope="col">Command</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.id} data-command={c.id}>
                <td>{c.label}</td>
                <td>
                  {c.shortcuts?.length ? (
                    c.shortcuts.map((k: string) => <kbd key={k}>{keyLabel(k)}</kbd>)
                  ) : (
                    <span className="ff-shortcuts-none">no key</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      </div>
    </dialog>
  );
}
