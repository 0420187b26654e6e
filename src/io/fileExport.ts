/** Saving a copy: the exported bytes are `serialize(doc)`, the name `fileNameFor(doc)`. */
import { fileNameFor, serialize, type FivefoldDocument } from '../model';
import { downloadText } from './download';

/**
 * Downloads the document as `<title>.fivefold.json`.
 * Returns the file name and text, which tests compare with what was imported.
 * @example exportDocument(doc) // { fileName: 'OTT churn- 10% to 2% in a quarter.fivefold.json', text: '{\n  "format": …' }
 */
export function exportDocument(doc: FivefoldDocument): { fileName: string; text: string } {
  const text = serialize(doc);
  const fileName = fileNameFor(doc);
  downloadText(fileName, text);
  return { fileName, text };
}
