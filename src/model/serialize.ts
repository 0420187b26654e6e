import type { z } from 'zod';
import { DocumentShapeSchema, HandoffSchema, TeamSchema, type FivefoldDocument } from './schema';

/** The long lists, written record by record so that an unchanged record is not parsed and written again. */
const LISTS = { teams: TeamSchema, handoffs: HandoffSchema } as const;
/** A record's text as it sits in its list (parsed, indented), kept while the record is the same frozen object. */
const recordTexts = new WeakMap<object, string>();

// Its own module: naming a file must not bring in the schema (zod) with `serialize`.
export { fileNameFor } from './fileName';

/**
 * The exported file: keys in format.md's order, defaults written out, two-space indent, final newline.
 * Running the document through the schema again is what fixes the key order, whatever order an edit
 * left the keys in, so exporting twice gives the same bytes.
 * Teams and handoffs are written one by one, each remembered while it is the same frozen record (as
 * immer leaves every record an edit did not touch): the autosave after a headcount edit on 1,200
 * teams and 2,400 handoffs parses and writes one team instead of the whole document (about 100 ms).
 * @example serialize(doc) // '{\n  "format": "fivefold",\n  "version": 1, …'
 */
export function serialize(doc: FivefoldDocument): string {
  // Nothing to remember of a document that is not frozen (just read, not yet edited): one pass of
  // the schema over all of it is then about three times faster than record by record.
  const listed = Array.isArray(doc.teams) && Array.isArray(doc.handoffs);
  if (!listed || !Object.isFrozen(doc.teams) || !Object.isFrozen(doc.handoffs)) return `${JSON.stringify(DocumentShapeSchema.parse(doc), null, 2)}\n`;
  let text = JSON.stringify(DocumentShapeSchema.parse({ ...doc, teams: [], handoffs: [] }), null, 2);
  // A raw line break followed by two spaces starts a top-level key: inside a string it would be escaped.
  for (const key of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    text = text.replace(`\n  "${key}": []`, () => `\n  "${key}": ${listText(doc[key], LISTS[key])}`);
  }
  return `${text}\n`;
}

function listText(items: readonly unknown[], schema: z.ZodType): string {
  if (!items.length) return '[]';
  const parts = items.map((item) => {
    const frozen = typeof item === 'object' && item !== null && Object.isFrozen(item);
    const hit = frozen ? recordTexts.get(item) : undefined;
    if (hit !== undefined) return hit;
    const text = JSON.stringify(schema.parse(item), null, 2).replace(/\n/g, '\n    ');
    if (frozen) recordTexts.set(item, text);
    return text;
  });
  return `[\n    ${parts.join(',\n    ')}\n  ]`;
}
