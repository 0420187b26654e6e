import type { z } from 'zod';

/** Keys that could reach an object's prototype if copied; always dropped, wherever they stand. */
const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

interface Found {
  example: string;
  key: string;
  count: number;
}

/**
 * Returns a copy of `input` with only the keys the schema knows, and one warning per unknown key
 * (grouped across list items so a large file does not produce thousands of lines).
 * Values the schema does not describe as objects are copied as they are and judged by the schema.
 */
export function dropUnknownKeys(schema: z.ZodType, input: unknown): { value: unknown; warnings: string[] } {
  const found = new Map<string, Found>();
  const value = walk(schema, input, '', '', found);
  const warnings = [...found.values()].map((f) =>
    f.count > 1
      ? `unknown key "${f.key}" dropped at ${f.example} and ${f.count - 1} more place${f.count > 2 ? 's' : ''}`
      : `unknown key "${f.key}" dropped at ${f.example}`,
  );
  return { value, warnings };
}

function walk(schema: z.ZodType, input: unknown, path: string, pattern: string, found: Map<string, Found>): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return walk(def.innerType as z.ZodType, input, path, pattern, found);
    case 'pipe':
      return walk(def.in as z.ZodType, input, path, pattern, found);
    case 'array':
      if (!Array.isArray(input)) return input;
      return input.map((item, i) => walk(def.element as z.ZodType, item, `${path}[${i}]`, `${pattern}[]`, found));
    case 'record':
      return isPlain(input) ? dropDangerous(input, path, pattern, found) : input;
    case 'object': {
      if (!isPlain(input)) return input;
      const shape = def.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        const childPath = path ? `${path}.${key}` : key;
        if (!Object.prototype.hasOwnProperty.call(shape, key) || DANGEROUS.has(key)) {
          note(found, `${pattern}.${key}`, key, childPath);
          continue;
        }
        out[key] = walk(shape[key], input[key], childPath, `${pattern}.${key}`, found);
      }
      return out;
    }
    default:
      return input;
  }
}

function dropDangerous(input: Record<string, unknown>, path: string, pattern: string, found: Map<string, Found>): unknown {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (DANGEROUS.has(key)) note(found, `${pattern}.${key}`, key, `${path}.${key}`);
    else out[key] = input[key];
  }
  return out;
}

function note(found: Map<string, Found>, pattern: string, key: string, example: string) {
  const f = found.get(pattern);
  if (f) f.count++;
  else found.set(pattern, { example, key, count: 1 });
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
