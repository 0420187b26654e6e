/**
 * Files as registered commands: import, open (a file's text, an example) and export, so the toolbar,
 * menus, keys and scripts all go through the registry. Reading and writing files needs the codec
 * (zod), which loads on the first of them.
 */
import type { AnyCommand } from './registry';
import type { ImportOutcome } from '../io/fileImport';
import { loadCodec } from '../io/codecLoader';
import type { ModelSource } from '../io/openModel';
import { pendingConflict } from '../io/library/conflict';

export interface OpenArgs {
  /** Where the model came from, kept with it in the library (an import by default). */
  kind?: ModelSource['kind'];
  /** Told how it went: a refused file's problems are the caller's to show. */
  onOutcome?(outcome: ImportOutcome): void;
}

declare module './registry' {
  interface CommandArgs {
    'file.import': OpenArgs & { file: File };
    'file.open': OpenArgs & { fileName: string; text: string };
    'file.export': void;
    'file.loadTheirs': void;
    'file.keepMine': void;
  }
}

export const FILE_COMMANDS: AnyCommand[] = [
  {
    id: 'file.import',
    label: 'Import a .fivefold.json file or a picture exported from Fivefold',
    group: 'File',
    run(stores, { file, kind, onOutcome }: OpenArgs & { file: File }) {
      void loadCodec()
        .then(({ importFile }) => importFile(stores, file, kind))
        .then((outcome) => onOutcome?.(outcome));
    },
  },
  {
    id: 'file.open',
    label: 'Open a model from its text (an example, a dropped file)',
    group: 'File',
    run(stores, { fileName, text, kind, onOutcome }: OpenArgs & { fileName: string; text: string }) {
      void loadCodec().then(({ importText }) => onOutcome?.(importText(stores, fileName, text, kind)));
    },
  },
  {
    id: 'file.export',
    label: 'Export: download this model as a .fivefold.json file',
    group: 'File',
    run: (stores) => {
      // The document as it is at the press, even if an edit lands while the codec loads.
      const doc = stores.document.getState().doc;
      void loadCodec().then(({ exportDocument }) => exportDocument(doc));
    },
  },
  {
    id: 'file.loadTheirs',
    label: "Load the version another tab saved (this one stays one Undo away)",
    group: 'File',
    canRun: (stores) => pendingConflict(stores) !== undefined,
    run: (stores) => void pendingConflict(stores)?.loadTheirs(),
  },
  {
    id: 'file.keepMine',
    label: "Keep this tab's version (the other tab's stays a version in Models)",
    group: 'File',
    canRun: (stores) => pendingConflict(stores) !== undefined,
    run: (stores) => void pendingConflict(stores)?.keepMine(),
  },
];
