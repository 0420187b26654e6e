// A large file is parsed in a worker, which also writes the text the library keeps; the page gets the
// same result as parsing here, and a worker that cannot start leaves the parsing to the page.
import { describe, expect, it } from 'vitest';
import { storedText } from '../../../src/io/autosave';
import { FileParser, OFF_THREAD_BYTES, type ParseWorker } from '../../../src/io/parseOffThread';
import type { ParseReply } from '../../../src/io/parseProtocol';
import { parseText, presetScenarios, serialize } from '../../../src/model';
import { largeOrganisation } from '../../../scripts/lib/generatedOrg';

/** Answers as parse.worker.ts does, in this process, through a structured clone like postMessage. */
class FakeParseWorker implements ParseWorker {
  onmessage: ((event: { data: ParseReply }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  files = 0;
  constructor(private readonly fails = false) {}
  postMessage({ id, file }: { id: number; file: Blob }): void {
    this.files++;
    if (this.fails) {
      setTimeout(() => this.onerror?.({}), 0);
      return;
    }
    void file.text().then((text) => {
      const result = parseText(text);
      const reply: ParseReply = { id, result, stored: result.ok ? `stored by the worker: ${result.doc.title}` : undefined };
      this.onmessage?.({ data: structuredClone(reply) });
    });
  }
}

const large = serialize(largeOrganisation(presetScenarios(), 'Große Organisation'));

describe('FileParser', () => {
  it('parses a large file in the worker, and its stored text is the one the worker wrote', async () => {
    const worker = new FakeParseWorker();
    const parser = new FileParser(() => worker);
    expect(large.length).toBeGreaterThan(OFF_THREAD_BYTES);
    const result = await parser.parse(new Blob([large]));
    expect(worker.files).toBe(1);
    expect(result).toEqual(parseText(large));
    if (!result.ok) throw new Error('the organisation is valid');
    expect(storedText(result.doc)).toBe('stored by the worker: Große Organisation');
    // With a viewport the text is written here, as before.
    expect(storedText(result.doc, { x: 1, y: 2, zoom: 1 })).not.toContain('stored by the worker');
  });

  it('parses a small file here, and refuses an invalid one with the same problems either way', async () => {
    const worker = new FakeParseWorker();
    const parser = new FileParser(() => worker);
    const small = await parser.parse(new Blob(['{"format": "nothing"}']));
    expect(worker.files).toBe(0);
    expect(small).toEqual(parseText('{"format": "nothing"}'));
    const broken = `${large.slice(0, -10)}`;
    expect(await parser.parse(new Blob([broken]))).toEqual(parseText(broken));
    expect(worker.files).toBe(1);
  });

  it('parses here when the worker cannot start, or when there are no workers', async () => {
    const failing = new FakeParseWorker(true);
    const withFailing = new FileParser(() => failing);
    expect(await withFailing.parse(new Blob([large]))).toEqual(parseText(large));
    expect(failing.files).toBe(1);
    expect(await new FileParser(() => null).parse(new Blob([large]))).toEqual(parseText(large));
  });
});
