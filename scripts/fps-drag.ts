/**
 * Frame rate while dragging a team on a generated 1,000-team Fivefold document, against the same
 * drag of one node on a plain React Flow page with the same node and edge count, in the same run.
 *
 *   npx tsx scripts/fps-drag.ts [--rounds 5] [--teams 1000] [--control 6] [--handoffs 1500]
 *                               [--seconds 4] [--amplitude 120] [--unplaced]
 *                               [--app-dir <built app>] [--plain-dir <built plain page>] [--profile] [--pan] [--grid-baseline]
 *
 * Both pages are built into a temporary folder (unless given), served by `vite preview`, and opened
 * in headless Chromium at 1280×720, alternating which goes first in each round. Every round opens
 * each page afresh: first render (navigation start → every node drawn), JS heap of the main thread
 * after a garbage collection, one unmeasured warm-up drag, then the measured drag: `--seconds` of
 * pointer moves, one per animation frame as Chromium delivers a real mouse's (see dragAndCountFrames
 * in scripts/lib/browserBench.ts), while every frame the page draws is recorded.
 * Prints per-round figures, medians over rounds and the ratio Fivefold ÷ plain (goal ≥ 0.9×).
 * `--pan` measures panning and zooming instead: the button goes down on an empty spot of the pane,
 * the pointer circles (one move per frame) and every fourth frame a wheel step zooms in or out
 * (scripts/lib/panZoom.ts); "moved" then counts frames that drew the viewport somewhere new.
 * The plain page draws the same graph as Fivefold: each team as a default node of a team card's size at
 * the place Fivefold draws it, the five lanes as group nodes, one edge per handoff (scripts/lib/plainGraph.ts).
 * `--grid-baseline` gives it the older generic graph instead (a grid of small nodes, all edges short).
 * `--unplaced` leaves the teams without stored positions, so the automatic layout places them.
 * `--profile` also builds the app unminified and prints, for a Fivefold drag, the React renders per
 * component and the functions with the most CPU time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchDocuments, build, LANE_NODES, runFpsDrag, VIEWPORT, type PageRound } from './lib/fpsDrag';
import { profileDrag } from './lib/dragProfile';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const settings = {
  rounds: Number(option('rounds', '5')),
  laneTeams: Number(option('teams', '1000')),
  controlTeams: Number(option('control', '6')),
  handoffs: Number(option('handoffs', '1500')),
  dragSeconds: Number(option('seconds', '4')),
  amplitude: Number(option('amplitude', '120')),
  placed: !args.includes('--unplaced'),
  gesture: args.includes('--pan') ? ('pan' as const) : ('drag' as const),
  sameGraph: !args.includes('--grid-baseline'),
};

const f1 = (n: number) => n.toFixed(1);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const describe = (r: PageRound) =>
  `${settings.gesture} ${f1(r.fps).padStart(5)} fps median frame, ${f1(r.meanFps).padStart(5)} fps mean, p95 frame ${f1(r.p95FrameMs).padStart(6)} ms, ` +
  `${String(r.frames).padStart(4)} frames (${(r.movedShare * 100).toFixed(0).padStart(3)}% moved ${settings.gesture === 'pan' ? 'the view' : 'the node'})  first render ${seconds(r.firstRenderMs)}  heap ${f1(r.heapMb)} MB`;

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-fps-drag-'));
  try {
    const appDir = args.includes('--app-dir') ? resolve(option('app-dir', '')) : build(join(scratch, 'app'));
    const plainDir = args.includes('--plain-dir') ? resolve(option('plain-dir', '')) : build(join(scratch, 'plain'), { config: 'bench/plain-flow/vite.config.ts' });
    const teams = settings.laneTeams + settings.controlTeams;
    console.log(
      `${settings.gesture === 'pan' ? 'Panning and zooming' : 'Dragging one team'}: Fivefold, ${teams} teams (${settings.controlTeams} in Control, ${settings.placed ? 'with stored positions' : 'placed by auto-layout'}) ` +
        `+ ${LANE_NODES} lane nodes, ${settings.handoffs} handoffs; plain React Flow, ${teams + LANE_NODES} default nodes, ${settings.handoffs} default edges${settings.sameGraph ? ', the same places and source → target pairs' : ' in a generic grid'}.`,
    );
    console.log(
      `${settings.rounds} rounds; per page a ${settings.dragSeconds} s drag, one pointer move per animation frame, ±${settings.amplitude} px; ` +
        `headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}, software rendering.\n`,
    );
    const result = await runFpsDrag({
      ...settings,
      appDir,
      plainDir,
      onRound: (round, which, r) => console.log(`round ${round + 1} ${which.padEnd(8)} ${describe(r)}`),
    });
    const { fivefold, plain } = result.medians;
    console.log('\nmedians over rounds');
    console.log(`  fivefold ${describe(fivefold)}`);
    console.log(`  plain    ${describe(plain)}`);
    const ratio = fivefold.fps / plain.fps;
    console.log(
      `\nFivefold ÷ plain during the ${settings.gesture === 'pan' ? 'pan and zoom' : 'drag'}: ${ratio.toFixed(2)}× by median frame, ${(fivefold.meanFps / plain.meanFps).toFixed(2)}× by frames drawn per second ` +
        `(goal ≥ 0.9×: ${ratio >= 0.9 && fivefold.meanFps / plain.meanFps >= 0.9 ? 'met' : 'NOT met'})`,
    );
    // A frame that draws nothing new still counts as a frame: what the eye sees is how often the node
    // (or the view) is drawn somewhere new.
    const movesPerSecond = (r: PageRound) => r.meanFps * r.movedShare;
    console.log(
      `${settings.gesture === 'pan' ? 'view' : 'node'} drawn somewhere new: Fivefold ${f1(movesPerSecond(fivefold))} vs plain ${f1(movesPerSecond(plain))} times a second (${(movesPerSecond(fivefold) / movesPerSecond(plain)).toFixed(2)}×)`,
    );
    console.log(`first render ${(fivefold.firstRenderMs / plain.firstRenderMs).toFixed(2)}× plain; heap ${(fivefold.heapMb / plain.heapMb).toFixed(2)}× plain`);

    if (args.includes('--profile')) {
      console.log('\nProfiling a drag on each page (unminified builds)…');
      const org = { laneTeams: settings.laneTeams, controlTeams: settings.controlTeams, handoffs: settings.handoffs, placed: settings.placed };
      const { storedDoc, plainGraph: graph } = benchDocuments(org);
      const unminified = build(join(scratch, 'app-unminified'), { minify: false });
      console.log(await profileDrag({ ...settings, which: 'fivefold', appDir: unminified, storedDoc, nodeCount: result.nodeCount }));
      const plainUnminified = build(join(scratch, 'plain-unminified'), { config: 'bench/plain-flow/vite.config.ts', minify: false });
      const plainGraph = settings.sameGraph ? graph : null;
      const url = `?nodes=${result.nodeCount}&edges=${settings.handoffs}`;
      console.log(`\n${await profileDrag({ ...settings, which: 'plain', appDir: plainUnminified, storedDoc, plainGraph, url, nodeCount: result.nodeCount })}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
