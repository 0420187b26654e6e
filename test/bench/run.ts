// `npm run bench`: runs every test/bench/*.bench.ts (each default-exports an async () => BenchRow[])
// and prints one table. Figures only: nothing here passes or fails on time.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { BenchRow } from './util';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: () => Promise<BenchRow[]> };
  const got = await mod.default();
  for (const r of got) {
    rows.push(r);
    console.log(`${r.name.padEnd(64)} ${format(r.value).padStart(10)} ${r.unit.padEnd(6)} ${r.goal ? `goal ${r.goal}` : ''}${r.note ? `  (${r.note})` : ''}`);
  }
}
if (!rows.length) console.log('no benchmarks found');

function format(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}
