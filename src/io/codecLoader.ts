/**
 * The codec (`codec.ts`: parser, exporter, zod) on demand. `loadCodec()` loads it once;
 * `codecIfLoaded()` is for the few callers that must answer at once (a page being hidden).
 * `warmCodecOnFirstInput()` starts the load at a person's first key or pointer press, so it is there
 * before any edit needs it, without being part of what a first visit loads.
 */
type Codec = typeof import('./codec');

let ready: Codec | null = null;
let pending: Promise<Codec> | null = null;

/** @example const { parseText } = await loadCodec() */
export function loadCodec(): Promise<Codec> {
  pending ??= import('./codec').then((m) => (ready = m));
  return pending;
}

export function codecIfLoaded(): Codec | null {
  return ready;
}

/** Starts loading the codec at the first pointer, key, wheel or touch input on `target`. */
export function warmCodecOnFirstInput(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): void {
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  const warm = () => {
    for (const e of events) target.removeEventListener(e, warm, true);
    void loadCodec();
  };
  for (const e of events) target.addEventListener(e, warm, { capture: true, passive: true });
}
