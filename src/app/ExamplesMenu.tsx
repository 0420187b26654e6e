import { lazy, Suspense, useState } from 'react';
import type { ExampleEntry } from '../io/examples';
import { MenuButton, MenuNote } from './MenuButton';

// The list of examples (and their loaders) arrives with the menu's first opening.
const ExampleItems = lazy(() => import('./ExampleItems'));

export interface ExamplesMenuProps {
  onOpenText(fileName: string, text: string): void;
}

/** A menu of every file in `examples/`, named by title; the files load only when the menu opens. */
export function ExamplesMenu({ onOpenText }: ExamplesMenuProps) {
  const [entries, setEntries] = useState<ExampleEntry[] | null>(null);
  return (
    <MenuButton label="Examples" focusKey={entries}>
      {(close) => (
        <Suspense fallback={<MenuNote>Loading…</MenuNote>}>
          <ExampleItems
            entries={entries}
            onEntries={setEntries}
            onChoose={async (entry, text) => {
              close();
              onOpenText(entry.fileName, await text);
            }}
          />
        </Suspense>
      )}
    </MenuButton>
  );
}
