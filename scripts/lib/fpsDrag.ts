/**
 * The measurement behind scripts/fps-drag.ts and test/bench/fps.bench.ts: a team dragged on a
 * generated Fivefold document against one node dragged on a plain React Flow page with the same
 * number of nodes and edges, each page opened afresh per round, alternating which goes first.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { DOCUMENT_KEY } from '../../src/io/storageAccess';
import { dragAndCountFrames, dragHandleNear, firstRenderMs, firstRenderProbe, heapMb, launchChromium, median, percentile, servePreview } from './browserBench';
import { generatedOrg, type GeneratedOrgOptions } from './generatedOrg';
import { serialize } from '../../src/model';
import { panZoomAndCountFrames } from './panZoom';
import { PLAIN_GRAPH_KEY, plainGraphOf } from './plainGraph';

export type Which = 'fivefold' | 'plain';
/** What is measured: dragging one node, or panning and zooming the whole canvas. */
export type Gesture = 'drag' | 'pan';

export interface FpsDragOptions {
  appDir: string;
  plainDir: string;
  rounds?: number;
  laneTeams?: number;
  controlTeams?: number;
  handoffs?: number;
  /** Store positions in the teams (as after editing on the canvas); false leaves them to auto-layout. */
  placed?: boolean;
  dragSeconds?: number;
  amplitude?: number;
  gesture?: Gesture;
  /** Let the plain page draw the Fivefold document's own places and edges (true) or its generic grid (false, the old baseline). */
  sameGraph?: boolean;
  /**
   * Where both pages open. By default a view close enough for cards (semantic zoom draws only lane
   * summaries at a large model's fit view, which would not compare like with like); null: both fit.
   */
  viewport?: { x: number; y: number; zoom: number } | null;
  /** Called after each page of each round, e.g. to print it. */
  onRound?(round: number, which: Which, result: PageRound): void;
}

export interface PageRound {
  firstRenderMs: number;
  heapMb: number;
  /** Median frame interval during the drag, as frames per second. */
  fps: number;
  /** Frames drawn ÷ drag duration: counts the long frames that the median hides. */
  meanFps: number;
  p95FrameMs: number;
  frames: number;
  /** Share of those frames that drew the dragged node in a new place. */
  movedShare: number;
}

export interface FpsDragResult {
  teams: number;
  nodeCount: number;
  handoffs: number;
  rounds: Record<Which, PageRound[]>;
  /** Median over rounds of each figure. */
  medians: Record<Which, PageRound>;
}

export const LANE_NODES = 5;
/** The top left of the canvas at a zoom that draws cards (geometry/zoomLevels.ts), where a drag can grab one. */
export const CARDS_VIEWPORT = { x: 0, y: 0, zoom: 0.45 };
export const VIEWPORT = { width: 1280, height: 720 };

/**
 * Builds a page with Vite into `outDir` (quietly); returns `outDir`.
 * @example build('/tmp/plain', { config: 'bench/plain-flow/vite.config.ts' })
 */
export function build(outDir: string, options: { config?: string; minify?: boolean } = {}): string {
  const extra = [...(options.config ? ['--config', options.config] : []), ...(options.minify === false ? ['--minify', 'false'] : [])];
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...extra, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  return outDir;
}

export const nodeSelector = (which: Which) => (which === 'fivefold' ? '.react-flow__node-team' : '.react-flow__node-default');

/**
 * Opens one of the pages in a fresh browser context and waits until every node is drawn (and, for
 * Fivefold, the simulation worker has answered). The Fivefold document arrives the way a reload
 * finds it: in the autosave slot of localStorage (with the viewport the round asks for, or none, and
 * then the app fits it).
 */
export async function openPage(browser: Browser, which: Which, url: string, nodeCount: number, storedDoc: string, initScripts: string[] = [], plainGraph: string | null = null) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${which} page error:`, e.message));
  // tsx wraps named functions in a helper the page does not have; the evaluated functions need it.
  await page.addInitScript('window.__name = (f) => f');
  for (const s of initScripts) await page.addInitScript(s);
  if (which === 'fivefold') {
    await page.addInitScript(
      ([key, text]) => {
        // Only the first load: a reload must find what the app itself saved.
        if (!sessionStorage.getItem('fps-drag-seeded')) {
          localStorage.setItem(key, text);
          sessionStorage.setItem('fps-drag-seeded', '1');
        }
      },
      [DOCUMENT_KEY, storedDoc] as const,
    );
  }
  if (which === 'plain' && plainGraph) {
    await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [PLAIN_GRAPH_KEY, plainGraph] as const);
  }
  await page.addInitScript(firstRenderProbe(nodeCount));
  await page.goto(url);
  const firstRender = await firstRenderMs(page);
  if (which === 'fivefold') {
    await page.waitForFunction(() => document.querySelector('[data-testid=scenario-figures]')?.getAttribute('aria-busy') !== 'true', undefined, { timeout: 180_000, polling: 200 });
  }
  await page.waitForTimeout(800);
  return { context, page, firstRender };
}

/** One unmeasured drag (it also selects the node, which opens Fivefold's inspector), then a pause. */
export async function warmUp(page: Page, which: Which, amplitude: number): Promise<void> {
  await dragAndCountFrames(page, await dragHandleNear(page, nodeSelector(which)), 1000, amplitude);
  await page.waitForTimeout(800);
}

async function measure(browser: Browser, which: Which, url: string, nodeCount: number, storedDoc: string, o: Required<Pick<FpsDragOptions, 'dragSeconds' | 'amplitude' | 'gesture'>>, plainGraph: string | null): Promise<PageRound> {
  const { context, page, firstRender } = await openPage(browser, which, url, nodeCount, storedDoc, [], plainGraph);
  try {
    const heap = await heapMb(page);
    // A pan warms up by panning: zoomed far out, Fivefold draws no card to drag.
    if (o.gesture === 'pan') await panZoomAndCountFrames(page, 1000, o.amplitude);
    else await warmUp(page, which, o.amplitude);
    const { intervals, durationMs, movedFrames } =
      o.gesture === 'pan'
        ? await panZoomAndCountFrames(page, o.dragSeconds * 1000, o.amplitude)
        : // Picked again: the inspector the warm-up opened may have moved the canvas.
          await dragAndCountFrames(page, await dragHandleNear(page, nodeSelector(which)), o.dragSeconds * 1000, o.amplitude);
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

/**
 * The generated document as both pages read it (Fivefold's autosave text, the plain page's graph),
 * both opening at `viewport` (null: both fit the whole model).
 * @example const { storedDoc, plainGraph } = benchDocuments({ laneTeams: 1000 })
 */
export function benchDocuments(org: GeneratedOrgOptions, viewport: { x: number; y: number; zoom: number } | null = CARDS_VIEWPORT): { storedDoc: string; plainGraph: string } {
  const doc = generatedOrg(org);
  return {
    storedDoc: serialize(viewport ? { ...doc, view: { viewport } } : doc),
    plainGraph: JSON.stringify({ ...plainGraphOf(doc), ...(viewport ? { viewport } : {}) }),
  };
}

/**
 * Serves both built pages, runs the rounds in one Chromium, and stops everything it started.
 * @example const r = await runFpsDrag({ appDir: 'dist', plainDir: '/tmp/plain' }); r.medians.fivefold.fps / r.medians.plain.fps
 */
export async function runFpsDrag(options: FpsDragOptions): Promise<FpsDragResult> {
  const { rounds = 5, laneTeams = 1000, controlTeams = 6, handoffs = 1500, placed = true } = options;
  const drag = { dragSeconds: options.dragSeconds ?? 4, amplitude: options.amplitude ?? 120, gesture: options.gesture ?? 'drag' };
  const pages = benchDocuments({ laneTeams, controlTeams, handoffs, placed }, options.viewport === undefined ? CARDS_VIEWPORT : options.viewport);
  const storedDoc = pages.storedDoc;
  const plainGraph = options.sameGraph === false ? null : pages.plainGraph;
  const teams = laneTeams + controlTeams;
  // Fivefold draws its five layers as nodes too: the plain page gets as many nodes in all.
  const nodeCount = teams + LANE_NODES;
  const port = 4400 + Math.floor(Math.random() * 400);
  const stops: (() => void)[] = [];
  let browser: Browser | null = null;
  try {
    const app = await servePreview(options.appDir, port);
    stops.push(app.stop);
    const plain = await servePreview(options.plainDir, port + 1);
    stops.push(plain.stop);
    const urls: Record<Which, string> = { fivefold: `${app.origin}/`, plain: `${plain.origin}/?nodes=${nodeCount}&edges=${handoffs}` };
    browser = await launchChromium();
    const results: Record<Which, PageRound[]> = { fivefold: [], plain: [] };
    for (let round = 0; round < rounds; round++) {
      const order: Which[] = round % 2 ? ['plain', 'fivefold'] : ['fivefold', 'plain'];
      for (const which of order) {
        const r = await measure(browser, which, urls[which], nodeCount, storedDoc, drag, plainGraph);
        results[which].push(r);
        options.onRound?.(round, which, r);
      }
    }
    const medianOf = (rs: PageRound[]) =>
      Object.fromEntries((Object.keys(rs[0]) as (keyof PageRound)[]).map((k) => [k, median(rs.map((r) => r[k]))])) as unknown as PageRound;
    return { teams, nodeCount, handoffs, rounds: results, medians: { fivefold: medianOf(results.fivefold), plain: medianOf(results.plain) } };
  } finally {
    await browser?.close();
    for (const stop of stops) stop();
  }
}
