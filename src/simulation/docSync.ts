/**
 * A document sent to a worker as what changed since the one the worker holds. Structured cloning a
 * 1,200-team, 2,400-handoff document took 30–70 ms of the page's main thread per worker and per edit,
 * while an edit changes a record or two. Immer keeps every unchanged record identical, so the change
 * is found by comparing references: field by field, and in arrays item by item.
 * A document sent whole goes as JSON text, written once however many workers it goes to: cloning a
 * string is a copy of its bytes, while cloning the objects walked the model again for every worker
 * (sim, lint and each sampling worker: a quarter of a second of one task when a large model opened).
 */
import type { FivefoldDocument } from '../model';

export interface DocDelta {
  /** The document key the worker must hold for this delta to apply. */
  from: number;
  /** Top-level fields replaced whole; `undefined` for a field removed. */
  set: [string, unknown][];
  /** Arrays changed in a few places: the field, its new length, and the items at the changed indexes. */
  lists: [string, number, [number, unknown][]][];
}

/**
 * What a request carries of its document: its key, and the document or its delta when the worker lacks
 * it. What a worker holds may be the whole document or the part an engine reads (sampling).
 */
export interface DocPart {
  docKey: number;
  /** The whole document, as `JSON.stringify` wrote it (the model is plain JSON data: format.md). */
  json?: string;
  delta?: DocDelta;
}

const texts = new WeakMap<object, string>();

/** `JSON.stringify(doc)`, written once per document object. */
function jsonOf(doc: object): string {
  let text = texts.get(doc);
  if (text === undefined) texts.set(doc, (text = JSON.stringify(doc)));
  return text;
}

type Fields = Record<string, unknown>;

/**
 * What turns `prev` into `next`, from references alone.
 * @example applyDelta(prev, docDelta(0, prev, next)) // deep-equals next
 */
export function docDelta(from: number, prev: object, next: object): DocDelta {
  const a = prev as unknown as Fields;
  const b = next as unknown as Fields;
  const delta: DocDelta = { from, set: [], lists: [] };
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const was = a[key];
    const now = b[key];
    if (was === now) continue;
    if (Array.isArray(was) && Array.isArray(now)) {
      const changed: [number, unknown][] = [];
      for (let i = 0; i < now.length; i++) if (now[i] !== was[i]) changed.push([i, now[i]]);
      // An insertion near the front shifts everything after it: then the array goes whole.
      if (changed.length * 2 <= now.length) {
        delta.lists.push([key, now.length, changed]);
        continue;
      }
    }
    delta.set.push([key, now]);
  }
  return delta;
}

/** `held` with `delta` applied: a new document that shares every record the delta does not replace. */
export function applyDelta<D extends object>(held: D, delta: Pick<DocDelta, 'set' | 'lists'>): D {
  const doc: Fields = { ...(held as unknown as Fields) };
  for (const [key, value] of delta.set) {
    if (value === undefined) delete doc[key];
    else doc[key] = value;
  }
  for (const [key, length, items] of delta.lists) {
    const list = (doc[key] as unknown[]).slice(0, length);
    for (const [i, item] of items) list[i] = item;
    doc[key] = list;
  }
  return doc as unknown as D;
}

/**
 * The page's side, one per worker: remembers the document the worker was last sent.
 * @example worker.postMessage({ ...sender.part(doc, key), job })
 */
export class DocSender<D extends object = FivefoldDocument> {
  private sent: { doc: D; key: number } | null = null;

  part(doc: D, docKey: number): DocPart {
    const sent = this.sent;
    this.sent = { doc, key: docKey };
    if (sent?.doc === doc && sent.key === docKey) return { docKey };
    return sent ? { docKey, delta: docDelta(sent.key, sent.doc, doc) } : { docKey, json: jsonOf(doc) };
  }

  /** The worker may not hold what it was sent (a request failed there): the next part is whole. */
  forget(): void {
    this.sent = null;
  }
}

/**
 * The worker's side: the document it holds, replaced or patched by each request.
 * @example const doc = holder.receive(event.data) // throws when the worker lacks the document asked for
 */
export class DocHolder<D extends object = FivefoldDocument> {
  private doc: D | null = null;
  private key = -1;

  receive(part: DocPart): D {
    if (part.json !== undefined) {
      this.doc = JSON.parse(part.json) as D;
      this.key = part.docKey;
    } else if (part.delta) {
      if (!this.doc || this.key !== part.delta.from) throw new Error(`the worker has no document ${part.delta.from}`);
      this.doc = applyDelta(this.doc, part.delta);
      this.key = part.docKey;
    }
    if (!this.doc || this.key !== part.docKey) throw new Error(`the worker has no document ${part.docKey}`);
    return this.doc;
  }
}
