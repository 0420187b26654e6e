import { parseText, problemLine } from '../model';
import { counted } from '../readout/format';
import { readOrReport, type CliIo } from './io';

const USAGE = 'usage: npm run cli -- validate FILE...';

/**
 * `validate FILE...` (format.md): one verdict per file, problems one per line.
 * Exit 0 when every file is valid, 1 when any is invalid, 2 for usage errors or unreadable files.
 * @example await runValidate(['examples/ott-churn.fivefold.json'], io)
 *   // prints "examples/ott-churn.fivefold.json: valid (10 teams, 12 handoffs, 3 scenarios)", returns 0
 */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      io.err(`validate: unknown option "${arg}"\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (!files.length) {
    io.err(`validate: name at least one file\n${USAGE}`);
    return 2;
  }

  let anyInvalid = false;
  let anyUnreadable = false;
  for (const file of files) {
    const text = await readOrReport(io, file);
    if (text === null) {
      anyUnreadable = true;
      continue;
    }
    const result = parseText(text);
    if (result.ok) {
      const { teams, handoffs, scenarios } = result.doc;
      io.out(`${file}: valid (${counted(teams.length, 'team')}, ${counted(handoffs.length, 'handoff')}, ${counted(scenarios.length, 'scenario')})`);
      for (const w of result.warnings) io.out(`warning: ${w}`);
    } else {
      anyInvalid = true;
      io.out(`${file}: invalid`);
      for (const p of result.errors) io.out(`  ${problemLine(p)}`);
    }
  }
  return anyUnreadable ? 2 : anyInvalid ? 1 : 0;
}
