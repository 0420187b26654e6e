import { lazy, Suspense, useState } from 'react';
import { useLibrary } from '../io/library/context';

// The Models view is not needed for a first screen: its code loads when it is first opened.
const ModelsDialog = lazy(() => import('../panels/models/ModelsDialog'));

/** The toolbar's **Models**: every model kept in this browser, with its versions. */
export function ModelsButton() {
  const session = useLibrary();
  const [open, setOpen] = useState(false);
  if (!session) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title="Every model kept in this browser, and the versions of this one" aria-haspopup="dialog">
        Models
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ModelsDialog session={session} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
