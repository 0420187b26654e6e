// `npm run budget` (after `vite build`): the gzip size of the JavaScript a first visit loads.
// Counts the entry script and modulepreload links of dist/index.html and, recursively, every chunk
// they import statically; chunks reached only through `import()` load later and are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 250;

export interface FirstVisitJs {
  /** Each file as a path under dist, with its gzip size in bytes. */
  files: { path: string; gzipBytes: number }[];
  totalKb: number;
}

/**
 * Measures the first-visit JavaScript of a built app.
 * @example measureFirstVisitJs('dist').totalKb // 182.4
 */
export function measureFirstVisitJs(distDir: string): FirstVisitJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isEntry = /^<script/i.test(tag) && /type=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel=["']?modulepreload/i.test(tag);
    const url = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if ((isEntry || isPreload) && url && isLocal(url)) queue.push(fromRoot(url));
  }
  const seen = new Set<string>();
  const files: FirstVisitJs['files'] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(distDir, path));
    files.push({ path, gzipBytes: gzipSync(code, { level: 9 }).length });
    for (const spec of staticImports(code.toString('utf8'))) {
      if (isLocal(spec)) queue.push(spec.startsWith('/') ? fromRoot(spec) : posix.join(posix.dirname(path), spec));
    }
  }
  const total = files.reduce((s, f) => s + f.gzipBytes, 0);
  return { files, totalKb: total / 1024 };
}

/** `import … from "x"`, `import "x"` and `export … from "x"`, but not `import("x")`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const m of code.matchAll(pattern)) found.push(m[1]);
  return found;
}

function isLocal(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}

function fromRoot(url: string): string {
  return posix.normalize(url.replace(/^\.?\//, '').split(/[?#]/)[0]);
}

/** The line `npm run budget` and `npm run bench` print. */
export function budgetLine(m: FirstVisitJs): string {
  return `first-visit JS: ${m.totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`bundle budget: ${join(dist, 'index.html')} not found; run "npm run build" first`);
    process.exit(2);
  }
  const m = measureFirstVisitJs(dist);
  for (const f of m.files) console.log(`  ${f.path}  ${(f.gzipBytes / 1024).toFixed(1)} KB`);
  console.log(budgetLine(m));
  if (m.totalKb > BUDGET_KB) {
    console.error(`over budget by ${(m.totalKb - BUDGET_KB).toFixed(1)} KB`);
    process.exit(1);
  }
}
