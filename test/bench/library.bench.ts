// The model library (issue 10): what the Models view reads when it opens with 200 stored models, and
// what one version of the OTT example costs in storage. Runs on fake-indexeddb in Node: the figures
// compare the library's own work between runs, not Chromium's IndexedDB.
import 'fake-indexeddb/auto';
import { openLibrary } from '../../src/io/library/library';
import { storedText } from '../../src/io/autosave';
import { parseText } from '../../src/model';
import { median } from '../../scripts/lib/stats';
import { readFileSync } from 'node:fs';
import type { BenchRow } from './util';

async function medianAsyncMs(fn: () => Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export default async function libraryBench(): Promise<BenchRow[]> {
  const parsed = parseText(readFileSync(new URL('../../examples/ott-churn.fivefold.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the OTT example must parse');
  const text = storedText(parsed.doc, { x: 0, y: 0, zoom: 1 });
  const library = await openLibrary(`bench-${Date.now()}`);
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) ids.push((await library.create(text, `${parsed.doc.title} #${i}`, { kind: 'example' })).id);
  // The open model has a few versions, as after an afternoon of editing.
  for (let v = 0; v < 10; v++) await library.snapshot(ids[0], text, parsed.doc.title, 'Edits');
  // What the Models view reads as it opens: the list (without any document) and the open model's versions.
  const open = await medianAsyncMs(() => Promise.all([library.list(), library.versions(ids[0])]));
  const versionBytes = new TextEncoder().encode(text).length;
  library.close();
  return [
    { name: 'Models view: read 200 stored models and 11 versions (median)', value: open, unit: 'ms', note: 'fake-indexeddb in Node' },
    { name: 'storage per version of the OTT example (full text, UTF-8)', value: versionBytes / 1024, unit: 'KB', note: `${text.length} characters` },
  ];
}
