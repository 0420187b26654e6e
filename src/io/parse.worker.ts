/// <reference lib="webworker" />
/**
 * Reading a large file off the main thread: JSON, the schema and the text the library keeps took
 * 0.3–0.5 s of the page's main thread for 1,200 teams, one task that froze the page.
 */
import { parseText } from '../model';
import { storedText } from './autosave';
import type { ParseReply, ParseRequest } from './parseProtocol';

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, file } = event.data;
  let reply: ParseReply;
  try {
    const result = parseText(await file.text());
    reply = { id, result, stored: result.ok ? storedText(result.doc) : undefined };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
