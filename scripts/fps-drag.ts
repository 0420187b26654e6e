/**
 * Frame rate while dragging a team on a generated 1,000-team Fivefold document, against the same
 * drag of one node on a plain React Flow page with the same node and edge count, in the same run.
 *
 *   npx tsx scripts/fps-drag.ts [--rounds 5] [--teams 1000] [--control 6] [--handoffs 1500]
 *                               [--seconds 4] [--amplitude 120] [--rate 120] [--unplaced]
 *                               [--app-dir <built app>] [--plain-dir <built plain page>]
 *
 * Both pages are built into a temporary folder (unless given), served by `vite preview`, and opened
 * in headless Chromium at 1280×720, alternating which goes first in each round. Every round opens
 * each page afresh: first render (navigation start → every node drawn), JS heap after a garbage
 * collection, one unmeasured warm-up drag, then the measured drag. The Fivefold document reaches
 * the app the way a reload does, through its autosave in localStorage, with no saved viewport (so
 * both pages fit the whole graph). Prints per-round and median figures and the ratio
 * Fivefold ÷ plain of the median drag frame rates (goal ≥ 0.9×).
 * `--unplaced` leaves the teams without stored positions, so the automatic layout places them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { generatedOrgText } from './lib/generatedOrg';
import { DOCUMENT_KEY } from '../src/io/storageAccess';
import {
  dragAndCountFrames,
  dragHandleNear,
  firstRenderMs,
  firstRenderProbe,
  heapMb,
  launchChromium,
  median,
  percentile,
  servePreview,
} from './lib/browserBench';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const ROUNDS = Number(option('rounds', '5'));
const LANE_TEAMS = Number(option('teams', '1000'));
const CONTROL_TEAMS = Number(option('control', '6'));
const HANDOFFS = Number(option('handoffs', '1500'));
const DRAG_SECONDS = Number(option('seconds', '4'));
const AMPLITUDE = Number(option('amplitude', '120'));
const RATE_HZ = Number(option('rate', '120'));
const PLACED = !args.includes('--unplaced');
const LANES = 5;
const VIEWPORT = { width: 1280, height: 720 };

export interface PageRound {
  firstRenderMs: number;
  heapMb: number;
  /** Median frame interval during the drag, as frames per second. */
  fps: number;
  /** Frames drawn ÷ drag duration: counts long frames that the median hides. */
  meanFps: number;
  p95FrameMs: number;
  frames: number;
  /** Share of those frames that drew the dragged node in a new place. */
  movedShare: number;
}

type Which = 'fivefold' | 'plain';

/** Builds a page with Vite into `outDir` (quietly); returns `outDir`. */
function build(outDir: string, config?: string): string {
  const configArgs = config ? ['--config', config] : [];
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...configArgs, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  return outDir;
}

/** Opens one page in a fresh browser context, measures it, drags, and closes it. */
async function measure(browser: Browser, which: Which, url: string, nodeCount: number, storedDoc: string): Promise<PageRound> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`${which} page error:`, e.message));
    // tsx wraps named functions in a helper the page does not have; the evaluated functions need it.
    await page.addInitScript('window.__name = (f) => f');
    if (which === 'fivefold') {
      await page.addInitScript(([key, text]) => {
        // Only the first load: later reloads must find what the app itself saved.
        if (!sessionStorage.getItem('fps-drag-seeded')) {
          localStorage.setItem(key, text);
          sessionStorage.setItem('fps-drag-seeded', '1');
        }
      }, [DOCUMENT_KEY, storedDoc] as const);
    }
    await page.addInitScript(firstRenderProbe(nodeCount));
    await page.goto(url);
    const firstRender = await firstRenderMs(page);
    if (which === 'fivefold') {
      // Let the simulation worker answer for the new document before dragging.
      await page.waitForFunction(() => document.querySelector('[data-testid=scenario-figures]')?.getAttribute('aria-busy') !== 'true', undefined, { timeout: 180_000, polling: 200 });
    }
    await page.waitForTimeout(800);
    const heap = await heapMb(page);
    const selector = which === 'fivefold' ? '.react-flow__node-team' : '.react-flow__node-default';
    await dragAndCountFrames(page, await dragHandleNear(page, selector), 1000, AMPLITUDE, RATE_HZ); // warm-up
    await page.waitForTimeout(800);
    // Picked again: the warm-up selected a team, and the inspector it opens may have moved the canvas.
    const handle = await dragHandleNear(page, selector);
    const { intervals, durationMs, movedFrames } = await dragAndCountFrames(page, handle, DRAG_SECONDS * 1000, AMPLITUDE, RATE_HZ);
    return {
      firstRenderMs: firstRender,
      heapMb: heap,
      fps: 1000 / median(intervals),
      meanFps: (intervals.length * 1000) / durationMs,
      p95FrameMs: percentile(intervals, 95),
      frames: intervals.length,
      movedShare: movedFrames / Math.max(1, intervals.length),
    };
  } finally {
    await context.close();
  }
}

const f1 = (n: number) => n.toFixed(1);
const describe = (r: PageRound) =>
  `drag ${f1(r.fps).padStart(5)} fps median (${f1(r.meanFps).padStart(5)} mean, p95 frame ${f1(r.p95FrameMs).padStart(6)} ms, ${String(r.frames).padStart(4)} frames, ${(r.movedShare * 100).toFixed(0)}% moved the node)  first render ${(r.firstRenderMs / 1000).toFixed(2)} s  heap ${f1(r.heapMb)} MB`;

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-fps-drag-'));
  const servers: { stop(): void }[] = [];
  let browser: Browser | null = null;
  try {
    const appDir = args.includes('--app-dir') ? resolve(option('app-dir', '')) : build(join(scratch, 'app'));
    const plainDir = args.includes('--plain-dir') ? resolve(option('plain-dir', '')) : build(join(scratch, 'plain'), 'bench/plain-flow/vite.config.ts');

    const storedDoc = generatedOrgText({ laneTeams: LANE_TEAMS, controlTeams: CONTROL_TEAMS, handoffs: HANDOFFS, placed: PLACED });
    const teams = LANE_TEAMS + CONTROL_TEAMS;
    // Fivefold draws the five layers as nodes too: the plain page gets the same number of nodes.
    const nodeCount = teams + LANES;
    const port = 4400 + Math.floor(Math.random() * 400);
    const app = await servePreview(appDir, port);
    servers.push(app);
    const plain = await servePreview(plainDir, port + 1);
    servers.push(plain);
    const urls: Record<Which, string> = { fivefold: `${app.origin}/`, plain: `${plain.origin}/?nodes=${nodeCount}&edges=${HANDOFFS}` };

    browser = await launchChromium();
    console.log(`Drag of one team: Fivefold with ${teams} teams (${CONTROL_TEAMS} in Control, ${PLACED ? 'placed' : 'auto-laid-out'}) + ${LANES} lanes and ${HANDOFFS} handoffs, vs plain React Flow with ${nodeCount} default nodes and ${HANDOFFS} edges`);
    console.log(`${ROUNDS} rounds, ${DRAG_SECONDS} s drag per page (pointer moves at ${RATE_HZ} Hz, ±${AMPLITUDE} px), headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}, software rendering\n`);
    const results: Record<Which, PageRound[]> = { fivefold: [], plain: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Which[] = round % 2 ? ['plain', 'fivefold'] : ['fivefold', 'plain'];
      for (const which of order) {
        const r = await measure(browser, which, urls[which], nodeCount, storedDoc);
        results[which].push(r);
        console.log(`round ${round + 1} ${which.padEnd(8)} ${describe(r)}`);
      }
    }

    const med = (which: Which, key: keyof PageRound) => median(results[which].map((r) => r[key]));
    console.log('\nmedians over rounds');
    for (const which of ['fivefold', 'plain'] as const) {
      console.log(
        `  ${which.padEnd(8)} drag ${f1(med(which, 'fps'))} fps (mean ${f1(med(which, 'meanFps'))}, p95 frame ${f1(med(which, 'p95FrameMs'))} ms)  first render ${(med(which, 'firstRenderMs') / 1000).toFixed(2)} s  heap ${f1(med(which, 'heapMb'))} MB`,
      );
    }
    const ratio = med('fivefold', 'fps') / med('plain', 'fps');
    const meanRatio = med('fivefold', 'meanFps') / med('plain', 'meanFps');
    console.log(`\nFivefold ÷ plain, drag frame rate: ${ratio.toFixed(2)}× median fps (${meanRatio.toFixed(2)}× mean fps); goal ≥ 0.9× — ${ratio >= 0.9 ? 'met' : 'NOT met'}`);
    console.log(`first render ${(med('fivefold', 'firstRenderMs') / med('plain', 'firstRenderMs')).toFixed(2)}× plain; heap ${(med('fivefold', 'heapMb') / med('plain', 'heapMb')).toFixed(2)}× plain`);
  } finally {
    await browser?.close();
    for (const s of servers) s.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
