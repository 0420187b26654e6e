/**
 * The model's JSON carried inside the images Fivefold draws, so that dropping an exported picture
 * back onto Fivefold opens the model: in an SVG as a `<metadata>` element, in a PNG as an iTXt chunk
 * (UTF-8 text, which any PNG reader skips). Pure byte and string work, no DOM.
 */
import { escapeXml } from './text';

/** The PNG keyword and the SVG metadata id the JSON travels under. */
export const EMBED_KEY = 'application/vnd.fivefold+json';
const METADATA_ID = 'fivefold-document';

/**
 * The `<metadata>` element that carries `json` in an SVG.
 * @example embedInSvg('{"version":2}') // '<metadata id="fivefold-document" …>{&quot;version&quot;:2}</metadata>'
 */
export function embedInSvg(json: string): string {
  return `<metadata id="${METADATA_ID}" data-type="${EMBED_KEY}">${escapeXml(json)}</metadata>`;
}

/**
 * The JSON an SVG made by Fivefold carries, or null when it carries none.
 * @example jsonFromSvg(renderSvg(doc, { embed: serialize(doc) }).svg) === serialize(doc)
 */
export function jsonFromSvg(svg: string): string | null {
  const m = new RegExp(`<metadata id="${METADATA_ID}"[^>]*>([\\s\\S]*?)</metadata>`).exec(svg);
  if (!m) return null;
  return m[1].replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** True when the bytes start like a PNG. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The PNG with `json` added as an iTXt chunk just before its end (IEND), under EMBED_KEY.
 * @example jsonFromPng(pngWithJson(png, text)) === text
 */
export function pngWithJson(png: Uint8Array, json: string): Uint8Array {
  const chunks = readChunks(png);
  const end = chunks.find((c) => c.type === 'IEND');
  if (!isPng(png) || !end) throw new Error('not a PNG image');
  const enc = new TextEncoder();
  // keyword NUL, compression flag 0, method 0, language tag NUL, translated keyword NUL, text.
  const data = concat([enc.encode(EMBED_KEY), new Uint8Array([0, 0, 0, 0, 0]), enc.encode(json)]);
  return concat([png.subarray(0, end.offset), chunk('iTXt', data), png.subarray(end.offset)]);
}

/**
 * The JSON a PNG made by Fivefold carries (iTXt or tEXt under EMBED_KEY), or null.
 * @example jsonFromPng(await file.bytes()) // '{"version":2,…}'
 */
export function jsonFromPng(png: Uint8Array): string | null {
  if (!isPng(png)) return null;
  const dec = new TextDecoder();
  for (const c of readChunks(png)) {
    if (c.type !== 'iTXt' && c.type !== 'tEXt') continue;
    const data = png.subarray(c.offset + 8, c.offset + 8 + c.length);
    const nul = data.indexOf(0);
    if (nul < 0 || dec.decode(data.subarray(0, nul)) !== EMBED_KEY) continue;
    if (c.type === 'tEXt') return new TextDecoder('latin1').decode(data.subarray(nul + 1));
    // Compressed iTXt is not written by Fivefold; skip rather than misread it.
    if (data[nul + 1] !== 0) continue;
    const lang = data.indexOf(0, nul + 3);
    const translated = lang < 0 ? -1 : data.indexOf(0, lang + 1);
    if (translated < 0) continue;
    return dec.decode(data.subarray(translated + 1));
  }
  return null;
}

/**
 * The model JSON inside an image file of either kind, or null when the file is no image made by Fivefold.
 * @example modelJsonFromImage(bytes) // '{"version":2,…}'
 */
export function modelJsonFromImage(bytes: Uint8Array): string | null {
  if (isPng(bytes)) return jsonFromPng(bytes);
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  if (!/<svg|<\?xml/.test(head)) return null;
  return jsonFromSvg(new TextDecoder().decode(bytes));
}

interface ChunkAt {
  type: string;
  offset: number;
  length: number;
}

function readChunks(png: Uint8Array): ChunkAt[] {
  const out: ChunkAt[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, offset: at, length });
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let table: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[i] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
