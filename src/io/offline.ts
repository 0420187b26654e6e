/**
 * Offline: the service worker (vite-plugin-pwa, workbox) keeps the app, the examples and the icons
 * after the first visit. When a new version has been downloaded it waits; the shell offers it
 * (UpdateOffer) and the person chooses when to reload, so an update never lands in the middle of an edit.
 */
type Listener = () => void;

let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

/**
 * Registers the service worker in a production build (the dev server and tests have none).
 * @example registerOffline() // in main.tsx, after the first render
 */
export function registerOffline(): void {
  // The build's mode, not PROD: a build run under NODE_ENV=test (the end-to-end set-up) is not PROD but must work offline too.
  if (import.meta.env.MODE !== 'production' || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({ onNeedRefresh: () => announceUpdate(() => void update(true)) });
  });
}

/** Tells the shell a new version is waiting; `reload` switches to it. */
export function announceUpdate(reload: () => void): void {
  apply = reload;
  for (const l of listeners) l();
}

/** The function that reloads into the waiting version, or null while there is none. */
export function waitingUpdate(): (() => void) | null {
  return apply;
}

/** Calls `listener` when a new version is waiting; returns the unsubscribe. */
export function onUpdateWaiting(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
