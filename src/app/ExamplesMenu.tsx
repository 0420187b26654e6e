import { useEffect, useRef, useState } from 'react';
import { listExamples, loadExample, type ExampleEntry } from '../io/examples';

export interface ExamplesMenuProps {
  onOpenText(fileName: string, text: string): void;
}

/** A menu of every file in `examples/`, named by title; the files load only when the menu opens. */
export function ExamplesMenu({ onOpenText }: ExamplesMenuProps) {
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<ExampleEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || entries) return;
    let live = true;
    listExamples().then(
      (list) => live && setEntries(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, entries]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, entries]);

  const choose = async (entry: ExampleEntry) => {
    setOpen(false);
    onOpenText(entry.fileName, await loadExample(entry.path));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector<HTMLElement>('button')?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items[next]?.focus();
  };

  return (
    <div className="menu-root" ref={root} onKeyDown={onKeyDown}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Examples <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="Examples" ref={menu}>
          {!entries && !failed && <div className="menu-note">Loading…</div>}
          {failed && <div className="menu-note">The examples could not be loaded.</div>}
          {entries?.map((entry) => (
            <button type="button" role="menuitem" key={entry.path} onClick={() => void choose(entry)} title={entry.fileName}>
              {entry.title}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
