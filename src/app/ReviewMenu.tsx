import { useEffect, useRef, useState } from 'react';
import { loadCodec } from '../io/codecLoader';
import { useStores } from '../store/context';
import { startComparison } from '../store/comparison';

/**
 * The reviewer's menu: the review report (one click, downloaded as HTML) and "Compare with file…"
 * (what changed since a saved version). Both load their code on first use.
 */
export function ReviewMenu() {
  const stores = useStores();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const report = async () => {
    setOpen(false);
    const { downloadReport } = await import('../io/reportExport');
    const fileName = downloadReport(stores.document.getState().doc);
    stores.ui.getState().notify('info', `Review report saved as ${fileName}.`);
  };

  const compare = async (file: File) => {
    const { parseText, problemLine } = await loadCodec();
    const parsed = parseText(await file.text());
    if (!parsed.ok) {
      stores.ui.getState().notify('error', `${file.name} cannot be compared: ${problemLine(parsed.errors[0])}`);
      return;
    }
    startComparison(stores, { fileName: file.name, other: parsed.doc });
  };

  const closeOnEscape = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') setOpen(false);
  };

  return (
    <div className="menu-root" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} onKeyDown={closeOnEscape}>
        Review <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="Review" onKeyDown={closeOnEscape}>
          <button type="button" role="menuitem" onClick={() => void report()} title="Download the review report of this model as one HTML page">
            Review report
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              input.current?.click();
            }}
            title="What changed since a saved .fivefold.json file"
          >
            Compare with file…
          </button>
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        data-testid="compare-input"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Compare with a Fivefold file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void compare(file);
        }}
      />
    </div>
  );
}
