// Handoff label boxes as the spreading estimates them: a narrow label (the gap between two cards
// side by side) stacks its text over the wait and takes more lines instead of cutting the text.
import { describe, expect, it } from 'vitest';
import { labelSize, NARROW_LABEL_W, spreadLabels, wrappedLines } from '../../../src/geometry/labelSpread';

describe('wrappedLines', () => {
  it('wraps at spaces, as the browser does, and counts a word wider than the column as the lines it breaks into', () => {
    // Measured in Chromium at 20 px semi-bold in OTT's narrow gap (74 px of text): four lines each.
    expect(wrappedLines('Release candidate', 74)).toBe(4);
    expect(wrappedLines('Churn drivers and sizing', 74)).toBe(4);
    expect(wrappedLines('Risk-score API', 74)).toBe(3);
    expect(wrappedLines('a b c', 200)).toBe(1);
    expect(wrappedLines('', 74)).toBe(0);
  });

  it('a narrow label is as tall as its wrapped lines, the wait line, the gap and the chrome (125 for four lines)', () => {
    expect(labelSize(88, 'Release candidate').height).toBe(5 * 23 + 10);
  });
});

describe('labelSize', () => {
  const text = 'Churn drivers and sizing';

  it('a wide label puts the text beside the wait, in at most two lines', () => {
    const wide = labelSize(168, text);
    expect(wide.width).toBeLessThanOrEqual(168);
    expect(wide.height).toBeLessThanOrEqual(2 * 23 + 6);
  });

  it('a narrow label is no wider than allowed and taller: more lines of text, and the wait on a line of its own', () => {
    const narrow = labelSize(NARROW_LABEL_W - 40, text);
    const wide = labelSize(168, text);
    expect(narrow.width).toBeLessThanOrEqual(NARROW_LABEL_W - 40);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('two narrow labels at the same spot are moved apart by at least the taller box', () => {
    const labels = ['a', 'b'].map((id) => ({ id, x: 0, y: 0, maxWidth: 90, text }));
    const moved = spreadLabels(labels).get('b')!;
    const { width, height } = labelSize(90, text);
    expect(Math.abs(moved.y) >= height || Math.abs(moved.x) >= width).toBe(true);
  });
});

describe('spreadLabels around cards', () => {
  const card = { x: 0, y: 0, width: 220, height: 128 };
  const overlaps = (a: { x0: number; y0: number; x1: number; y1: number }) => a.x0 < card.x + card.width && card.x < a.x1 && a.y0 < card.y + card.height && card.y < a.y1;

  it('a label whose spot is under a card moves to a free spot beside it', () => {
    const label = { id: 'a', x: 200, y: 64, maxWidth: 168, text: 'PRD: save flow, pause, offers' };
    const to = spreadLabels([label], [card]).get('a')!;
    const { width, height } = labelSize(label.maxWidth, label.text);
    expect(overlaps({ x0: to.x - width / 2, y0: to.y - height / 2, x1: to.x + width / 2, y1: to.y + height / 2 })).toBe(false);
  });

  it('a label clear of every card stays where it is', () => {
    expect(spreadLabels([{ id: 'a', x: 500, y: 64, maxWidth: 168, text: 'Spec' }], [card]).size).toBe(0);
  });

  it('a label deep under a large card, with no free spot within reach, stays at its edge', () => {
    const wall = { x: -1000, y: -1000, width: 2000, height: 2000 };
    expect(spreadLabels([{ id: 'a', x: 0, y: 0, maxWidth: 168, text: 'Spec' }], [wall]).size).toBe(0);
  });
});
