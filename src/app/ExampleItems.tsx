import { useEffect, useState } from 'react';
import { MenuNote } from './MenuButton';
import { listExamples, loadExample, type ExampleEntry } from '../io/examples';

/** The Examples menu's items: every example by title, read when the menu first opens. */
export default function ExampleItems({ entries, onEntries, onChoose }: { entries: ExampleEntry[] | null; onEntries(list: ExampleEntry[]): void; onChoose(entry: ExampleEntry, text: Promise<string>): void }) {
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
      {!entries && !failed && <MenuNote>Loading…</MenuNote>}
      {failed && <MenuNote>The examples could not be loaded.</MenuNote>}
      {entries?.map((entry) => (
        <button type="button" role="menuitem" key={entry.path} onClick={() => onChoose(entry, loadExample(entry.path))} title={entry.fileName}>
          {entry.title}
        </button>
      ))}
    </>
  );
}
