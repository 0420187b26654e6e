/**
 * Reading and writing documents: the strict parser and the exporter, with zod and the format's
 * rules behind them. The first screen never needs them (the example it opens is checked by the test
 * suite), so they load through `loadCodec()` (`codecLoader.ts`) when a saved model, a file or an edit
 * first asks.
 */
export { parseText, serialize, problemLine } from '../model';
export { storedText } from './autosave';
export { importFile, importText } from './fileImport';
export { exportDocument } from './fileExport';
