/**
 * "Compare with file…": the other document and what changed from it to the open model. UI state, one
 * per editor, never saved or undone; the diff follows the open model as it is edited.
 */
import { useSyncExternalStore } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FivefoldDocument } from '../model';
import type { DocDiff, diffDocuments } from '../review/diff';
import { useStores, type Stores } from './context';

export interface Comparison {
  fileName: string;
  /** The file's document: side A. The open model is side B. */
  other: FivefoldDocument;
}

interface ComparisonState {
  comparison: Comparison | null;
  /** The diff's code (review/diff) once loaded: it loads when the first comparison starts, not at the first screen. */
  diff: typeof diffDocuments | null;
}

let loadedDiff: typeof diffDocuments | null = null;

const stores = new WeakMap<Stores, StoreApi<ComparisonState>>();

/** The comparison store of an editor. */
export function comparisonStore(editor: Stores): StoreApi<ComparisonState> {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = createStore<ComparisonState>()(() => ({ comparison: null, diff: loadedDiff }))));
  return store;
}

export function startComparison(editor: Stores, comparison: Comparison | null): void {
  const store = comparisonStore(editor);
  store.setState({ comparison, diff: loadedDiff });
  if (comparison && !loadedDiff) void import('../review/diff').then((m) => store.setState({ diff: (loadedDiff = m.diffDocuments) }));
}

/** The comparison under way, or null. */
export function useComparison(): Comparison | null {
  const store = comparisonStore(useStores());
  return useSyncExternalStore(store.subscribe, () => store.getState().comparison);
}

const diffs = new WeakMap<FivefoldDocument, WeakMap<FivefoldDocument, DocDiff>>();

/**
 * From the file (A) to the open model (B), without outcomes (the Changes panel asks for them on its
 * own), remembered per pair of documents so every card asking costs one diff. Null while the diff's
 * code is on its way, unless the caller has it (the Changes panel imports it).
 */
export function structuralDiff(other: FivefoldDocument, doc: FivefoldDocument, diff = loadedDiff): DocDiff | null {
  let byDoc = diffs.get(other);
  if (!byDoc) diffs.set(other, (byDoc = new WeakMap()));
  let d = byDoc.get(doc);
  if (!d && diff) byDoc.set(doc, (d = diff(other, doc, { outcomes: false })));
  return d ?? null;
}

export type TeamChange = 'added' | 'changed' | undefined;

/**
 * How one team of the open model differs from the file's, for its card's outline.
 * @example useTeamChange('legal') // 'added'
 */
export function useTeamChange(id: string): TeamChange {
  const editor = useStores();
  const store = comparisonStore(editor);
  const snapshot = () => {
    const { comparison: c, diff } = store.getState();
    if (!c) return undefined;
    const d = structuralDiff(c.other, editor.document.getState().doc, diff);
    if (!d) return undefined;
    return d.teams.added.includes(id) ? 'added' : d.teams.changed.some((x) => x.id === id) ? 'changed' : undefined;
  };
  const subscribe = (l: () => void) => {
    const a = store.subscribe(l);
    const b = editor.document.subscribe(l);
    return () => (a(), b());
  };
  return useSyncExternalStore(subscribe, snapshot);
}

/** The changed fields of one team or handoff since the file, for the inspector; null when none or no comparison. */
export function useChangedFields(kind: 'teams' | 'handoffs', id: string): { fileName: string; fields: Record<string, [unknown, unknown]> } | null {
  const editor = useStores();
  const comparison = useComparison();
  const store = comparisonStore(editor);
  const diff = useSyncExternalStore(store.subscribe, () => store.getState().diff);
  const doc = useSyncExternalStore(editor.document.subscribe, () => editor.document.getState().doc);
  if (!comparison) return null;
  const changed = structuralDiff(comparison.other, doc, diff)?.[kind].changed.find((c) => c.id === id);
  return changed ? { fileName: comparison.fileName, fields: changed.fields } : null;
}
