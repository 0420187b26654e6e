import { useSyncExternalStore } from 'react';
import { WIDE_WINDOW } from '../commands/canvasCommands';

/** Below this width (a 1280×720 projector) the shell starts with the side panels and the minimap hidden. */
export const WIDE_LAYOUT = WIDE_WINDOW;

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * The window's width, re-read on resize: what the shell shows by default follows it.
 * @example const wide = useWindowWidth() >= WIDE_LAYOUT;
 */
export function useWindowWidth(): number {
  return useSyncExternalStore(subscribeToResize, () => window.innerWidth, () => 1920);
}
