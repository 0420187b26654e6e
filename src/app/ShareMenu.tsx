import { lazy, Suspense } from 'react';
import { MenuButton, MenuNote } from './MenuButton';

// Pictures and links are not needed for a first screen: their code (the renderer, compression) loads when the menu opens.
const ShareItems = lazy(() => import('./ShareItems'));

/** The toolbar's Share menu: pictures of the model (PNG, SVG, clipboard) and a link that carries it. */
export function ShareMenu() {
  return (
    <MenuButton label="Share" title="Pictures of the model (PNG, SVG) and a link that carries it">
      {(close) => (
        <Suspense fallback={<MenuNote>Loading…</MenuNote>}>
          <ShareItems onDone={close} />
        </Suspense>
      )}
    </MenuButton>
  );
}
