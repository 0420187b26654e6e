// Files the end-to-end tests import. They start from the shipped examples (canonical: exported bytes
// equal the file) and change what a test needs, so no test depends on a hand-copied document.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const examplesDir = resolve(import.meta.dirname, '../../examples');

/** A file as a test hands it to the page's file input. */
export interface FileToImport {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A Fivefold document as plain JSON: the tests edit it without the app's types. */
export type Json = Record<string, any>;

export const OTT_FILE = 'ott-churn.fivefold.json';

/** Every `*.fivefold.json` in examples/, sorted. */
export function exampleNames(): string[] {
  return readdirSync(examplesDir)
    .filter((name) => name.endsWith('.fivefold.json'))
    .sort();
}

/** The exact bytes of an example. */
export function exampleBytes(name: string): Buffer {
  return readFileSync(join(examplesDir, name));
}

/** An example parsed as JSON, ready to be changed by a test. */
export function exampleJson(name: string = OTT_FILE): Json {
  return JSON.parse(exampleBytes(name).toString('utf8'));
}

/**
 * A file for `setInputFiles`: a JSON value is written pretty-printed, a string is used as it is.
 * @example asFile('broken.fivefold.json', '{"format": ') // not JSON
 */
export function asFile(name: string, content: Json | string | Buffer): FileToImport {
  const buffer = Buffer.isBuffer(content)
    ? content
    : Buffer.from(typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return { name, mimeType: 'application/json', buffer };
}

/**
 * The OTT example cut down to a smaller, still valid model with another title: importing it must
 * visibly replace what the first visit shows.
 */
export function smallerOtt(): { doc: Json; removedNames: string[] } {
  const doc = exampleJson();
  const drop = new Set(['qa', 'revops']);
  const removedNames = doc.teams.filter((t: Json) => drop.has(t.id)).map((t: Json) => t.name);
  doc.title = 'Churn pilot: two squads fewer';
  doc.teams = doc.teams.filter((t: Json) => !drop.has(t.id));
  doc.handoffs = doc.handoffs.filter((h: Json) => !drop.has(h.from) && !drop.has(h.to));
  return { doc, removedNames };
}
