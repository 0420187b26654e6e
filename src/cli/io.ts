import { parseText, problemLine, type FivefoldDocument, type Scenario } from '../model';
import { readFile, stat, writeFile } from 'node:fs/promises';

/** What a command needs from the outside world, so tests can run commands in memory. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The file's text; throws an error whose `message` is a plain reason ("no such file", …). */
  readFile(path: string): Promise<string>;
  /** Writes a file (text or bytes); throws an error whose `message` is a plain reason. Only `render` writes. */
  writeFile?(path: string, data: string | Uint8Array): Promise<void>;
}

/**
 * The file's text, or null after telling standard error why it cannot be read (the caller exits 2).
 * @example const text = await readOrReport(io, 'missing.json') // null; stderr: "missing.json: cannot read: no such file"
 */
export async function readOrReport(io: CliIo, file: string): Promise<string | null> {
  try {
    return await io.readFile(file);
  } catch (e) {
    io.err(`${file}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/**
 * The parsed document of a file, or the exit code after saying why not: 2 when it cannot be read, 1 when
 * it is invalid (one `path: message` line per problem). Warnings go to standard error either way.
 * @example const doc = await readDocument(io, 'ott.json'); if (typeof doc === 'number') return doc;
 */
export async function readDocument(io: CliIo, file: string): Promise<FivefoldDocument | 1 | 2> {
  const text = await readOrReport(io, file);
  if (text === null) return 2;
  const result = parseText(text);
  if (!result.ok) {
    io.err(`${file}: invalid`);
    for (const p of result.errors) io.err(`  ${problemLine(p)}`);
    return 1;
  }
  for (const w of result.warnings) io.err(`warning: ${w}`);
  return result.doc;
}

/**
 * The scenarios a command works on: the one `--scenario` names, or all; null after saying on standard
 * error that no scenario has that id (the caller exits 2).
 * @example const scenarios = pickScenarios(io, doc, 'ai-native', 'reach', USAGE); if (!scenarios) return 2;
 */
export function pickScenarios(io: CliIo, doc: FivefoldDocument, id: string | undefined, command: string, usage: string): Scenario[] | null {
  const scenarios = id ? doc.scenarios.filter((s) => s.id === id) : doc.scenarios;
  if (scenarios.length) return scenarios;
  io.err(`${command}: no scenario has the id "${id}" (there are: ${doc.scenarios.map((s) => s.id).join(', ')})\n${usage}`);
  return null;
}

/** Larger files are refused before reading: a string cannot hold much more, and no real model is near it. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The real console and file system. */
export function nodeIo(): CliIo {
  // `validate … | head` closes the pipe early; that is the reader's choice, not an error to report.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile: readTextFile,
    writeFile: async (path, data) => {
      try {
        await writeFile(path, data);
      } catch (e) {
        throw new Error(reason(e));
      }
    },
  };
}

/**
 * Reads a file as UTF-8, turning file-system errors into one plain reason each.
 * @example await readTextFile('missing.json') // throws Error('no such file')
 */
export async function readTextFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (info.size > MAX_FILE_BYTES) {
      throw new Error(`too large to read (${Math.round(info.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
    }
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(reason(e));
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ERR_STRING_TOO_LONG':
      return 'too large to read';
    default:
      return e instanceof Error && e.message ? e.message : `cannot be read (${code ?? 'unknown error'})`;
  }
}
