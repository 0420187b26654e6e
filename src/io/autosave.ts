/** What is saved for a model, and how its saving is doing (`library/session.ts` does the saving). */
import { serialize, type FivefoldDocument } from '../model';
import { savedViewport, withViewport, type Viewport } from '../model/viewport';

export type { Viewport };
export { savedViewport };

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  /** Storage full or refused: the change lives only in this tab until exported or saved later. */
  | { kind: 'failed'; reason: 'full' | 'unavailable'; message: string }
  /** Another tab saved a different document; nothing is written until the person chooses. */
  | { kind: 'conflict'; theirs: string; theirsStamp: string };

/** Texts already written for documents, by the file parser's worker (`parseOffThread.ts`). */
const written = new WeakMap<FivefoldDocument, string>();

/** Remembers `text` as `storedText(doc)`, written elsewhere (in a worker) from this very document. */
export function rememberStoredText(doc: FivefoldDocument, text: string): void {
  written.set(doc, text);
}

/**
 * The text saved for a document: the exported form, with the viewport under `view.viewport`.
 * @example storedText(doc, { x: 0, y: 0, zoom: 1 })
 */
export function storedText(doc: FivefoldDocument, viewport?: Viewport): string {
  if (!viewport) {
    const known = written.get(doc);
    if (known !== undefined) return known;
  }
  const withView = withViewport(doc, viewport);
  try {
    return serialize(withView);
  } catch {
    // A document the schema would refuse must still be saved rather than lost.
    return JSON.stringify(withView, null, 2);
  }
}
