/** What React Flow needs from a browser that jsdom lacks (testing.md, "facts learned the hard way"). */
export function installJsdomShims() {
  class ResizeObserverShim {
    constructor(private cb: ResizeObserverCallback) {}
    observe(target: Element) {
      // Asynchronous on purpose: a synchronous callback leaves nodes hidden and edges missing.
      setTimeout(() => this.cb([{ target, contentRect: { width: 1280, height: 720 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver), 0);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = ResizeObserverShim as unknown as typeof ResizeObserver;

  class DOMMatrixReadOnlyShim {
    m22: number;
    a: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale !== undefined ? +scale : 1;
      this.a = this.m22;
    }
  }
  (globalThis as unknown as { DOMMatrixReadOnly: unknown }).DOMMatrixReadOnly = DOMMatrixReadOnlyShim;

  // React Flow's pane is as large as the 1280×720 box the canvas tests mount it in, so the fit view
  // has the zoom it has in a browser (semantic zoom draws no cards at a 200×100 pane's fit).
  const isPane = (el: HTMLElement) => el.classList.contains('react-flow') || el.classList.contains('react-flow__renderer');
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get(this: HTMLElement) { return isPane(this) ? 720 : 100; } },
    offsetWidth: { configurable: true, get(this: HTMLElement) { return isPane(this) ? 1280 : 200; } },
  });
  (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
    ({ x: 0, y: 0, width: 60, height: 16 }) as DOMRect;
}
