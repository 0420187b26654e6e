import type { FivefoldDocument } from './schema';

/** Where the canvas looked, as a file keeps it in `view.viewport` (format.md: the view is free-form). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport saved in a document, if it has a usable one.
 * @example savedViewport({ ...doc, view: { viewport: { x: 0, y: 0, zoom: 1.5 } } }) // { x: 0, y: 0, zoom: 1.5 }
 */
export function savedViewport(doc: Pick<FivefoldDocument, 'view'>): Viewport | undefined {
  const v = doc.view?.viewport as Partial<Viewport> | undefined;
  if (!v || ![v.x, v.y, v.zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) || v.zoom! <= 0) return undefined;
  return { x: v.x!, y: v.y!, zoom: v.zoom! };
}

/**
 * The document with `viewport` kept under `view.viewport` (none: the document as it is).
 * @example withViewport(doc, { x: 0, y: 0, zoom: 1 }).view.viewport // { x: 0, y: 0, zoom: 1 }
 */
export function withViewport(doc: FivefoldDocument, viewport?: Viewport): FivefoldDocument {
  return viewport ? { ...doc, view: { ...doc.view, viewport } } : doc;
}
