/**
 * An in-page script (a string, so tsx adds no helpers the page lacks) returning the smallest rendered
 * font size among the visible text of the presentation, and that text: what the last row of a room reads.
 */
export const SMALLEST_TEXT_SCRIPT = `(() => {
  const root = document.querySelector('[data-testid=presentation]');
  let best = { px: Infinity, text: '' };
  if (!root) return best;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const px = parseFloat(style.fontSize);
    if (px < best.px) best = { px, text };
  }
  return best;
})()`;
