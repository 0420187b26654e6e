/**
 * Where the time goes during a drag: a Chromium CPU profile (DevTools protocol) of the page's main
 * thread, summarised as the functions with the most self time and the most total time. Meant for an
 * unminified build (`vite build --minify false`), where function names survive.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { dragAndCountFrames, dragHandleNear, launchChromium, servePreview } from './browserBench';
import { nodeSelector, openPage, warmUp, type Which } from './fpsDrag';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionCost {
  name: string;
  selfMs: number;
  totalMs: number;
}

/**
 * Runs `gesture` while the CPU profiler records, and returns the cost per function.
 * @example const costs = await profileWhile(page, () => dragAndCountFrames(page, handle, 3000, 120))
 */
export async function profileWhile(page: Page, gesture: () => Promise<unknown>, saveTo?: string): Promise<{ costs: FunctionCost[]; wallMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await gesture();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  if (saveTo) writeFileSync(saveTo, JSON.stringify(profile));
  return { costs: summarise(profile), wallMs: (profile.endTime - profile.startTime) / 1000 };
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() || '(native)';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Self time per sample's leaf; total time counts a function once per sample even when recursive. */
function summarise(profile: Profile): FunctionCost[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return [...total.entries()].map(([name, totalMs]) => ({ name, totalMs, selfMs: self.get(name) ?? 0 }));
}

/**
 * Runs `gesture` while Chromium traces the page, and returns the time of each kind of rendering-engine
 * work on the page's main thread (style, layout, paint, script …), summed by event name, largest first.
 * Events nest (a script call can force a layout), so the sums overlap; they show where time goes.
 * @example const work = await traceWhile(browser, page, () => drag())
 */
export async function traceWhile(page: Page, gesture: () => Promise<unknown>, saveTo?: string): Promise<[string, number][]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { path: saveTo, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'] });
  await gesture();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] };
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !main || e.tid !== main.tid || e.pid !== main.pid) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...sums.entries()].sort((a, b) => b[1] - a[1]);
}

/** The top `n` lines by self time and by total time, for printing. */
export function costReport(costs: FunctionCost[], wallMs: number, n = 25): string {
  const skip = /^\((root|program|idle|garbage collector)\)|^\(anonymous\) \(native\)/;
  const line = (c: FunctionCost) => `  ${c.selfMs.toFixed(0).padStart(7)} ms self ${c.totalMs.toFixed(0).padStart(7)} ms total  ${c.name}`;
  const bySelf = [...costs].sort((a, b) => b.selfMs - a.selfMs).slice(0, n);
  const byTotal = [...costs].filter((c) => !skip.test(c.name)).sort((a, b) => b.totalMs - a.totalMs).slice(0, n);
  return [`profiled ${wallMs.toFixed(0)} ms of wall time`, 'by self time:', ...bySelf.map(line), 'by total time:', ...byTotal.map(line)].join('\n');
}

/**
 * An init script that counts, per component name, the renders React performs while
 * `window.__countRenders` is true, and the commits. It stands in for React DevTools (the same global
 * hook), so it must run before React loads. Read the counts with `renderCounts(page)`.
 */
export const RENDER_COUNT_PROBE = `(() => {
  const counts = new Map();
  window.__renderCounts = counts;
  window.__commits = 0;
  const nameOf = (f) => {
    const t = f.type;
    if (!t || typeof t === 'string') return null;
    if (f.tag === 14 || f.tag === 15) return 'memo(' + ((t.type && (t.type.displayName || t.type.name)) || (t.displayName || t.name) || '?') + ')';
    if (f.tag === 11) return (t.render && (t.render.displayName || t.render.name)) || 'forwardRef';
    return t.displayName || t.name || null;
  };
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const walk = (next, prev) => {
    if (COMPONENT_TAGS.has(next.tag) && (!prev || (next.flags & 1))) {
      const name = nameOf(next);
      if (name) counts.set(name, (counts.get(name) || 0) + 1);
    }
    // An unchanged subtree keeps its child fibers: nothing below rendered.
    if (prev && prev.child === next.child) return;
    for (let c = next.child; c; c = c.sibling) walk(c, c.alternate && prev ? c.alternate : null);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (!window.__countRenders) return;
      window.__commits++;
      const next = root.current;
      walk(next, next.alternate);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
})();`;

/** Renders per component counted by `RENDER_COUNT_PROBE` while `gesture` ran, most first. */
export async function countRendersWhile(page: Page, gesture: () => Promise<unknown>): Promise<{ commits: number; renders: [string, number][] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __renderCounts: Map<string, number>; __commits: number; __countRenders: boolean };
    w.__renderCounts.clear();
    w.__commits = 0;
    w.__countRenders = true;
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { __renderCounts: Map<string, number>; __commits: number; __countRenders: boolean };
    w.__countRenders = false;
    return { commits: w.__commits, renders: [...w.__renderCounts.entries()].sort((a, b) => b[1] - a[1]) };
  });
}

/**
 * Opens one page (an unminified build, so names survive), drags a node three times, and returns a
 * printable report: renders per component during one drag, the CPU profile of another, and the
 * rendering engine's work by kind during a third. Profiling both pages shows where Fivefold spends
 * what the plain page does not.
 * @example console.log(await profileDrag({ which: 'fivefold', appDir: '/tmp/app-unminified', storedDoc, nodeCount: 1011 }))
 */
export async function profileDrag(o: { which: Which; appDir: string; storedDoc: string; plainGraph?: string | null; url?: string; nodeCount: number; dragSeconds: number; amplitude: number }): Promise<string> {
  const server = await servePreview(o.appDir, 4850 + Math.floor(Math.random() * 100));
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, o.which, `${server.origin}/${o.url ?? ''}`, o.nodeCount, o.storedDoc, [RENDER_COUNT_PROBE], o.plainGraph ?? null);
    await warmUp(page, o.which, o.amplitude);
    const handle = await dragHandleNear(page, nodeSelector(o.which));
    let moves = 0;
    const counted = await countRendersWhile(page, async () => {
      moves = (await dragAndCountFrames(page, handle, o.dragSeconds * 1000, o.amplitude)).moves;
    });
    await page.waitForTimeout(800);
    // Picked again: pressing where the node was may now hit another node's handle (a connection drag).
    const again = await dragHandleNear(page, nodeSelector(o.which));
    const { costs, wallMs } = await profileWhile(page, () => dragAndCountFrames(page, again, o.dragSeconds * 1000, o.amplitude));
    await page.waitForTimeout(800);
    const third = await dragHandleNear(page, nodeSelector(o.which));
    let frames = 0;
    const work = await traceWhile(page, async () => {
      frames = (await dragAndCountFrames(page, third, o.dragSeconds * 1000, o.amplitude)).intervals.length;
    });
    const perCommit = (n: number) => (n / Math.max(1, counted.commits)).toFixed(1);
    return [
      `${o.which}: React renders during one ${o.dragSeconds} s drag (${moves} pointer moves sent, ${counted.commits} commits):`,
      ...counted.renders.slice(0, 20).map(([name, n]) => `  ${String(n).padStart(7)}  (${perCommit(n).padStart(7)} per commit)  ${name}`),
      '',
      `${o.which}: CPU profile of a second drag (main thread):`,
      costReport(costs, wallMs, 20),
      '',
      `${o.which}: trace of a third drag (${frames} frames): main-thread work by kind (nested events overlap), total and per frame:`,
      ...work.slice(0, 18).map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${(ms / Math.max(1, frames)).toFixed(2).padStart(7)} ms/frame  ${name}`),
    ].join('\n');
  } finally {
    await browser.close();
    server.stop();
  }
}
