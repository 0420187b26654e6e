/**
 * Options and files of the reviewer's commands (lint, report, diff): `--flag value`, `--flag=value`,
 * boolean flags, and `--` to end options. A problem comes back as one sentence for a usage error.
 */
export interface ArgSpec {
  /** Options that take a value, with the values they allow (empty: any value). */
  values: Record<string, readonly string[]>;
}

export interface Args {
  files: string[];
  options: Record<string, string>;
}

/**
 * @example parseArgs(['a.json', '--format=md'], { values: { '--format': ['md', 'html'] } })
 *   // { files: ['a.json'], options: { '--format': 'md' } }
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): Args | string {
  const files: string[] = [];
  const options: Record<string, string> = {};
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (ended || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      ended = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const allowed = spec.values[flag];
    if (!allowed) return `unknown option "${flag}"`;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return `${flag} needs a value${allowed.length ? ` (${allowed.join(' or ')})` : ''}`;
    if (allowed.length && !allowed.includes(value)) return `${flag} takes ${allowed.map((a) => `"${a}"`).join(' or ')}, not "${value}"`;
    options[flag] = value;
  }
  return { files, options };
}
