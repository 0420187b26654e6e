import { CURRENT_VERSION } from './schema';

/**
 * One step of the format's history: plain JSON of version `from` in, plain JSON of `from + 1` out.
 * zod validates only the current version, so migrations never see a schema.
 */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/** Every migration the build knows, in order. Version 1 is the first published format. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    // format.md: version 2 only adds optional parts (lint, story, scenario uncertainty), so a version 1
    // file has none of them and keeps its meaning; `migrate` sets the version.
    describe: 'version 2 adds optional lint settings, a story and scenario uncertainty; nothing else changes',
    up: (doc) => ({ ...doc }),
  },
];

export type MigrateResult =
  | { ok: true; doc: Record<string, unknown>; applied: Migration[] }
  /**
   * `path` is `version` when the version itself is the problem. `readable`: the rest of the file can
   * still be checked as the current version (a missing or malformed version says nothing of it).
   */
  | { ok: false; path: string; message: string; readable: boolean };

/**
 * Brings a document up to `target` one step at a time.
 * @example migrate({ format: 'fivefold', version: 0, ... }, registryWithV0) // → version 1
 */
export function migrate(
  doc: Record<string, unknown>,
  registry: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrateResult {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, path: 'version', message: `must be a whole number, the format version (this build reads versions 1 to ${target})`, readable: true };
  }
  if (version > target) {
    return {
      ok: false,
      path: 'version',
      message: `is ${version}: this file uses format version ${version}, written by a newer Fivefold; this build reads up to version ${target}. Open it in a newer Fivefold.`,
      readable: false,
    };
  }
  const applied: Migration[] = [];
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = registry.find((m) => m.from === v);
    if (!step) {
      return {
        ok: false,
        path: 'version',
        message: `is ${version}: this file uses format version ${version}, which this build cannot read: the oldest version it reads is ${oldestReadable(registry, target)}.`,
        readable: false,
      };
    }
    try {
      current = { ...step.up(current), version: v + 1 };
    } catch (e) {
      // A migration meets old files of every quality; a broken one is refused, never thrown at the reader.
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, path: '', message: `This file could not be brought from format version ${v} to ${v + 1}: ${why}`, readable: false };
    }
    applied.push(step);
  }
  return { ok: true, doc: current, applied };
}

function oldestReadable(registry: readonly Migration[], target: number): number {
  let v = target;
  while (registry.some((m) => m.from === v - 1)) v--;
  return v;
}
