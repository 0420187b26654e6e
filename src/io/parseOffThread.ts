/**
 * Parsing a file that may be large: in a worker when the page has workers and the file is big enough
 * to be felt, else here. The worker also writes the text the library will keep, and hands it over
 * with the document (`rememberStoredText`), so opening never serializes the model on the main thread.
 */
import { parseText, type ParseResult } from '../model';
import { rememberStoredText } from './autosave';
import type { ParseReply, ParseRequest } from './parseProtocol';

/** Below this a file parses here in a few milliseconds, sooner than a worker would start. */
export const OFF_THREAD_BYTES = 100_000;

/** The part of `Worker` the parser uses, so tests can pass an in-process fake. */
export interface ParseWorker {
  postMessage(message: ParseRequest): void;
  onmessage: ((event: { data: ParseReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type ParseWorkerFactory = () => ParseWorker | null;

const defaultFactory: ParseWorkerFactory = () =>
  typeof Worker === 'undefined' ? null : (new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }) as unknown as ParseWorker);

/**
 * One worker, started at the first large file and kept for the next.
 * @example const result = await new FileParser().parse(input.files[0])
 */
export class FileParser {
  private worker: ParseWorker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, (reply: ParseReply | null) => void>();

  constructor(private readonly create: ParseWorkerFactory = defaultFactory) {}

  /** The file's text parsed strictly, as `parseText` does. */
  async parse(file: Blob): Promise<ParseResult> {
    const worker = file.size >= OFF_THREAD_BYTES ? this.started() : null;
    if (worker) {
      const id = this.nextId++;
      const reply = await new Promise<ParseReply | null>((resolve) => {
        this.waiting.set(id, resolve);
        worker.postMessage({ id, file });
      });
      if (reply && 'result' in reply) {
        if (reply.result.ok && reply.stored !== undefined) rememberStoredText(reply.result.doc, reply.stored);
        return reply.result;
      }
    }
    return parseText(await readText(file));
  }

  private started(): ParseWorker | null {
    if (this.worker) return this.worker;
    try {
      this.worker = this.create();
    } catch {
      this.worker = null;
    }
    const worker = this.worker;
    if (!worker) return null;
    worker.onmessage = (e) => {
      this.waiting.get(e.data.id)?.(e.data);
      this.waiting.delete(e.data.id);
    };
    // A worker that cannot start (a strict policy, a chunk that failed to load): every file waiting is
    // parsed here instead, and so is the next one.
    worker.onerror = () => {
      if (this.worker === worker) this.worker = null;
      for (const answer of this.waiting.values()) answer(null);
      this.waiting.clear();
    };
    return worker;
  }
}

const shared = new FileParser();

/** @example const result = await parseFile(input.files[0]) */
export const parseFile = (file: Blob): Promise<ParseResult> => shared.parse(file);

function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
