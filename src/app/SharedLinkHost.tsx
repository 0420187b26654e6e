import { lazy, Suspense, useEffect, useState } from 'react';

// The viewer and the decompression load only when a share link is opened.
const SharedView = lazy(() => import('./SharedView'));

const SHARE_FRAGMENT = '#model=';

/**
 * Watches the address for a share link (`#model=…`, io/shareLink.ts): on start and when one is pasted
 * into an open tab. The fragment is taken and cleared from the address at once, so a reload or a
 * bookmark never opens it again; the shared model is shown read-only beside the local one, never in
 * its place.
 */
export function SharedLinkHost() {
  const [fragment, setFragment] = useState<string | null>(() => take());
  useEffect(() => {
    const onHash = () => {
      const f = take();
      if (f) setFragment(f);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (!fragment) return null;
  return (
    <Suspense fallback={null}>
      <SharedView key={fragment} fragment={fragment} onClose={() => setFragment(null)} />
    </Suspense>
  );
}

function take(): string | null {
  if (typeof location === 'undefined' || !location.hash.startsWith(SHARE_FRAGMENT)) return null;
  const fragment = location.hash;
  history.replaceState(history.state, '', location.pathname + location.search);
  return fragment;
}
