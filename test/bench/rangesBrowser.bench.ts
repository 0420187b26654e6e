// Uncertainty sampling in Chromium (issue 14's goals), on the built app: printed only when Chromium and
// dist/ exist; otherwise it says why it skipped. Medians over 3 rounds with the load average; the same
// figures against another build, alternating round by round: `npx tsx scripts/ranges-browser.ts --baseline-dir <dir>`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../scripts/lib/browserBench';
import { measureRanges } from '../../scripts/lib/rangesBrowser';
import type { BenchRow } from './util';

export default async function rangesBrowserBench(): Promise<BenchRow[]> {
  const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist');
  if (!existsSync(chromiumPath())) {
    console.log(`ranges in Chromium: skipped, no Chromium at ${chromiumPath()} (set CHROME_PATH)`);
    return [];
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('ranges in Chromium: skipped, dist/ is missing; run "npm run build" first to measure it');
    return [];
  }
  try {
    const [f] = await measureRanges([dist], 3);
    const m = f.medians;
    const about = `${f.workers} workers, median of ${f.rounds}, load ${f.load[0].toFixed(1)} → ${f.load[1].toFixed(1)}`;
    return [
      { name: 'ranges in Chromium: OTT 1,000 samples × 4 quarters, wall', value: m.ott1kMs, unit: 'ms', goal: '≤ 1,000 ms', note: about },
      { name: 'ranges in Chromium: OTT 10,000 samples × 4 quarters, wall', value: m.ott10kMs, unit: 'ms', goal: '≤ 5,000 ms' },
      { name: 'ranges in Chromium: longest main-thread task, 1,000 samples', value: m.ott1kTaskMs, unit: 'ms', goal: '≤ 50 ms', note: `its CPU time ${m.ott1kTaskCpuMs.toFixed(0)} ms` },
      { name: 'ranges in Chromium: longest main-thread task, 10,000 samples', value: m.ott10kTaskMs, unit: 'ms', goal: '≤ 50 ms', note: `its CPU time ${m.ott10kTaskCpuMs.toFixed(0)} ms` },
      { name: 'ranges in Chromium: 1,200 teams, first percentiles', value: m.largeFirstMs, unit: 'ms', goal: '≤ 2,000 ms' },
    ];
  } catch (error) {
    // A bench prints figures; a browser that cannot start is reported, never a failure.
    console.log(`ranges in Chromium: skipped, ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return [];
  }
}
