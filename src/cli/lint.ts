import { countBySeverity, lint, type Finding } from '../lint';
import { counted } from '../readout/format';
import { parseArgs } from './args';
import { loadOrReport } from './load';
import type { CliIo } from './io';

const USAGE = 'usage: npm run cli -- lint FILE... [--format text|json] [--max-warnings N]';

/**
 * `lint FILE... [--format text|json] [--max-warnings N]` (lint.md). Exit 1 when a finding is an error
 * or the warnings exceed `--max-warnings`, 2 for usage errors and unreadable or invalid files, else 0.
 * @example await runLint(['examples/ott-churn.fivefold.json'], io)
 *   // "examples/ott-churn.fivefold.json  warning  control-bypass  Engineering hands …", …, returns 0
 */
export async function runLint(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: { '--format': ['text', 'json'], '--max-warnings': [] } });
  if (typeof args === 'string') return usage(io, args);
  if (!args.files.length) return usage(io, 'name at least one file');
  const maxText = args.options['--max-warnings'];
  if (maxText !== undefined && !/^\d{1,9}$/.test(maxText)) return usage(io, `--max-warnings takes a whole number of at least 0, not "${maxText}"`);
  const maxWarnings = maxText === undefined ? Infinity : Number(maxText);

  const results: { file: string; findings: Finding[] }[] = [];
  let unusable = false;
  for (const file of args.files) {
    const doc = await loadOrReport(io, file);
    if (doc) results.push({ file, findings: lint(doc) });
    else unusable = true;
  }

  const all = results.flatMap((r) => r.findings);
  const counts = countBySeverity(all);
  if (args.options['--format'] === 'json') io.out(JSON.stringify(results, null, 2));
  else {
    for (const { file, findings } of results) for (const f of findings) io.out(`${file}  ${f.severity}  ${f.rule}  ${f.message}`);
    if (results.length) io.out(`${counted(all.length, 'finding')}: ${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counts.info} info`);
  }
  const tooMany = counts.warning > maxWarnings;
  if (tooMany) io.err(`lint: ${counted(counts.warning, 'warning')}, more than --max-warnings ${maxWarnings}.`);
  return unusable ? 2 : counts.error > 0 || tooMany ? 1 : 0;
}

function usage(io: CliIo, problem: string): number {
  io.err(`lint: ${problem}\n${USAGE}`);
  return 2;
}
