import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuButtonProps {
  label: string;
  title?: string;
  /** The menu's items; called only while it is open, with a function that closes it. */
  children(close: () => void): ReactNode;
  /** Changes that should move the focus to the first item again (items that arrive late). */
  focusKey?: unknown;
}

// A note (loading, a failure) is a disabled item: focusing it would strand the focus when it goes.
const CHOICES = ':is([role="menuitem"], [role="menuitemradio"]):not([aria-disabled="true"])';

/**
 * A toolbar button that opens a menu below it: the first item takes the focus, arrows move between
 * items, Escape closes and returns to the button, a click outside closes.
 */
export function MenuButton({ label, title, children, focusKey }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger: items that arrive late get the focus again
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>(CHOICES)?.focus();
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, focusKey]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector<HTMLElement>('button')?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(menu.current?.querySelectorAll<HTMLElement>(CHOICES) ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items[next]?.focus();
  };

  return (
    <div className="menu-root" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} onKeyDown={onKeyDown} title={title}>
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu" role="menu" aria-label={label} ref={menu} onKeyDown={onKeyDown}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

/**
 * A line in a menu that is not a choice (loading, a failure): a disabled item rather than a bare note,
 * because a menu with no item is invalid to assistive technology and a screen reader should announce it.
 */
export function MenuNote({ children }: { children: ReactNode }) {
  return (
    <div className="menu-note" role="menuitem" aria-disabled="true" tabIndex={-1}>
      {children}
    </div>
  );
}
