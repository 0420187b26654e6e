import { useEffect, useState } from 'react';
import { listExamples, loadExample, type ExampleEntry } from '../io/examples';
import { MenuButton } from './MenuButton';

export interface ExamplesMenuProps {
  onOpenText(fileName: string, text: string): void;
}

/** A menu of every file in `examples/`, named by title; the files load only when the menu opens. */
export function ExamplesMenu({ onOpenText }: ExamplesMenuProps) {
  const [entries, setEntries] = useState<ExampleEntry[] | null>(null);
  return (
    <MenuButton label="Examples" focusKey={entries}>
      {(close) => <ExampleItems entries={entries} onEntries={setEntries} onChoose={async (entry) => {
        close();
        onOpenText(entry.fileName, await loadExample(entry.path));
      }} />}
    </MenuButton>
  );
}

function ExampleItems({ entries, onEntries, onChoose }: { entries: ExampleEntry[] | null; onEntries(list: ExampleEntry[]): void; onChoose(entry: ExampleEntry): void }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (entries) return;
    let live = true;
    listExamples().then(
      (list) => live && onEntries(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [entries, onEntries]);
  return (
    <>
      {!entries && !failed && <div className="menu-note">Loading…</div>}
      {failed && <div className="menu-note">The examples could not be loaded.</div>}
      {entries?.map((entry) => (
        <button type="button" role="menuitem" key={entry.path} onClick={() => onChoose(entry)} title={entry.fileName}>
          {entry.title}
        </button>
      ))}
    </>
  );
}
