/**
 * Text for SVG: escaping, and line breaking by an estimate of each character's width. The renderer
 * runs where no browser measures text (the command line, a worker), so widths come from a table of
 * average advances for a sans-serif face; it errs wide so that text stays inside its box.
 */

/**
 * Text or an attribute value safe inside SVG markup. Characters XML forbids (controls other than
 * tab and newline, lone surrogates, U+FFFE/U+FFFF) are dropped: one would make the whole image unreadable.
 * @example escapeXml('R&D <core> "α"') // 'R&amp;D &lt;core&gt; &quot;α&quot;'
 */
export function escapeXml(text: string): string {
  return text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these control characters, so they are dropped
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NARROW = new Set([...'iljtfI.,:;!|\'’ ()[]r']);
const WIDE = new Set([...'mwMW@%→←↺']);

/**
 * Estimated width in px of `text` set in a sans-serif face at `size` px (bold adds a little).
 * East Asian and emoji characters count a full em.
 * @example textWidth('Growth', 24, true) // ≈ 90
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f300)) em += 1;
    else if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.6;
  }
  // Wide enough for DejaVu Sans, the broadest common fallback (Chromium on Linux, resvg).
  return em * size * (bold ? 1.1 : 1);
}

/**
 * `text` broken into at most `maxLines` lines no wider than `width`; the last line ends in "…" when
 * the text does not fit. A word wider than a line is broken where it must.
 * @example wrapText('Customer Success Operations', 196, 24, true, 2) // ['Customer Success', 'Operations']
 */
export function wrapText(text: string, width: number, size: number, bold: boolean, maxLines: number): string[] {
  const fits = (s: string) => textWidth(s, size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) return ellipsis(lines, words.slice(i).join(' '), width, size, bold);
    }
    // A word wider than a whole line: break it where it must.
    while (!fits(word)) {
      let cut = [...word].length - 1;
      while (cut > 1 && !fits([...word].slice(0, cut).join(''))) cut--;
      lines.push([...word].slice(0, cut).join(''));
      word = [...word].slice(cut).join('');
      if (lines.length === maxLines) return ellipsis(lines, [word, ...words.slice(i + 1)].join(' '), width, size, bold);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `lines` with "…" on the last one, shortened until it fits, since `rest` did not. */
function ellipsis(lines: string[], rest: string, width: number, size: number, bold: boolean): string[] {
  if (!rest) return lines;
  const out = [...lines];
  out[out.length - 1] = cutTo(out[out.length - 1], width, size, bold);
  return out;
}

/**
 * One line of at most `width`, ending in "…" when cut.
 * @example oneLine('Analyst · Engineer · Designer', 80, 15) // 'Analyst · E…'
 */
export function oneLine(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  return cutTo(text, width, size, bold);
}

function cutTo(text: string, width: number, size: number, bold: boolean): string {
  let chars = [...text];
  while (chars.length && textWidth(`${chars.join('')}…`, size, bold) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}
