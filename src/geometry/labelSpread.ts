/**
 * Keeps handoff labels from touching: each label is a box estimated from its text (the canvas type
 * sizes are fixed, so an estimate is good enough), and a label that would overlap one already placed
 * slides along y, then x, to the nearest free spot within a short reach of its edge's midpoint.
 * Pure; a spatial grid keeps it near-linear on large models.
 */
import { TEAM_H, TEAM_W } from './geometry';

/** What the spreading needs of a label: its centre, the widest it may be, and its text. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  maxWidth: number;
  text: string;
}

// Canvas type of handoff labels: 20 px semi-bold (≈ 10.5 px a character), 23 px a line, plus the wait
// badge; 20 px reads 10 px or more at OTT's fit on a 1280×720 projector (zoom ≈ 0.52).
const CHAR_W = 10.5;
// Wrapping is decided word by word, where wide letters (capitals, 'w', 'm') tip a word onto a new line.
const WRAP_CHAR_W = 11.5;
const LINE_H = 23;
const CHROME_W = 64;
const CHROME_H = 6;
const GAP = 4;
const STEP = 10;
const REACH = 120;
const CELL = 200;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Below this width (a short hop sideways, in the gap between two cards) a label stacks its text
 * over the wait and takes up to four lines: the gap is as tall as a card, and two lines beside the
 * wait left room for a word or two ("Churn dri…").
 */
export const NARROW_LABEL_W = 140;
const NARROW_LINES = 4;
const NARROW_CHROME_W = 14;
// Padding and border (8) and the 2 px gap between the text and the wait badge (canvas.css .is-narrow).
const NARROW_CHROME_H = 10;

/**
 * How many lines `text` takes in a column `width` wide, wrapped at spaces as the browser does; a word
 * wider than the column breaks anywhere (overflow-wrap: anywhere), so it takes lines of its own.
 * Counting characters alone under-counted "Release candidate" in the narrow column by a line. Words
 * are measured at WRAP_CHAR_W, wider than the average, since one line too few lets labels overlap.
 * @example wrappedLines('Release candidate', 74) // 4: "Release" and "candidate" each break once in the gap
 */
export function wrappedLines(text: string, width: number): number {
  const column = Math.max(WRAP_CHAR_W, width);
  let lines = 0;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = word.length * WRAP_CHAR_W;
    if (lines > 0 && used + WRAP_CHAR_W + w <= column) {
      used += WRAP_CHAR_W + w;
      continue;
    }
    // A new line; a word too wide for it fills whole lines and leaves its tail on the last.
    const whole = Math.ceil(w / column);
    lines += whole;
    used = w - (whole - 1) * column;
  }
  return lines;
}

/** The estimated size of a label on the canvas. */
export function labelSize(maxWidth: number, text: string): { width: number; height: number } {
  const textW = text.length * CHAR_W;
  if (maxWidth < NARROW_LABEL_W) {
    const width = Math.min(maxWidth, Math.max(textW, 3 * CHAR_W) + NARROW_CHROME_W);
    const lines = text ? Math.min(NARROW_LINES, Math.max(1, wrappedLines(text, width - NARROW_CHROME_W))) : 0;
    // The wait badge has a line of its own.
    return { width, height: (lines + 1) * LINE_H + NARROW_CHROME_H };
  }
  const width = Math.min(maxWidth, textW + CHROME_W);
  const lines = text ? Math.min(2, Math.max(1, wrappedLines(text, width - CHROME_W))) : 1;
  return { width, height: lines * LINE_H + CHROME_H };
}

const OFFSETS: [number, number][] = (() => {
  const out: [number, number][] = [[0, 0]];
  for (let d = STEP; d <= REACH; d += STEP) out.push([0, d], [0, -d]);
  for (let d = 2 * STEP; d <= REACH; d += 2 * STEP) out.push([d, 0], [-d, 0], [d, d], [-d, -d], [d, -d], [-d, d]);
  return out;
})();

/** A rectangle labels keep off (a team card: a label under it could not be read). */
export interface Obstacle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * New centres for the labels that had to move (labels left where they were are not in the map).
 * A label keeps off the other labels and off `obstacles`; where no spot within reach is clear of
 * both, the nearest clear of labels will do, and where none is, it stays at its edge's midpoint.
 * @example spreadLabels([{ id: 'a', x: 0, y: 0, maxWidth: 168, text: 'Spec' }, { id: 'b', x: 4, y: 2, maxWidth: 168, text: 'Spec' }]).get('b') // { x: 4, y: 32 }
 */
export function spreadLabels(labels: readonly LabelBox[], obstacles: readonly Obstacle[] = []): Map<string, { x: number; y: number }> {
  const moved = new Map<string, { x: number; y: number }>();
  const placed = new Map<string, Box[]>();
  const cards = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++)
      for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  const add = (grid: Map<string, Box[]>, b: Box) => {
    for (const k of cells(b)) (grid.get(k) ?? grid.set(k, []).get(k)!).push(b);
  };
  const hits = (grid: Map<string, Box[]>, b: Box) =>
    cells(b).some((k) => grid.get(k)?.some((o) => b.x0 < o.x1 + GAP && o.x0 < b.x1 + GAP && b.y0 < o.y1 + GAP && o.y0 < b.y1 + GAP));
  for (const o of obstacles) add(cards, { x0: o.x, y0: o.y, x1: o.x + o.width, y1: o.y + o.height });
  const ordered = [...labels].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  for (const label of ordered) {
    const { width, height } = labelSize(label.maxWidth, label.text);
    const boxAt = (x: number, y: number): Box => ({ x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 });
    // Clear of labels and cards if a spot within reach is; on a crowded canvas, clear of labels at least.
    const free = (b: Box, ofCards: boolean) => !hits(placed, b) && !(ofCards && hits(cards, b));
    let chosen = boxAt(label.x, label.y);
    search: for (const ofCards of [true, false]) {
      for (const [dx, dy] of OFFSETS) {
        const b = boxAt(label.x + dx, label.y + dy);
        if (free(b, ofCards)) {
          chosen = b;
          if (dx || dy) moved.set(label.id, { x: label.x + dx, y: label.y + dy });
          break search;
        }
      }
    }
    add(placed, chosen);
  }
  return moved;
}

/** A handoff's label as the spreading sees it: where its edge puts it, and what it says. */
export interface HandoffLabelPlace {
  id: string;
  x: number;
  y: number;
  maxWidth: number;
  kind: 'work' | 'feedback';
  artifact: string;
}

/**
 * Handoff labels moved apart from each other and off the team cards (top-left corners `cards`): the
 * cards are drawn above the labels, and a label under one could not be read.
 * @example spreadHandoffLabels(labels, flow.at.values()).get('h3') // { x: 612, y: 248 }
 */
export function spreadHandoffLabels(labels: readonly HandoffLabelPlace[], cards: Iterable<{ x: number; y: number }>): Map<string, { x: number; y: number }> {
  return spreadLabels(
    labels.map((l) => ({ id: l.id, x: l.x, y: l.y, maxWidth: l.maxWidth, text: `${l.kind === 'feedback' ? '↺ ' : ''}${l.artifact}` })),
    [...cards].map((p) => ({ x: p.x, y: p.y, width: TEAM_W, height: TEAM_H })),
  );
}
