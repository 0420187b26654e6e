// `npm run budget` (after `vite build`): the gzip size of the JavaScript a first visit loads, counted
// two ways, each with its budget:
// - static: the entry script and modulepreload links of dist/index.html and, recursively, every chunk
//   they import statically (chunks reached only through `import()` are not counted). At most 200 KB.
// - in Chromium, the honest count: the built app is served and opened at 1280×720 with no saved model,
//   and every script it fetches until the first screen is drawn (the ranges' first percentiles
//   included) and the network is quiet is counted: the static set, what the app imports on its own at
//   start (the sampling pool) and the workers it starts. Service workers are blocked: their precache
//   downloads are background caching, not the first screen. The page's own scripts are held to
//   FIRST_SCREEN_BUDGET_KB; worker scripts are printed beside them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 200;
/** The page's scripts of the first screen, in Chromium: the static set plus what it imports at start (the sampling pool, 2 KB). */
export const FIRST_SCREEN_BUDGET_KB = 200;

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

const gzipBytes = (distDir: string, path: string) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;

export interface FirstScreenJs {
  /** The page's scripts (main thread), each once, as paths under dist with their gzip size. */
  page: { path: string; gzipBytes: number }[];
  /** Scripts of the workers the first screen starts. */
  workers: { path: string; gzipBytes: number }[];
  pageKb: number;
  workersKb: number;
}

/**
 * Opens the built app in Chromium and counts the scripts its first screen loads (see the top of the file).
 * @example (await measureFirstScreenJs('dist')).pageKb // 188.2
 */
export async function measureFirstScreenJs(distDir: string): Promise<FirstScreenJs> {
  const { launchChromium, servePreview } = await import('./lib/browserBench');
  const browser = await launchChromium();
  try {
    const app = await servePreview(distDir);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      const fetched = new Set<string>();
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin === app.origin && url.pathname.endsWith('.js')) fetched.add(fromRoot(url.pathname));
      });
      await page.goto(app.origin);
      await page.waitForSelector('.react-flow__node-team', { timeout: 120_000 });
      // The ranges' first percentiles show once the workers answer: the first screen is complete then.
      await page.waitForSelector('[data-testid=ranges-bar][data-state=done], [data-testid=ranges-bar][data-state=sampling]', { timeout: 120_000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      await context.close();
      const files = [...fetched].map((path) => ({ path, gzipBytes: gzipBytes(distDir, path) }));
      const isWorker = (p: string) => /\.worker-[^/]*\.js$/.test(p);
      const page_ = files.filter((f) => !isWorker(f.path));
      const workers = files.filter((f) => isWorker(f.path));
      const kb = (list: typeof files) => list.reduce((n, f) => n + f.gzipBytes, 0) / 1024;
      return { page: page_, workers, pageKb: kb(page_), workersKb: kb(workers) };
    } finally {
      await app.stop();
    }
  } finally {
    await browser.close();
  }
}

/** The line `npm run budget` and `npm run bench` print. */
export function budgetLine(m: FirstVisitJs): string {
  return `first-visit JS, static: ${m.totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`;
}

async function main(): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`bundle budget: ${join(dist, 'index.html')} not found; run "npm run build" first`);
    return 2;
  }
  const show = (f: { path: string; gzipBytes: number }) => console.log(`  ${(f.gzipBytes / 1024).toFixed(1).padStart(6)} KB  ${f.path}`);
  const m = measureFirstVisitJs(dist);
  console.log(budgetLine(m));
  const screen = await measureFirstScreenJs(dist);
  screen.page.sort((a, b) => b.gzipBytes - a.gzipBytes).forEach(show);
  console.log(`first screen in Chromium, page scripts: ${screen.pageKb.toFixed(1)} KB gzip in ${screen.page.length} files (budget ${FIRST_SCREEN_BUDGET_KB} KB)`);
  screen.workers.forEach(show);
  console.log(`first screen in Chromium, worker scripts: ${screen.workersKb.toFixed(1)} KB gzip in ${screen.workers.length} files; page and workers: ${(screen.pageKb + screen.workersKb).toFixed(1)} KB`);
  let status = 0;
  if (m.totalKb > BUDGET_KB) {
    console.error(`static first-visit JS over budget by ${(m.totalKb - BUDGET_KB).toFixed(1)} KB`);
    status = 1;
  }
  if (screen.pageKb > FIRST_SCREEN_BUDGET_KB) {
    console.error(`first screen's page scripts over budget by ${(screen.pageKb - FIRST_SCREEN_BUDGET_KB).toFixed(1)} KB`);
    status = 1;
  }
  return status;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  main().then(
    (status) => process.exit(status),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
