import type { z } from 'zod';
import { isPlainObject } from './plain';
import { MAX_VIEW_DEPTH } from './viewLimits';

/** Keys that could reach an object's prototype if copied; always dropped, wherever they stand. */
const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

interface Found {
  example: string;
  key: string;
  count: number;
}

/** What the walker needs to know of a schema, worked out once per schema rather than once per value. */
type Plan =
  | { kind: 'object'; fields: Map<string, Plan> }
  | { kind: 'array'; element: Plan }
  | { kind: 'record' }
  | { kind: 'union'; key: string; options: Map<unknown, Plan> }
  | { kind: 'leaf' };

const plans = new WeakMap<z.ZodType, Plan>();

/**
 * Returns `input` with only the keys the schema knows (copying only the objects that change, never
 * changing `input`), and one warning per unknown key
 * (grouped across list items so a large file does not produce thousands of lines).
 * Values the schema does not describe as objects are copied as they are and judged by the schema.
 * @example dropUnknownKeys(TeamSchema, { id: 'a', colour: 'red' }).warnings
 *   // ['unknown key "colour" dropped at colour']
 */
export function dropUnknownKeys(schema: z.ZodType, input: unknown): { value: unknown; warnings: string[] } {
  let plan = plans.get(schema);
  if (!plan) plans.set(schema, (plan = compile(schema)));
  const found = new Map<string, Found>();
  const value = walk(plan, input, [], found);
  const warnings = [...found.values()].map((f) =>
    DANGEROUS.has(f.key)
      ? `key "${f.key}" dropped at ${f.example}${f.count > 1 ? ` and ${f.count - 1} more place${f.count > 2 ? 's' : ''}` : ''}: it could reach an object's prototype`
      : f.count > 1
      ? `unknown key "${f.key}" dropped at ${f.example} and ${f.count - 1} more place${f.count > 2 ? 's' : ''}`
      : `unknown key "${f.key}" dropped at ${f.example}`,
  );
  return { value, warnings };
}

function compile(schema: z.ZodType): Plan {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return compile(def.innerType as z.ZodType);
    case 'pipe':
      return compile(def.in as z.ZodType);
    case 'array':
      return { kind: 'array', element: compile(def.element as z.ZodType) };
    case 'record':
      return { kind: 'record' };
    case 'union': {
      // A discriminated union (story steps): each option is walked by the plan of the kind it names.
      const key = def.discriminator as string | undefined;
      if (!key) return { kind: 'leaf' };
      const options = new Map<unknown, Plan>();
      for (const option of def.options as z.ZodType[]) {
        const shape = (option as unknown as { _zod: { def: { shape?: Record<string, z.ZodType> } } })._zod.def.shape;
        const literal = shape?.[key] as unknown as { _zod: { def: { values?: unknown[] } } } | undefined;
        for (const value of literal?._zod.def.values ?? []) options.set(value, compile(option));
      }
      return { kind: 'union', key, options };
    }
    case 'object': {
      const fields = new Map<string, Plan>();
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) fields.set(key, compile(child));
      return { kind: 'object', fields };
    }
    default:
      return { kind: 'leaf' };
  }
}

/**
 * `path` is the stack of keys down to `input`; it becomes text only when an unknown key is found,
 * which keeps a clean 10,000-handoff file from building 100,000 path strings.
 */
function walk(plan: Plan, input: unknown, path: (string | number)[], found: Map<string, Found>): unknown {
  switch (plan.kind) {
    case 'array': {
      if (!Array.isArray(input)) return input;
      let out: unknown[] | undefined;
      for (let i = 0; i < input.length; i++) {
        path.push(i);
        const item = walk(plan.element, input[i], path, found);
        path.pop();
        if (item !== input[i]) (out ??= input.slice())[i] = item;
      }
      return out ?? input;
    }
    case 'union': {
      if (!isPlainObject(input)) return input;
      const option = plan.options.get(input[plan.key]);
      // An unknown kind is the schema's to refuse; its keys are not guessed at.
      return option ? walk(option, input, path, found) : input;
    }
    case 'record':
      // A record (the view, lint rules) is kept as it is, except for keys that could reach a prototype, at any depth.
      return dropDangerous(input, path, found, 0);
    case 'object': {
      if (!isPlainObject(input)) return input;
      // Copy on write: a clean object is returned as it is, which spares a large clean file a full copy.
      let out: Record<string, unknown> | undefined;
      const keys = Object.keys(input);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        const child = plan.fields.get(key);
        if (!child || DANGEROUS.has(key)) {
          note(found, path, key);
          out ??= copyKeys(input, keys, k);
          continue;
        }
        let value = input[key];
        if (child.kind !== 'leaf') {
          path.push(key);
          value = walk(child, value, path, found);
          path.pop();
        }
        if (out) out[key] = value;
        else if (value !== input[key]) (out = copyKeys(input, keys, k))[key] = value;
      }
      return out ?? input;
    }
    default:
      return input;
  }
}

/**
 * `input` without `__proto__`, `constructor` or `prototype` keys at any depth, copying only what
 * changes. Stops below 64 levels: a deeper view is refused by `viewProblems` anyway.
 */
function dropDangerous(input: unknown, path: (string | number)[], found: Map<string, Found>, depth: number): unknown {
  if (typeof input !== 'object' || input === null || depth > MAX_VIEW_DEPTH) return input;
  if (Array.isArray(input)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < input.length; i++) {
      path.push(i);
      const item = dropDangerous(input[i], path, found, depth + 1);
      path.pop();
      if (item !== input[i]) (out ??= input.slice())[i] = item;
    }
    return out ?? input;
  }
  const record = input as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const keys = Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (DANGEROUS.has(key)) {
      note(found, path, key);
      out ??= copyKeys(record, keys, k);
      continue;
    }
    path.push(key);
    const value = dropDangerous(record[key], path, found, depth + 1);
    path.pop();
    if (out) out[key] = value;
    else if (value !== record[key]) (out = copyKeys(record, keys, k))[key] = value;
  }
  return out ?? input;
}

/** Groups by the path with list indices removed (`teams[].colour`), keeping the first place as the example. */
function note(found: Map<string, Found>, path: readonly (string | number)[], key: string) {
  let pattern = '';
  let example = '';
  for (const k of path) {
    if (typeof k === 'number') {
      pattern += '[]';
      example += `[${k}]`;
    } else {
      pattern += `.${k}`;
      example += example ? `.${k}` : k;
    }
  }
  pattern += `.${key}`;
  example += example ? `.${key}` : key;
  const f = found.get(pattern);
  if (f) f.count++;
  else found.set(pattern, { example, key, count: 1 });
}

/** A fresh object with the first `count` keys of `input` (all of them known and unchanged so far). */
function copyKeys(input: Record<string, unknown>, keys: string[], count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let k = 0; k < count; k++) out[keys[k]] = input[keys[k]];
  return out;
}
