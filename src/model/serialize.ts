import { DocumentShapeSchema, type FivefoldDocument } from './schema';

/**
 * The exported file: keys in format.md's order, defaults written out, two-space indent, final newline.
 * Running the document through the schema again is what fixes the key order, whatever order an edit
 * left the keys in, so exporting twice gives the same bytes.
 * @example serialize(doc) // '{\n  "format": "fivefold",\n  "version": 1, …'
 */
export function serialize(doc: FivefoldDocument): string {
  return `${JSON.stringify(DocumentShapeSchema.parse(doc), null, 2)}\n`;
}

/** `<title>.fivefold.json`, with characters that file systems refuse replaced. */
export function fileNameFor(doc: Pick<FivefoldDocument, 'title'>): string {
  const base = doc.title
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a file name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${base || 'untitled'}.fivefold.json`;
}
