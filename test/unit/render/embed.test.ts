// The model's JSON inside a PNG (an iTXt chunk) and an SVG (metadata): written, read back, and the
// PNG still a valid PNG (every chunk's CRC checked with Node's own zlib.crc32).
import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { EMBED_KEY, isPng, jsonFromPng, modelJsonFromImage, pngWithJson } from '../../../src/render';

const tinyPng = () => new Uint8Array(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#f00"/></svg>').render().asPng());

function chunks(png: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1');
    out.push({ type, crcOk: crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('JSON in a PNG', () => {
  const json = JSON.stringify({ title: 'Équipe データ & <ops>', teams: [{ id: 'a' }] });

  it('adds one iTXt chunk before IEND, every CRC right, and reads the same text back', () => {
    const png = tinyPng();
    const out = pngWithJson(png, json);
    expect(isPng(out)).toBe(true);
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual([...chunks(png).map((c) => c.type).slice(0, -1), 'iTXt', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    expect(jsonFromPng(out)).toBe(json);
    expect(modelJsonFromImage(out)).toBe(json);
  });

  it('reads a tEXt chunk under the same key too, and nothing from a PNG without one', () => {
    const png = tinyPng();
    expect(jsonFromPng(png)).toBeNull();
    const key = new TextEncoder().encode(`${EMBED_KEY}\u0000{"a":1}`);
    const head = png.subarray(0, png.length - 12);
    const chunk = new Uint8Array(12 + key.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, key.length);
    chunk.set(new TextEncoder().encode('tEXt'), 4);
    chunk.set(key, 8);
    view.setUint32(8 + key.length, crc32(chunk.subarray(4, 8 + key.length)));
    const withText = new Uint8Array([...head, ...chunk, ...png.subarray(png.length - 12)]);
    expect(jsonFromPng(withText)).toBe('{"a":1}');
  });

  it('refuses what is not a PNG and finds no model in other files', () => {
    expect(() => pngWithJson(new TextEncoder().encode('not a png at all'), json)).toThrow('not a PNG image');
    expect(modelJsonFromImage(new TextEncoder().encode('{"format":"fivefold"}'))).toBeNull();
    expect(modelJsonFromImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
  });
});
