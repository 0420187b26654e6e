// Drag frame rate on a generated 1,000-team document against plain React Flow (issue 4), in the same
// run: printed only when Chromium and a built app (dist/) exist; otherwise it says why it skipped.
// The full figures, with more rounds: `npx tsx scripts/fps-drag.ts`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../scripts/lib/browserBench';
import { build, runFpsDrag } from '../../scripts/lib/fpsDrag';
import type { BenchRow } from './util';

export default async function fpsBench(): Promise<BenchRow[]> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const dist = join(root, 'dist');
  if (!existsSync(chromiumPath())) {
    console.log(`drag fps: skipped, no Chromium at ${chromiumPath()} (set CHROME_PATH)`);
    return [];
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('drag fps: skipped, dist/ is missing; run "npm run build" first to measure it');
    return [];
  }
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-fps-bench-'));
  try {
    const plainDir = build(join(scratch, 'plain'), { config: join(root, 'bench/plain-flow/vite.config.ts') });
    const r = await runFpsDrag({ appDir: dist, plainDir, rounds: 2, dragSeconds: 3 });
    const { fivefold, plain } = r.medians;
    const about = `${r.teams} teams, ${r.handoffs} handoffs; median of 2 rounds`;
    return [
      { name: 'drag, 1,000 teams: Fivefold frames per second', value: fivefold.meanFps, unit: 'fps', note: about },
      { name: 'drag, 1,000 teams: plain React Flow frames per second', value: plain.meanFps, unit: 'fps', note: `${r.nodeCount} nodes` },
      { name: 'drag, 1,000 teams: Fivefold ÷ plain', value: fivefold.meanFps / plain.meanFps, unit: '×', goal: '≥ 0.9×' },
      { name: 'first render, 1,000 teams: Fivefold', value: fivefold.firstRenderMs, unit: 'ms', note: `plain ${plain.firstRenderMs.toFixed(0)} ms` },
      { name: 'JS heap, 1,000 teams: Fivefold', value: fivefold.heapMb, unit: 'MB', note: `plain ${plain.heapMb.toFixed(1)} MB` },
    ];
  } catch (error) {
    // A bench prints figures; a browser that cannot start is reported, never a failure.
    console.log(`drag fps: skipped, ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return [];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
