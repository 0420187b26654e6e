/**
 * Where the time goes while dragging a team, on Fivefold and on the plain React Flow page, side by
 * side (see scripts/lib/dragProfile.ts): React renders, CPU profile and rendering work per frame.
 *
 *   npx tsx scripts/profile-drag.ts [--teams 1000] [--control 6] [--handoffs 1500] [--seconds 4]
 *                                   [--app-dir <unminified app>] [--plain-dir <unminified plain page>] [--only fivefold|plain]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchDocuments, build, LANE_NODES, type Which } from './lib/fpsDrag';
import { profileDrag } from './lib/dragProfile';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const org = { laneTeams: Number(option('teams', '1000')), controlTeams: Number(option('control', '6')), handoffs: Number(option('handoffs', '1500')), placed: true };
const gesture = { dragSeconds: Number(option('seconds', '4')), amplitude: 120 };
const only = option('only', '');

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-profile-drag-'));
  try {
    const nodeCount = org.laneTeams + org.controlTeams + LANE_NODES;
    // Both pages open close enough for cards: at the fit view Fivefold draws lane summaries.
    const { storedDoc, plainGraph: graph } = benchDocuments(org);
    const pages: Which[] = only ? [only as Which] : ['fivefold', 'plain'];
    for (const which of pages) {
      const given = option(which === 'fivefold' ? 'app-dir' : 'plain-dir', '');
      const dir = given ? resolve(given) : build(join(scratch, which), { minify: false, ...(which === 'plain' ? { config: 'bench/plain-flow/vite.config.ts' } : {}) });
      const plainGraph = which === 'plain' ? graph : null;
      const url = which === 'plain' ? `?nodes=${nodeCount}&edges=${org.handoffs}` : '';
      console.log(await profileDrag({ ...gesture, which, appDir: dir, storedDoc, plainGraph, url, nodeCount }), '\n');
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
