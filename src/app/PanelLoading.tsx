/**
 * What a side panel shows while its code loads (the first time it opens): its place, already at its
 * width, and a word, so the canvas does not jump and nothing flashes.
 * @example <Suspense fallback={<PanelLoading name="inspector" />}><Inspector /></Suspense>
 */
export function PanelLoading({ name }: { name: string }) {
  return (
    <div className={`panel-loading panel-loading-${name}`} role="status" aria-busy="true">
      Loading the {name}…
    </div>
  );
}
