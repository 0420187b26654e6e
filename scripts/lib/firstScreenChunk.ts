/**
 * One chunk for what the first screen runs (vite.config.ts). Left to itself, rolldown gives every
 * module that a lazy chunk also imports a small chunk of its own (rolldown#10731, with Vite's HTML
 * entry): 26 files at a first visit, each gzipped alone, about 5 KB more than one file.
 *
 * The chunk is the entry's static imports, followed name by name through the pure folders' barrels
 * (most of what a barrel re-exports is used by lazy chunks only) and never into the codec (schema.ts,
 * zod), which loads when a file is read. A module the first screen needs but this walk misses would
 * land in a chunk that imports the start chunk while the start chunk imports it, and run before it:
 * `checkStartChunk` fails the build on such a cycle instead of leaving a blank page.
 */
import { dirname, resolve } from 'node:path';

export interface ModuleInfoLike {
  code: string | null;
  importedIds: readonly string[];
  exports: readonly string[];
}
type GetInfo = (id: string) => ModuleInfoLike | null;

// The side-effect-free folders (vite.config.ts): a module there runs only for the names taken from it.
const PURE = /[\\/]src[\\/](model|sim|readout|lint|render|geometry)[\\/][^\\/]+(\.ts|[\\/].+\.ts)$/;
const CODEC = /[\\/]src[\\/]model[\\/]schema\.ts$|[\\/]node_modules[\\/]zod[\\/]/;
// import { a, b as c } from "x" · import * as ns from "x" · import d from "x" · export { a } from "x" · export * from "x"
const STATEMENT = /\b(import|export)\s*(\{[^}]*\}|\*\s*as\s+[\w$]+|\*|[\w$]+\s*,\s*\{[^}]*\}|[\w$]+)\s*from\s*["']([^"']+)["']/g;

/** The ids of the modules of the start chunk, from the entry (index.html). */
export function firstScreenModules(entry: string, info: GetInfo): Set<string> {
  const start = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const id = queue.pop()!;
    if (start.has(id)) continue;
    const module = info(id);
    // The codec stays out, but what it re-exports from elsewhere (the format's constants) may be needed.
    if (!CODEC.test(id)) start.add(id);
    else if (/node_modules/.test(id)) continue;
    const handled = new Set<string>();
    for (const { keyword, names, target } of statements(id, module)) {
      if (!target) continue;
      handled.add(target);
      // A pure module's re-exports are taken name by name by whoever imports them.
      if (keyword === 'export' && PURE.test(id)) continue;
      if (!PURE.test(target) || !names) {
        queue.push(target);
        continue;
      }
      for (const name of names) queue.push(exporter(target, name, info));
    }
    for (const dep of module?.importedIds ?? []) if (!handled.has(dep)) queue.push(dep);
  }
  return start;
}

/** The module that defines `name` exported by `id`, through its re-exports (`export … from`). */
function exporter(id: string, name: string, info: GetInfo): string {
  for (const { keyword, names, aliases, target } of statements(id, info(id))) {
    if (keyword !== 'export' || !target) continue;
    if (aliases) {
      const i = aliases.indexOf(name);
      if (i >= 0) return exporter(target, names![i], info);
    } else if (info(target)?.exports.includes(name)) return exporter(target, name, info);
  }
  return id;
}

/** The module's import and re-export statements: names imported (null: all of them), the names a re-export gives them, and the resolved target. */
function statements(id: string, module: ModuleInfoLike | null) {
  const found: { keyword: string; names: string[] | null; aliases: string[] | null; target: string | null }[] = [];
  for (const m of (module?.code ?? '').matchAll(STATEMENT)) {
    const [, keyword, clause, spec] = m;
    const braces = /\{([^}]*)\}/.exec(clause)?.[1];
    const pairs = (braces ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => s.split(/\s+as\s+/));
    let names: string[] | null = null;
    if (braces !== undefined) names = pairs.map((p) => p[0]);
    else if (!clause.startsWith('*')) names = ['default'];
    if (braces !== undefined && /^[\w$]+\s*,/.test(clause)) names!.push('default');
    const aliases = keyword === 'export' && braces !== undefined ? pairs.map((p) => p[1] ?? p[0]) : null;
    found.push({ keyword, names, aliases, target: resolveSpec(id, spec, module!.importedIds) });
  }
  return found;
}

function resolveSpec(from: string, spec: string, imported: readonly string[]): string | null {
  if (!spec.startsWith('.')) return imported.find((i) => i.includes(`/node_modules/${spec}/`)) ?? null;
  const base = resolve(dirname(from), spec).replace(/\.[cm]?[jt]sx?$/, '');
  return imported.find((i) => i.replace(/\.[cm]?[jt]sx?$/, '') === base || i.replace(/\/index\.[cm]?[jt]sx?$/, '') === base) ?? null;
}

interface OutputChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: string[];
}

/**
 * Fails on a static import cycle between chunks: the chunk entered second would run before the
 * modules it imports from the first are ready (a module the start chunk needs was left out of it).
 */
export function checkStartChunk(bundle: Record<string, OutputChunkLike>): void {
  const byName = new Map(Object.values(bundle).map((c) => [c.fileName, c]));
  const reaches = (from: string, to: string, seen: Set<string>): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return (byName.get(from)?.imports ?? []).some((next) => reaches(next, to, seen));
  };
  for (const chunk of byName.values()) {
    const back = (chunk.imports ?? []).filter((dep) => reaches(dep, chunk.fileName, new Set()));
    if (back.length) throw new Error(`first-screen chunk: ${back.join(', ')} imports ${chunk.fileName} back; a module the start chunk needs is missing from it (scripts/lib/firstScreenChunk.ts)`);
  }
}
