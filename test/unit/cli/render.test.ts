// `render`: the model drawn to an SVG or a PNG file from the command line (resvg, no browser).
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { main } from '../../../src/cli/main';
import { readTextFile, type CliIo } from '../../../src/cli/io';
import { jsonFromPng, jsonFromSvg } from '../../../src/render';
import { parseText } from '../../../src/model';

const OTT = resolve(__dirname, '../../../examples/ott-churn.fivefold.json');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: readTextFile,
    writeFile: async (path, data) => {
      if (path.startsWith('/nope/')) throw new Error('no such file');
      files.set(path, data);
    },
  };
  const code = await main(['render', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n'), files };
}

describe('cli render', () => {
  it('writes an SVG of Before that carries the model', async () => {
    const r = await run([OTT, '--format', 'svg', '--out', 'ott.svg']);
    expect(r.code).toBe(0);
    const svg = r.files.get('ott.svg') as string;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Before: the organisation as it works today');
    const back = parseText(jsonFromSvg(svg)!);
    expect(back.ok && back.doc.title).toBe('OTT churn: 10% to 2% in a quarter');
  });

  it('writes a PNG of After at a scenario and quarter, framed, at twice the size, with the model inside', async () => {
    const r = await run([OTT, '--format', 'png', '--out', 'ott.png', '--scenario', 'ai-native', '--quarter', '2', '--width', '960', '--height', '540', '--scale', '2']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('After ai-native quarter 2');
    const png = r.files.get('ott.png') as Uint8Array;
    const view = new DataView(png.buffer, png.byteOffset);
    // IHDR: width and height right after the chunk header.
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1920, 1080]);
    expect(parseText(jsonFromPng(png)!).ok).toBe(true);
  });

  it.each([
    [['--format', 'svg', '--out', 'x.svg'], 'name the file to render'],
    [[OTT, '--out', 'x.svg'], 'say --format svg or --format png'],
    [[OTT, '--format', 'gif', '--out', 'x.gif'], '--format takes svg or png, not "gif"'],
    [[OTT, '--format', 'svg'], 'say where to write the image with --out PATH'],
    [[OTT, '--format', 'svg', '--out', 'x.svg', '--overlay', 'during'], '--overlay takes before or after, not "during"'],
    [[OTT, '--format', 'svg', '--out', 'x.svg', '--scenario', 'nope'], 'no scenario has the id "nope"'],
    [[OTT, '--format', 'svg', '--out', 'x.svg', '--quarter', '99'], 'has quarters 0 to 3, not 99'],
    [[OTT, '--format', 'svg', '--out', 'x.svg', '--width', '800'], '--width and --height go together'],
  ])('refuses %j with a plain message and exit 2', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.files.size).toBe(0);
  });

  it('says why a file cannot be written, and an unreadable model exits 2', async () => {
    const w = await run([OTT, '--format', 'svg', '--out', '/nope/x.svg']);
    expect([w.code, w.err]).toEqual([2, '/nope/x.svg: cannot write: no such file']);
    const r = await run(['missing.json', '--format', 'svg', '--out', 'x.svg']);
    expect([r.code, r.err]).toEqual([2, 'missing.json: cannot read: no such file']);
  });
});
