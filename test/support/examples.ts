// The one way tests load the files of examples/: read from disk and parsed like any import.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseText, type FivefoldDocument } from '../../src/model';

export const EXAMPLE_NAMES = ['ott-churn', 'hospital-readmissions', 'sme-lending-bank'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** Where an example's file is, for tests that read it themselves (the CLI's). */
// __dirname, not import.meta.url: under jsdom the module's URL is not a file URL.
export const examplePath = (name: ExampleName = 'ott-churn') => resolve(__dirname, '../../examples', `${name}.fivefold.json`);

/** An example's text exactly as it is on disk. */
export const exampleText = (name: ExampleName = 'ott-churn') => readFileSync(examplePath(name), 'utf8');

/**
 * An example, freshly parsed: each call gives a copy of its own, so a test may change it freely.
 * @example example().teams.length // 10
 */
export function example(name: ExampleName = 'ott-churn'): FivefoldDocument {
  const parsed = parseText(exampleText(name));
  if (!parsed.ok) throw new Error(`examples/${name}.fivefold.json must parse: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.doc;
}
