/**
 * Opening a document as a model of its own, beside the ones already kept: an import, an example, a
 * dropped file, New, or a share link never replaces the model that was open. The library (when the
 * app runs one) registers how to keep the new model; without it the document is simply opened.
 */
import type { FivefoldDocument } from '../model';
import type { Stores } from '../store/context';
import { replaceWith } from '../store/documentStore';

/** Where a model came from, kept with it in the library ("Imported from plan.fivefold.json"). */
export interface ModelSource {
  kind: 'import' | 'drop' | 'example' | 'new' | 'share' | 'duplicate';
  /** A file name, an example's title, a link: shown in the Models view. */
  name?: string;
}

export type ModelOpener = (doc: FivefoldDocument, source: ModelSource) => void;

const openers = new WeakMap<Stores, ModelOpener>();

/**
 * Makes `opener` the way these stores open new models (the library does this when it starts).
 * @returns a function that removes it again
 */
export function setModelOpener(stores: Stores, opener: ModelOpener): () => void {
  openers.set(stores, opener);
  return () => {
    if (openers.get(stores) === opener) openers.delete(stores);
  };
}

/**
 * Opens `doc` as a new model: the open one is saved and stays one click away in Models. Without a
 * library (storage refused, tests) it is one Undo away instead. The document must already be valid (parsed).
 * @example openAsNewModel(stores, parsed.doc, { kind: 'share', name: 'link' })
 */
export function openAsNewModel(stores: Stores, doc: FivefoldDocument, source: ModelSource): void {
  const opener = openers.get(stores);
  if (opener) opener(doc, source);
  else stores.document.getState().commit(source.kind === 'new' ? 'New model' : `Open "${source.name ?? 'a model'}"`, replaceWith(doc));
  const ui = stores.ui.getState();
  ui.clearSelection();
  ui.setScenario(null);
}

/**
 * True when these stores keep models side by side (the library has registered), so opening one
 * loses nothing; otherwise opening replaces the model open now, and a caller should ask first.
 */
export function keepsOpenModel(stores: Stores): boolean {
  return openers.has(stores);
}
