/**
 * Opening a file: read it, parse it strictly, and only if it is valid open it as a new model beside
 * the others (`openAsNewModel`). A refused file leaves every store exactly as it was.
 */
import { parseText, type Problem } from '../model';
import { counted } from '../readout/format';
import type { Stores } from '../store/context';
import { openAsNewModel, type ModelSource } from './openModel';

export type ImportOutcome =
  | { ok: true; fileName: string; warnings: string[] }
  | { ok: false; fileName: string; problems: Problem[] };

/**
 * Imports text that came from a file, an example or a drop.
 * @example importText(stores, 'plan.fivefold.json', text) // { ok: false, problems: [{ path: 'teams[0].headcount', … }] }
 */
export function importText(stores: Stores, fileName: string, text: string, kind: ModelSource['kind'] = 'import'): ImportOutcome {
  const result = parseText(text);
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
  let text: string | null;
  try {
    text = isPicture(file) ? await modelInPicture(file) : await readText(file);
  } catch {
    return { ok: false, fileName: file.name, problems: [{ path: '', message: 'The file could not be read.' }] };
  }
  if (text === null) return { ok: false, fileName: file.name, problems: [{ path: '', message: NO_MODEL_IN_PICTURE }] };
  return importText(stores, file.name, text, kind);
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

function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
