/**
 * Offline: the service worker (vite-plugin-pwa, workbox) keeps the app, the examples and the icons
 * after the first visit. When a new version has been downloaded it waits; the shell offers it
 * (UpdateOffer) and the person chooses when to reload, so an update never lands in the middle of an edit.
 */
type Listener = () => void;

let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

/**
 * Registers the service worker in a production build (the dev server and tests have none), once the
 * page has loaded so its precaching does not compete with the first screen.
 * @example registerOffline() // in main.tsx, after the first render
 */
export function registerOffline(): void {
  // The build's mode, not PROD: a build run under NODE_ENV=test (the end-to-end set-up) is not PROD but must work offline too.
  if (import.meta.env.MODE !== 'production' || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const start = () => void watchForUpdates(navigator.serviceWorker, `${import.meta.env.BASE_URL}sw.js`, () => location.reload());
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

/**
 * Registers the worker at `url` and offers each new version once it is installed and waiting; taking
 * it tells the worker to skip waiting (the message workbox's generated sw.js answers) and reloads
 * when it controls the page. What workbox-window's `registerSW` did, without its 2 KB in a first visit.
 * @example await watchForUpdates(navigator.serviceWorker, '/sw.js', () => location.reload())
 */
export async function watchForUpdates(container: ServiceWorkerContainer, url: string, reload: () => void): Promise<void> {
  // Refused (a private window, a browser or a test harness that blocks workers): the app works
  // without it, online.
  const registration = await container.register(url, { scope: import.meta.env.BASE_URL }).catch(() => undefined);
  if (!registration) return;
  const offer = (worker: ServiceWorker) => {
    // The first install has no older version in charge: it serves the next visit without asking.
    if (!container.controller) return;
    announceUpdate(() => {
      container.addEventListener('controllerchange', () => reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
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
