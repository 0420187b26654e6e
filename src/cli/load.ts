import { parseText, problemLine, type FivefoldDocument } from '../model';
import { readOrReport, type CliIo } from './io';

/**
 * The file's document, or null after one sentence on standard error saying why not (unreadable or
 * invalid; the reviewer's commands then exit 2). Import warnings go to standard error too.
 * @example await loadOrReport(io, 'broken.json') // null; stderr: "broken.json: invalid: teams[0].mix: shares add up to 0.90, not 1 (…)"
 */
export async function loadOrReport(io: CliIo, file: string): Promise<FivefoldDocument | null> {
  const text = await readOrReport(io, file);
  if (text === null) return null;
  const result = parseText(text);
  if (!result.ok) {
    const [first, ...rest] = result.errors;
    const more = rest.length ? ` (and ${rest.length} more; \`validate ${file}\` lists them all)` : '';
    io.err(`${file}: ${first.path ? `not a valid Fivefold document: ${problemLine(first)}` : first.message}${more}`);
    return null;
  }
  for (const w of result.warnings) io.err(`${file}: warning: ${w}`);
  return result.doc;
}
