/**
 * Share links with no server: the whole document travels in the URL's fragment (never sent to any
 * server), as compact JSON compressed with the platform's CompressionStream (deflate-raw) and written
 * in base64url. The OTT example makes a link of about 1,900 characters.
 */
import { parseText, serialize, type FivefoldDocument } from '../model';

/** The fragment a share link starts with. */
export const SHARE_FRAGMENT = '#model=';
/** Past this a link may be cut by mail programs, chat apps and some browsers: offer a file instead. */
export const MAX_LINK_CHARS = 32 * 1024;

export type ShareRead = { ok: true; doc: FivefoldDocument; warnings: string[] } | { ok: false; message: string };

/**
 * The share link for `doc` on the page at `base` (its fragment dropped), or why there is none.
 * @example await shareLink(doc, 'https://example.org/') // { ok: true, url: 'https://example.org/#model=1VbLb…' }
 */
export async function shareLink(doc: FivefoldDocument, base: string): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const compact = JSON.stringify(JSON.parse(serialize(doc)));
  const packed = toBase64Url(await through(new TextEncoder().encode(compact), new CompressionStream('deflate-raw')));
  const url = `${base.split('#')[0]}${SHARE_FRAGMENT}${packed}`;
  if (url.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      message: `This model is too large for a link (${Math.round(url.length / 1024)} KB; links stay under ${MAX_LINK_CHARS / 1024} KB to arrive whole). Send the file instead: Export saves it.`,
    };
  }
  return { ok: true, url };
}

/** True when the fragment is a share link's. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_FRAGMENT);
}

/**
 * The document a share link's fragment carries, parsed as strictly as a file, or a plain reason.
 * @example await readShareFragment(location.hash) // { ok: true, doc, warnings: [] }
 */
export async function readShareFragment(hash: string): Promise<ShareRead> {
  const damaged = (why: string): ShareRead => ({ ok: false, message: `This share link is damaged (${why}), so nothing was opened. Ask for the link again, or for the file.` });
  if (!isShareFragment(hash)) return damaged('it carries no model');
  const packed = hash.slice(SHARE_FRAGMENT.length);
  if (!packed) return damaged('it is empty');
  if (packed.length > MAX_LINK_CHARS * 4) return damaged('it is far longer than any link Fivefold makes');
  if (!/^[A-Za-z0-9_-]+$/.test(packed)) return damaged('it has characters a link from Fivefold never has; it may have been edited');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(packed);
  } catch {
    return damaged('it was cut short or changed on the way');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    return damaged('it was cut short or changed on the way');
  }
  const read = parseText(text);
  if (!read.ok) return { ok: false, message: `This share link holds a model Fivefold cannot open: ${read.errors[0]?.message ?? 'it is not valid'}. Nothing was opened.` };
  return { ok: true, doc: read.doc, warnings: read.warnings };
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
