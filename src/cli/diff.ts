import { diffDocuments, isEqual } from '../review/diff';
import { diffMarkdown, diffText } from '../review/diffText';
import { parseArgs } from './args';
import { loadOrReport } from './load';
import type { CliIo } from './io';

const USAGE = 'usage: npm run cli -- diff A B [--format text|md|json]';

/**
 * `diff A B [--format text|md|json]` (format.md): exit 0 when the models are equal (positions and
 * `view` aside), 1 when they differ, 2 for usage errors and unreadable or invalid files.
 * @example await runDiff(['old.fivefold.json', 'new.fivefold.json', '--format', 'md'], io) // 1, Markdown on stdout
 */
export async function runDiff(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: { '--format': ['text', 'md', 'json'] } });
  if (typeof args === 'string') return usage(io, args);
  if (args.files.length !== 2) return usage(io, `name two files, A and B (got ${args.files.length})`);
  const [fileA, fileB] = args.files;
  const a = await loadOrReport(io, fileA);
  const b = await loadOrReport(io, fileB);
  if (!a || !b) return 2;
  const d = diffDocuments(a, b);
  const format = args.options['--format'] ?? 'text';
  if (format === 'json') io.out(JSON.stringify(d, null, 2));
  else if (format === 'md') io.out(diffMarkdown(d, a, b, fileA, fileB));
  else for (const line of diffText(d, a, b, fileA, fileB)) io.out(line);
  return isEqual(d) ? 0 : 1;
}

function usage(io: CliIo, problem: string): number {
  io.err(`diff: ${problem}\n${USAGE}`);
  return 2;
}
