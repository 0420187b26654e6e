import { readFile } from 'node:fs/promises';

/** What a command needs from the outside world, so tests can run commands in memory. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Promise<string>;
}

export function nodeIo(): CliIo {
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    readFile: (path) => readFile(path, 'utf8'),
  };
}
