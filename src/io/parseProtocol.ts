/** Messages between the page and the file parser's worker (`parse.worker.ts`). Plain data only. */
import type { ParseResult } from '../model';

export interface ParseRequest {
  id: number;
  file: Blob;
}

/** The result, with the text the library keeps for the document when it is valid; or why it failed. */
export type ParseReply = { id: number; result: ParseResult; stored?: string } | { id: number; error: string };
