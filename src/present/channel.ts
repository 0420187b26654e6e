/**
 * The line between the audience window and the presenter window (same origin, any number of
 * windows): the audience says where it is; the presenter asks to be told and asks to move.
 */
export const PRESENT_CHANNEL = 'fivefold-present';

/** One step as the presenter window lists it. */
export interface PresenterStep {
  title: string;
  notes: string;
}

export type PresentMessage =
  | { type: 'state'; index: number; steps: PresenterStep[]; startedAt: number; blank: boolean; editing: boolean }
  | { type: 'ended' }
  | { type: 'hello' }
  | { type: 'go'; index: number };

/** A channel, or null where the browser has none (the presentation then simply has no presenter view). */
export function openChannel(onMessage: (m: PresentMessage) => void): { post(m: PresentMessage): void; close(): void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  channel.onmessage = (e: MessageEvent<PresentMessage>) => onMessage(e.data);
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}

/** The address of the presenter window: the app itself, told by its query to show the presenter view. */
export const PRESENTER_QUERY = 'presenter';

/** Opens (or brings forward) the presenter window; call it from a key press or click. */
export function openPresenterWindow(): void {
  const url = `${location.origin}${location.pathname}?${PRESENTER_QUERY}`;
  window.open(url, 'fivefold-presenter', 'popup,width=960,height=600');
}
