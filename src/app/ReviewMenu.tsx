import { useRef } from 'react';
import { loadCodec } from '../io/codecLoader';
import { useStores } from '../store/context';
import { startComparison } from '../store/comparison';
import { MenuButton } from './MenuButton';

/**
 * The reviewer's menu: the review report (one click, downloaded as HTML) and "Compare with file…"
 * (what changed since a saved version). Both load their code on first use.
 */
export function ReviewMenu() {
  const stores = useStores();
  const input = useRef<HTMLInputElement>(null);

  const report = async () => {
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

  return (
    <>
      <MenuButton label="Review">
        {(close) => (
          <>
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                close();
                void report();
              }}
              title="Download the review report of this model as one HTML page"
            >
              Review report
            </button>
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                close();
                input.current?.click();
              }}
              title="What changed since a saved .fivefold.json file"
            >
              Compare with file…
            </button>
          </>
        )}
      </MenuButton>
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
    </>
  );
}
