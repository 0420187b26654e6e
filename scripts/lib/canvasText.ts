/**
 * An in-page script (a string, so tsx adds no helpers the page lacks): the smallest effective size
 * (CSS px × canvas zoom) of any visible text on the canvas that lies inside the viewport, and of the
 * team names, with the text that is smallest.
 */
export const CANVAS_TEXT_SCRIPT = `(() => {
  const viewport = document.querySelector('.react-flow__viewport');
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
  const result = { zoom, smallest: Infinity, text: '', teamName: Infinity };
  if (!viewport || !pane) return result;
  const roots = [viewport, document.querySelector('.react-flow__edgelabel-renderer')].filter(Boolean);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right < pane.left || box.left > pane.right || box.bottom < pane.top || box.top > pane.bottom) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
      const px = parseFloat(style.fontSize) * zoom;
      if (px < result.smallest) { result.smallest = px; result.text = text; }
      if (el.closest('.team-name')) result.teamName = Math.min(result.teamName, px);
    }
  }
  return result;
})()`;
