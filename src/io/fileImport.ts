/**
 * Opening a file: read it, parse it strictly, and only if it is valid open it as a new model beside
 * the others (`openAsNewModel`). A refused file leaves every store exactly as it was.
 */
import { parseText, type ParseResult, type Problem } from '../model';
import { counted } from '../readout/format';
import type { Stores } from '../store/context';
import { openAsNewModel, type ModelSource } from './openModel';
import { parseFile } from './parseOffThread';

export type ImportOutcome =
  | { ok: true; fileName: string; warnings: string[] }
  | { ok: false; fileName: string; problems: Problem[] };

/**
 * Imports text that came from a file, an example or a drop.
 * @example importText(stores, 'plan.fivefold.json', text) // { ok: false, problems: [{ path: 'teams[0].headcount', … }] }
 */
export function importText(stores: Stores, fileName: string, text: string, kind: ModelSource['kind'] = 'import'): ImportOutcome {
  return openParsed(stores, fileName, parseText(text), kind);
}

function openParsed(stores: Stores, fileName: string, result: ParseResult, kind: ModelSource['kind']): ImportOutcome {
  if (!result.ok) return { ok: false, fileName, problems: result.errors };
  openAsNewModel(stores, result.doc, { kind, name: fileName });
  const ui = stores.ui.getState();
  if (result.warnings.length) {
    ui.notify('warning', `Opened "${fileName}" with ${counted(result.warnings.length, 'warning')}: ${result.warnings.join(' ')}`);
  } else {
    ui.notify('info', `Opened "${fileName}".`);
  }
  return { ok: true, fileName, warnings: result.warnings };
}

/**
 * Imports a file from the picker or a drop.
 * @example await importFile(stores, input.files[0])
 */
export async function importFile(stores: Stores, file: File, kind: ModelSource['kind'] = 'import'): Promise<ImportOutcome> {
  let result: ParseResult;
  try {
    if (isPicture(file)) {
      const text = await modelInPicture(file);
      if (text === null) return { ok: false, fileName: file.name, problems: [{ path: '', message: NO_MODEL_IN_PICTURE }] };
      result = parseText(text);
    } else result = await parseFile(file);
  } catch {
    return { ok: false, fileName: file.name, problems: [{ path: '', message: 'The file could not be read.' }] };
  }
  return openParsed(stores, file.name, result, kind);
}

export const NO_MODEL_IN_PICTURE = 'This picture carries no Fivefold model. Only pictures exported from Fivefold (PNG or SVG) do; open the .fivefold.json file instead.';

/** A PNG or SVG: a picture exported from Fivefold carries the model's JSON inside (src/render/embed.ts). */
function isPicture(file: File): boolean {
  return /^image\/(png|svg\+xml)$/.test(file.type) || /\.(png|svg)$/i.test(file.name);
}

async function modelInPicture(file: File): Promise<string | null> {
  const { modelJsonFromImage } = await import('../render/embed');
  return modelJsonFromImage(new Uint8Array(await file.arrayBuffer()));
}
