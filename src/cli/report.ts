import { writeFile } from 'node:fs/promises';
import { renderSvg } from '../render';
import { buildReport, type ReportOptions } from '../review/report';
import { reportHtml, reportMarkdown } from '../review/reportRender';
import { parseArgs } from './args';
import { loadOrReport } from './load';
import type { CliIo } from './io';

const USAGE = 'usage: npm run cli -- report FILE [--scenario ID] [--format md|html] [--out PATH]';

/** The model drawn for the HTML report: Before, or After at a scenario's result. */
export const reportPicture: NonNullable<ReportOptions['picture']> = (doc, after) =>
  renderSvg(doc, { simulation: after ? { overlay: 'after', ...after } : undefined, heading: false }).svg;

/**
 * `report FILE [--scenario ID] [--format md|html] [--out PATH]`: the review report on standard output
 * or in a file (Markdown by default). Exit 0 when written, 2 for usage errors, unreadable or invalid
 * files, an unknown scenario or a file that cannot be written.
 * @example await runReport(['examples/ott-churn.fivefold.json', '--format', 'html', '--out', 'ott.html'], io) // 0
 */
export async function runReport(argv: string[], io: CliIo & { writeFile?(path: string, text: string): Promise<void> }): Promise<number> {
  const args = parseArgs(argv, { values: { '--format': ['md', 'html'], '--scenario': [], '--out': [] } });
  if (typeof args === 'string') return usage(io, args);
  if (args.files.length !== 1) return usage(io, args.files.length ? 'name exactly one file' : 'name the file to report on');
  const [file] = args.files;
  const doc = await loadOrReport(io, file);
  if (!doc) return 2;
  const scenario = args.options['--scenario'];
  if (scenario !== undefined && !doc.scenarios.some((s) => s.id === scenario)) {
    return usage(io, `no scenario has the id "${scenario}" (there are: ${doc.scenarios.map((s) => s.id).join(', ')})`);
  }
  const html = args.options['--format'] === 'html';
  const report = buildReport(doc, { scenario, picture: html ? reportPicture : undefined, date: new Date().toISOString().slice(0, 10) });
  const text = html ? reportHtml(report) : reportMarkdown(report);
  const out = args.options['--out'];
  if (out === undefined) {
    io.out(text);
    return 0;
  }
  try {
    await (io.writeFile ?? ((p: string, t: string) => writeFile(p, t, 'utf8')))(out, text);
  } catch (e) {
    io.err(`${out}: cannot write: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  io.out(`${out}: ${html ? 'HTML' : 'Markdown'} review report of ${doc.title}`);
  return 0;
}

function usage(io: CliIo, problem: string): number {
  io.err(`report: ${problem}\n${USAGE}`);
  return 2;
}
