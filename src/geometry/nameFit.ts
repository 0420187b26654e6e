import { TEAM_W } from './geometry';

/** The card's name type and the width its lines have inside the card: keep in step with canvas.css (.team-node, .team-name). */
const NAME_FONT = "700 27px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const LINE_WIDTH = TEAM_W - 7 - 1.5 - 10 - 8;
/** Text measured by the browser can still come out a little wider once laid out. */
const SAFETY = 1.05;
const MAX_LINES = 2;

let context: CanvasRenderingContext2D | null | undefined;
const widthCache = new Map<string, number>();
const verdicts = new Map<string, boolean>();

function textWidth(text: string): number {
  let w = widthCache.get(text);
  if (w !== undefined) return w;
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
    if (context) context.font = NAME_FONT;
  }
  // Without a canvas (jsdom), a generous estimate: bold 27 px averages well under 0.65 em a letter.
  w = (context ? context.measureText(text).width : text.length * 0.65 * 27) * SAFETY;
  widthCache.set(text, w);
  return w;
}

/**
 * Whether a team's name may need more than two lines on its card, and so must be clamped. Only such
 * names get the clamp: it needs an overflow clip, and a clip on every card doubled the time Chromium
 * spends layerizing each frame of a drag on 1,000 teams. Lines are filled word by word as the
 * browser does; a word wider than a line (broken anywhere) counts as long.
 * @example nameNeedsClamp('Growth') // false
 */
export function nameNeedsClamp(name: string): boolean {
  const known = verdicts.get(name);
  if (known !== undefined) return known;
  let lines = 1;
  let used = 0;
  let verdict = false;
  // Only where the browser may break: not at a no-break space.
  for (const word of name.split(/[ \t\n\r\f]+/).filter(Boolean)) {
    const w = textWidth(word);
    if (w > LINE_WIDTH) {
      verdict = true;
      break;
    }
    const withSpace = used === 0 ? w : used + textWidth(' ') + w;
    if (withSpace <= LINE_WIDTH) used = withSpace;
    else {
      lines++;
      used = w;
    }
    if (lines > MAX_LINES) {
      verdict = true;
      break;
    }
  }
  // A name typed key by key passes through every prefix: keep the memory bounded.
  if (verdicts.size > 5000) verdicts.clear();
  if (widthCache.size > 20000) widthCache.clear();
  verdicts.set(name, verdict);
  return verdict;
}
