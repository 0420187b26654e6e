import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/** One source file's imports: files of src/ (relative to src/, with extension) and packages by name. */
export interface FileImports {
  local: string[];
  packages: string[];
}

export interface ImportGraph {
  /** Every .ts/.tsx file under the root, keyed by its path relative to the root ('canvas/Canvas.tsx'). */
  files: Map<string, FileImports>;
}

const SOURCE = /\.(ts|tsx)$/;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

// Static imports and re-exports (`import x from`, `import type`, `export * from`), bare imports
// (`import './x.css'`), dynamic `import('…')` and the worker form `new URL('…', import.meta.url)`.
const SPECIFIERS = [
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
];

/** Comments may show imports in examples; they are not imports. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) ? [path] : [];
  });
}

function resolveLocal(root: string, from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e)]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return toKey(root, candidate);
  }
  // Stylesheets, JSON and other assets are not modules of the graph.
  return null;
}

const toKey = (root: string, path: string) => relative(root, path).split(sep).join(posix.sep);

/** '@xyflow/react/dist/style.css' → '@xyflow/react'; 'react-dom/client' → 'react-dom'. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Reads the import graph of a source folder from the text of its files. A reading, not a compiler:
 * TypeScript 7 has no classic compiler API for a tool to ask, and this codebase writes imports in
 * the few plain forms above.
 * @example importGraph('src').files.get('sim/simulate.ts')?.local // ['sim/types.ts', …]
 */
export function importGraph(root: string): ImportGraph {
  const files = new Map<string, FileImports>();
  for (const path of walk(root)) {
    const text = withoutComments(readFileSync(path, 'utf8'));
    const local = new Set<string>();
    const packages = new Set<string>();
    for (const pattern of SPECIFIERS) {
      for (const [, specifier] of text.matchAll(pattern)) {
        if (specifier.startsWith('.')) {
          const target = resolveLocal(root, path, specifier);
          if (target) local.add(target);
        } else if (!specifier.startsWith('/') && !specifier.startsWith('node:')) packages.add(packageName(specifier));
      }
    }
    files.set(toKey(root, path), { local: [...local], packages: [...packages] });
  }
  return { files };
}

/** The top folder of src/ a file belongs to ('panels/inspector/Field.tsx' → 'panels'; 'main.tsx' → '.'). */
export function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? '.' : file.slice(0, slash);
}

/**
 * The cycles of a directed graph: each strongly connected component with more than one member, or
 * a member that reaches itself (Tarjan's algorithm, iterative so a deep graph cannot overflow).
 * @example cycles(new Map([['a', ['b']], ['b', ['a']]])) // [['a', 'b']]
 */
export function cycles(graph: Map<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1];
      const edges = graph.get(top.node) ?? [];
      if (top.edge < edges.length) {
        const to = edges[top.edge++];
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== top.node);
        if (component.length > 1 || edges.includes(top.node)) found.push(component.sort());
      }
    }
  }
  return found;
}

/** Folders that know nothing of the screen, and the folders each may import besides itself. */
export const PURE_FOLDERS: Record<string, readonly string[]> = {
  model: [],
  sim: ['model'],
  readout: ['model', 'sim'],
  lint: ['model', 'sim', 'readout'],
  geometry: ['model', 'sim'],
  render: ['model', 'sim', 'geometry', 'readout'],
  review: ['model', 'sim', 'readout', 'lint', 'render'],
};

/** Folders with no React in them: the pure ones, the commands and the command line. */
export const NON_UI_FOLDERS = [...Object.keys(PURE_FOLDERS), 'commands', 'cli'];

/** Packages that draw or hold UI state. */
export const UI_PACKAGES = ['react', 'react-dom', 'react-is', 'zustand', '@xyflow/react', '@xyflow/system', 'recharts'];

/**
 * Everything in a graph that breaks the layers, one sentence each: file cycles, folder cycles, a
 * pure folder importing beyond its list or a UI package, React in a non-UI folder.
 * @example layerProblems(importGraph('src')) // [] when the house is in order
 */
export function layerProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  const fileEdges = new Map([...graph.files].map(([file, imports]) => [file, imports.local] as const));
  for (const cycle of cycles(fileEdges)) problems.push(`import cycle between files: ${cycle.join(' → ')}`);

  const folderEdges = new Map<string, Set<string>>();
  for (const [file, imports] of graph.files) {
    const from = folderOf(file);
    const out = folderEdges.get(from) ?? new Set<string>();
    folderEdges.set(from, out);
    for (const target of imports.local) if (folderOf(target) !== from) out.add(folderOf(target));
  }
  const folderGraph = new Map([...folderEdges].map(([folder, out]) => [folder, [...out]] as const));
  for (const cycle of cycles(folderGraph)) {
    const witnesses = cycle.flatMap((from) =>
      [...graph.files].flatMap(([file, imports]) =>
        folderOf(file) === from ? imports.local.filter((t) => folderOf(t) !== from && cycle.includes(folderOf(t))).map((t) => `${file} → ${t}`) : [],
      ),
    );
    problems.push(`import cycle between folders ${cycle.join(', ')}: ${witnesses.join('; ')}`);
  }

  for (const [file, imports] of graph.files) {
    const folder = folderOf(file);
    const allowed = PURE_FOLDERS[folder];
    if (allowed) {
      for (const target of imports.local) {
        const to = folderOf(target);
        if (to !== folder && !allowed.includes(to)) problems.push(`${file} imports ${target}: ${folder}/ may import only ${allowed.length ? allowed.map((f) => `${f}/`).join(', ') : 'itself'}`);
      }
    }
    if (NON_UI_FOLDERS.includes(folder)) {
      if (file.endsWith('.tsx')) problems.push(`${file} is a React file in ${folder}/, which has no UI`);
      for (const name of imports.packages) if (UI_PACKAGES.includes(name)) problems.push(`${file} imports ${name}, a UI package, in ${folder}/`);
    }
  }
  return problems;
}
