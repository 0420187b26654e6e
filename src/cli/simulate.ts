import type { FivefoldDocument } from '../model';
import { baseline, project } from '../sim';
import { cliLabel, figuresOf, formatCliFigure, formatSignedPercent } from '../readout';
import type { Percentiles, RangeSummary, Result } from '../sim';
import { uncertaintyOf } from '../sim/ranges';
import { sampleRanges } from '../sim/sampling';

const MAX_SAMPLES = 20000;
const MAX_SEED = 2 ** 32 - 1;
import { pickScenarios, readDocument, type CliIo } from './io';

const USAGE = 'usage: npm run cli -- simulate FILE [--scenario ID] [--quarter N|all] [--json] [--trace] [--samples N [--seed S]]';

interface Options {
  file: string;
  scenario?: string;
  quarter: number | 'all' | 'last';
  json: boolean;
  trace: boolean;
  samples?: number;
  seed?: number;
}

/**
 * `simulate FILE [--scenario ID] [--quarter N|all] [--json] [--trace]` (format.md): a readable table per
 * scenario, or with `--json` exactly `{ baseline, results }` (unrounded). `--trace` adds the explanation
 * trace: under `trace` in the JSON, or one line per team on why it was or was not absorbed.
 * Exit 0 when simulated, 1 for an invalid file, 2 for usage errors and unreadable files.
 * @example await runSimulate(['examples/ott-churn.fivefold.json', '--scenario', 'ai-native'], io) // 0
 */
export async function runSimulate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`simulate: ${parsed}\n${USAGE}`);
    return 2;
  }
  const doc = await readDocument(io, parsed.file);
  if (typeof doc === 'number') return doc;
  const scenarios = pickScenarios(io, doc, parsed.scenario, 'simulate', USAGE);
  if (!scenarios) return 2;

  const trace = { trace: parsed.trace };
  const base = baseline(doc, trace);
  // Every quarter comes from `project`, so a single quarter carries its `lead-time-rose` warning too.
  const perScenario = scenarios.map((s) => {
    const all = project(doc, s, trace);
    const last = all.length - 1;
    if (parsed.quarter === 'all') return all;
    return [all[parsed.quarter === 'last' ? last : Math.min(parsed.quarter, last)]];
  });

  if (parsed.samples !== undefined) {
    scenarios.forEach((s, i) => {
      const ranges = uncertaintyOf(s);
      if (!ranges) {
        io.err(`${s.id}: no uncertainty ranges, so nothing to sample (add them in the levers drawer or the file’s scenarios[].uncertainty)`);
        return;
      }
      const summary = sampleRanges(doc, s, { ...ranges, samples: parsed.samples!, seed: parsed.seed ?? ranges.seed });
      for (const r of perScenario[i]) r.uncertainty = summary[r.quarter];
    });
  }

  if (parsed.json) {
    io.out(JSON.stringify({ baseline: base, results: perScenario.flat() }, null, 2));
    return 0;
  }
  io.out(`${doc.title} (${doc.currency})`);
  scenarios.forEach((s, i) => {
    io.out('');
    for (const line of table(doc, base, s.id, s.name, perScenario[i], parsed.trace)) io.out(line);
  });
  return 0;
}

function parseArgs(args: string[]): Options | string {
  const files: string[] = [];
  const o: Omit<Options, 'file'> = { quarter: 'last', json: false, trace: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') o.json = true;
    else if (flag === '--samples' || flag === '--seed') {
      const v = value();
      const n = v !== undefined && /^\d{1,10}$/.test(v) ? Number(v) : NaN;
      if (flag === '--samples' && !(n >= 1 && n <= MAX_SAMPLES)) return `--samples takes a whole number from 1 to ${MAX_SAMPLES}${v === undefined ? '' : `, not "${v}"`}`;
      if (flag === '--seed' && !(n >= 0 && n <= MAX_SEED)) return `--seed takes a whole number from 0 to ${MAX_SEED}${v === undefined ? '' : `, not "${v}"`}`;
      o[flag === '--samples' ? 'samples' : 'seed'] = n;
    }
    else if (flag === '--trace') o.trace = true;
    else if (flag === '--scenario') {
      const v = value();
      if (!v) return '--scenario needs a scenario id';
      o.scenario = v;
    } else if (flag === '--quarter') {
      const v = value();
      if (v === 'all') o.quarter = 'all';
      else if (v !== undefined && /^\d{1,6}$/.test(v)) o.quarter = Number(v);
      else return `--quarter takes a whole number of at least 0 or "all"${v === undefined ? '' : `, not "${v}"`}`;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length ? 'name exactly one file' : 'name the file to simulate';
  if (o.seed !== undefined && o.samples === undefined) return '--seed goes with --samples N';
  return { file: files[0], ...o };
}

/** One scenario: rows of figures, one column for the baseline and one per quarter shown. */
function table(doc: FivefoldDocument, base: Result, id: string, name: string, results: Result[], withTrace: boolean): string[] {
  const last = results[results.length - 1];
  const change = base.headcount > 0 ? ` (${formatSignedPercent((last.headcount - base.headcount) / base.headcount)})` : '';
  const lines = [`${id} — ${name}: headcount ${base.headcount} → ${last.headcount}${change} at quarter ${last.quarter}`];
  const cols = [base, ...results];
  const header = ['', 'baseline', ...results.map((r) => `q${r.quarter}`)];
  const rows: string[][] = [header];
  const row = (label: string, f: (r: Result) => string) => rows.push([label, ...cols.map(f)]);

  // P10–P90 under the figures that are sampled (simulation.md §11), when the results carry ranges.
  const sampled: Record<string, (u: RangeSummary) => Percentiles> = { people: (u) => u.headcount, handoffs: (u) => u.handoffs, lead: (u) => u.leadTimeDays, cost: (u) => u.cost };
  const withRanges = results.some((r) => r.uncertainty);
  for (const f of figuresOf(doc)) {
    row(cliLabel(f, doc.currency), (r) => formatCliFigure(f.format, f.value(r)));
    const pick = sampled[f.key];
    if (!withRanges || !pick) continue;
    const show = (v: number) => formatCliFigure(f.format, v);
    row('  P10–P90', (r) => (r.uncertainty ? `${show(pick(r.uncertainty).p10)}–${show(pick(r.uncertainty).p90)}` : ''));
  }
  lines.push(...align(rows));

  for (const r of results) {
    const q = `q${r.quarter}`;
    const merged = r.groups.filter((g) => g.members.length > 1);
    lines.push(`${q} groups: ${merged.length ? merged.map((g) => `${g.owner}{${g.members.join(', ')}} ${g.headcount}`).join(' · ') : 'every team alone'}`);
    lines.push(`${q} critical path: ${r.criticalPath.join(' → ') || '—'}`);
    for (const w of r.warnings) lines.push(`${q} warning (${w.code}): ${w.message}`);
    if (withTrace && r.trace) for (const t of r.trace.teams) lines.push(`${q} ${t.team}: ${t.absorption.reason}`);
  }
  return lines;
}

function align(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd());
}
