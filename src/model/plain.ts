/** Checks on raw JSON, shared by the parts of the model that read a document before zod has. */

/**
 * True for a JSON object (not null, not an array), so its keys can be read safely.
 * @example isPlainObject({ a: 1 }) // true; isPlainObject([1]) // false; isPlainObject(null) // false
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
