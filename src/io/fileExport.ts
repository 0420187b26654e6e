/** Saving a copy: the exported bytes are `serialize(doc)`, the name `fileNameFor(doc)`. */
import { fileNameFor, serialize, type FivefoldDocument } from '../model';

/**
 * Downloads the document as `<title>.fivefold.json` through a blob URL and an `<a download>`.
 * Returns the file name and text, which tests compare with what was imported.
 * @example exportDocument(doc) // { fileName: 'OTT churn- 10% to 2% in a quarter.fivefold.json', text: '{\n  "format": …' }
 */
export function exportDocument(doc: FivefoldDocument): { fileName: string; text: string } {
  const text = serialize(doc);
  const fileName = fileNameFor(doc);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return { fileName, text };
}
