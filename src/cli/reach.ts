import { formatFixed, formatPercent, peopleWord } from '../readout/format';
import { reach, type Reach } from '../sim/reach';
import { pickScenarios, readDocument, type CliIo } from './io';

const USAGE = 'usage: npm run cli -- reach FILE --headcount N [--scenario ID] [--quarter Q] [--json]';

interface Options {
  file: string;
  headcount: number;
  scenario?: string;
  quarter?: number;
  json: boolean;
}

/**
 * `reach FILE --headcount N [--scenario ID] [--quarter Q] [--json]` (format.md, simulation.md §12): the
 * adoption each scenario needs to reach N people, at its last quarter unless `--quarter` says otherwise,
 * and the share of task work AI would then do. Exit 0 when answered (reachable or not), 1 for an
 * invalid file, 2 for usage errors and unreadable files.
 * @example await runReach(['examples/ott-churn.fivefold.json', '--headcount', '5', '--scenario', 'ai-native'], io) // 0
 */
export async function runReach(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`reach: ${parsed}\n${USAGE}`);
    return 2;
  }
  const doc = await readDocument(io, parsed.file);
  if (typeof doc === 'number') return doc;
  const scenarios = pickScenarios(io, doc, parsed.scenario, 'reach', USAGE);
  if (!scenarios) return 2;
  const answers = scenarios.map((s) => reach(doc, s, parsed.quarter ?? s.adoption.length - 1, parsed.headcount));
  if (parsed.json) io.out(JSON.stringify(answers, null, 2));
  else for (const a of answers) io.out(sentence(a, scenarios.find((s) => s.id === a.scenario)!.name));
  return 0;
}

/** One plain line per scenario, e.g. "ai-native — AI-native: 5 people by quarter 3 needs adoption 93.7%; AI would do 77% of task work". */
export function sentence(a: Reach, name: string): string {
  const who = `${a.scenario} — ${name}: ${a.target} ${peopleWord(a.target)} by quarter ${a.quarter}`;
  const share = `${formatPercent(a.automatedShare)} of task work`;
  if (!a.reachable) return `${who} is out of reach: even full adoption leaves ${a.headcount} ${peopleWord(a.headcount)} (AI doing ${share})`;
  if (a.adoption === 0) return `${who} needs no adoption: the organisation as entered has ${a.headcount}`;
  return `${who} needs adoption ${formatFixed(a.adoption * 100, 1)}%; AI would do ${share} (${a.headcount} ${peopleWord(a.headcount)})`;
}

function parseArgs(args: string[]): Options | string {
  const files: string[] = [];
  let headcount: number | undefined;
  const o: Omit<Options, 'file' | 'headcount'> = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') o.json = true;
    else if (flag === '--scenario') {
      const v = value();
      if (!v) return '--scenario needs a scenario id';
      o.scenario = v;
    } else if (flag === '--headcount' || flag === '--quarter') {
      const v = value();
      if (v === undefined || !/^\d{1,6}$/.test(v)) return `${flag} takes a whole number of at least 0${v === undefined ? '' : `, not "${v}"`}`;
      if (flag === '--headcount') headcount = Number(v);
      else o.quarter = Number(v);
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length ? 'name exactly one file' : 'name the file';
  if (headcount === undefined) return '--headcount N is required: the number of people to reach';
  return { file: files[0], headcount, ...o };
}
