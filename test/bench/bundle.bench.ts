// First-visit JavaScript after `npm run build` (issue 2): printed here, enforced by `npm run budget` in CI.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGET_KB, measureFirstVisitJs } from '../../scripts/bundle-budget';
import type { BenchRow } from './util';

export default async function bundleBench(): Promise<BenchRow[]> {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('first-visit JS: dist/ is missing; run "npm run build" first to measure it');
    return [];
  }
  const m = measureFirstVisitJs(dist);
  return [{ name: 'first-visit JS (gzip)', value: m.totalKb, unit: 'KB', goal: `≤ ${BUDGET_KB} KB`, note: `${m.files.length} files` }];
}
