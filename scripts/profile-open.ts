/**
 * Where the time goes when a large document without positions is imported, and when one headcount
 * is then edited: a Chromium CPU profile of the page's main thread for each, plus the long tasks and
 * the React renders per component. Meant for an unminified build, where function names survive.
 *
 *   npx tsx scripts/profile-open.ts [--app-dir <unminified app>] [--fixture organisation|wide|chain|dense]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, launchChromium, servePreview } from './lib/browserBench';
import { chromiumLaunchOptions } from './lib/chromium';
import type { Page } from 'playwright-core';
import { countRendersWhile, RENDER_COUNT_PROBE } from './lib/dragProfile';
import { build, VIEWPORT } from './lib/fpsDrag';
import { largeFixtures } from './lib/largeFixtures';
import { zoomToCard } from './lib/zoomToCard';
import { serialize } from '../src/model';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
})();`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function profileWhile(page: Page, gesture: () => Promise<unknown>): Promise<Profile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await gesture();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return profile;
}

/**
 * The profile cut into busy stretches (samples not idle, gaps under 2 ms), and for each stretch over
 * `minMs` the functions with the most total time in it: which work makes each long task.
 */
function stretches(profile: Profile, minMs = 40, n = 18): string {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const label = (x: ProfileNode) => `${x.callFrame.functionName || '(anonymous)'} ${x.callFrame.url.split('/').pop() || '(native)'}:${x.callFrame.lineNumber + 1}`;
  const out: string[] = [];
  let current: { ms: number; idle: number; total: Map<string, number>; self: Map<string, number> } | null = null;
  const flush = () => {
    if (current && current.ms >= minMs) {
      out.push(`stretch of ${current.ms.toFixed(0)} ms:`);
      const skip = new RegExp(option('skip', '^\\((root|idle)\\)'));
      const top = [...current.total].filter(([k]) => !skip.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n);
      for (const [k, v] of top) out.push(`  ${v.toFixed(0).padStart(6)} total ${(current.self.get(k) ?? 0).toFixed(0).padStart(6)} self  ${k}`);
    }
    current = null;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') {
      if (current) {
        current.idle += ms;
        if (current.idle > 2) flush();
      }
      return;
    }
    current ??= { ms: 0, idle: 0, total: new Map(), self: new Map() };
    current.idle = 0;
    current.ms += ms;
    current.self.set(label(leaf), (current.self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      current.total.set(name, (current.total.get(name) ?? 0) + ms);
    }
  });
  flush();
  return out.join('\n');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

async function traceWhile(page: Page, gesture: () => Promise<unknown>): Promise<TraceEvent[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'toplevel'] });
  await gesture();
  return (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** Each main-thread task over `minMs`, with the self time of the events inside it by name. */
function taskBreakdown(events: TraceEvent[], minMs = 50, n = 10): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return 'no renderer main thread in the trace';
  const mine = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.tid === main.tid && e.pid === main.pid).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: string[] = [];
  let i = 0;
  while (i < mine.length) {
    const task = mine[i];
    const end = task.ts + task.dur!;
    let j = i + 1;
    while (j < mine.length && mine[j].ts < end) j++;
    if (task.dur! / 1000 >= minMs) {
      const inside = mine.slice(i, j);
      const self = new Map<string, number>();
      const stack: { e: TraceEvent; end: number; child: number }[] = [];
      const close = (upTo: number) => {
        while (stack.length && stack[stack.length - 1].end <= upTo) {
          const top = stack.pop()!;
          self.set(top.e.name, (self.get(top.e.name) ?? 0) + (top.e.dur! - top.child) / 1000);
          if (stack.length) stack[stack.length - 1].child += top.e.dur!;
        }
      };
      for (const e of inside) {
        close(e.ts);
        stack.push({ e, end: e.ts + e.dur!, child: 0 });
      }
      close(Infinity);
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
      out.push(`task ${task.name} ${(task.dur! / 1000).toFixed(0)} ms: ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    }
    i = j;
  }
  return out.join('\n');
}

type Pass = 'profile' | 'trace';

async function measure<T>(pass: Pass, page: Page, gesture: () => Promise<T>): Promise<string> {
  if (pass === 'trace') return taskBreakdown(await traceWhile(page, gesture));
  let renders: [string, number][] = [];
  const profile = await profileWhile(page, async () => {
    renders = (await countRendersWhile(page, gesture)).renders;
  });
  return `renders: ${renders.slice(0, 15).map(([n, c]) => `${n} ${c}`).join(', ')}\n${stretches(profile, Number(option('min-ms', '40')), Number(option('top', '18')))}`;
}

async function run(pass: Pass, origin: string, file: string, title: string) {
  const flags = option('js-flags', '');
  const browser = flags ? await chromium.launch({ ...chromiumLaunchOptions(), args: [...CHROMIUM_ARGS, `--js-flags=${flags}`] }) : await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.addInitScript('window.__name = (f) => f');
    await page.addInitScript(LONG_TASKS);
    if (pass === 'profile') await page.addInitScript(RENDER_COUNT_PROBE);
    await page.goto(origin);
    await page.locator('.react-flow__node-team').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const tasks = () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
    await tasks();

    const open = await measure(pass, page, async () => {
      // A file on disk, as a person picks one: Chromium reads it itself (a buffer would be decoded by
      // script in the page, on its main thread).
      await page.getByTestId('import-input').setInputFiles(file);
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title, { timeout: 120_000, polling: 'raf' });
      await page.waitForTimeout(2000);
    });
    console.log(`OPEN (${pass}): long tasks ${JSON.stringify(await tasks())}\n${open}`);

    if ((await page.getByTestId('toggle-inspector').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('toggle-inspector').click();
    await page.waitForTimeout(500);
    const id = await zoomToCard(page);
    const card = page.locator(`.react-flow__node-team[data-id="${id}"]`);
    const before = Number(await card.getByTestId('team-headcount').innerText());
    await card.click();
    const field = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Headcount', { exact: true });
    await field.fill(String(before + 3));
    await page.waitForTimeout(1000);
    await tasks();
    const edit = await measure(pass, page, async () => {
      await field.press('Enter');
      await page.waitForFunction(({ id, want }) => document.querySelector(`.react-flow__node-team[data-id="${id}"] [data-testid=team-headcount]`)?.textContent === want, { id, want: String(before + 3) }, { timeout: 60_000, polling: 'raf' });
      await page.waitForTimeout(1500);
    });
    console.log(`\nEDIT (${pass}): long tasks ${JSON.stringify(await tasks())}\n${edit}\n`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-profile-open-'));
  const given = option('app-dir', '');
  const dir = given ? resolve(given) : build(join(scratch, 'app'), { minify: false });
  const fixture = largeFixtures().find((f) => f.name.startsWith(option('fixture', 'organisation')))!;
  const doc = fixture.doc();
  const file = join(scratch, 'large.fivefold.json');
  writeFileSync(file, serialize(doc));
  const server = await servePreview(dir);
  try {
    for (const pass of option('pass', 'profile,trace').split(',') as Pass[]) await run(pass, server.origin, file, doc.title);
  } finally {
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
