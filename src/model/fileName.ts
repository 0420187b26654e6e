import type { FivefoldDocument } from './schema';

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
