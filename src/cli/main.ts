import { runValidate } from './validate';
import { runSchema } from './schema';
import { runSimulate } from './simulate';
import { runRender } from './render';
import { runReach } from './reach';
// The reviewer's commands load on use: `validate` in CI starts no faster for their sake otherwise.
import type { CliIo } from './io';
import { nodeIo } from './io';

const USAGE = `Usage: npm run cli -- <command>
  validate FILE...                                   check Fivefold files (exit 0 valid, 1 invalid, 2 usage/unreadable)
  simulate FILE [--scenario ID] [--quarter N|all] [--json] [--trace] [--samples N] [--seed S]
  reach FILE --headcount N [--scenario ID] [--quarter Q] [--json]   the adoption it would take to reach N people
  schema                                             print the format as JSON Schema
  render FILE --format svg|png --out PATH [--scenario ID] [--quarter N] [--overlay before|after] [--width W --height H] [--scale S]
  lint FILE... [--format text|json] [--max-warnings N]   model checks (exit 1 on errors or too many warnings)
  diff A B [--format text|md|json]                   what changed from A to B (exit 0 same, 1 different)
  report FILE [--scenario ID] [--format md|html] [--out PATH]   the review report (Markdown by default)`;

/** Dispatches a command; returns the exit code. Never throws for bad input. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await runValidate(rest, io);
      case 'simulate':
        return await runSimulate(rest, io);
      case 'lint':
        return await (await import('./lint')).runLint(rest, io);
      case 'report':
        return await (await import('./report')).runReport(rest, io);
      case 'diff':
        return await (await import('./diff')).runDiff(rest, io);
      case 'schema':
        return await runSchema(rest, io);
      case 'reach':
        return await runReach(rest, io);
      case 'render':
        return await runRender(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    // A bug of ours, not bad input: say so in one line rather than print a stack trace.
    io.err(`fivefold: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
