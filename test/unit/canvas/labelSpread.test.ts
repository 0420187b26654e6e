// Handoff label boxes as the spreading estimates them: a narrow label (the gap between two cards
// side by side) stacks its text over the wait and takes more lines instead of cutting the text.
import { describe, expect, it } from 'vitest';
import { labelSize, NARROW_LABEL_W, spreadLabels } from '../../../src/canvas/labelSpread';

describe('labelSize', () => {
  const text = 'Churn drivers and sizing';

  it('a wide label puts the text beside the wait, in at most two lines', () => {
    const wide = labelSize(168, text);
    expect(wide.width).toBeLessThanOrEqual(168);
    expect(wide.height).toBeLessThanOrEqual(2 * 17 + 6);
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
