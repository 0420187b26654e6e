// Runs the command line in memory through main(), for the CLI tests.
import { expect } from 'vitest';
import { main } from '../../../src/cli/main';
import { readTextFile, type CliIo } from '../../../src/cli/io';

export interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** main(args) with its lines collected; files are read from disk unless `io` says otherwise. */
export async function cli(args: string[], io: Partial<CliIo> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), readFile: readTextFile, ...io });
  const all = [...out, ...err].join('\n');
  // Whatever happened, nothing looks like a stack trace.
  expect(all).not.toMatch(/\n\s+at [\w.<]+ \(|node:internal|\.ts:\d+:\d+/);
  return { code, out, err };
}
