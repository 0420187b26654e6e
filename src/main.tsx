import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialSession } from './app/initialDocument';
import { createStores } from './store/context';
import { ModelSession } from './io/library/session';
import { browserStorage, tabStorage } from './io/storageAccess';
import { registerOffline } from './io/offline';
import { warmCodecOnFirstInput } from './io/codecLoader';

const root = document.getElementById('root')!;

// The presenter window opens the app at ?presenter: it shows only the presenter view (loaded on
// demand) and never touches the saved model.
if (new URLSearchParams(location.search).has('presenter')) {
  void import('./present/presenterMain').then((m) => m.mountPresenter(root));
} else {
  void initialSession().then((start) => {
    const stores = createStores(start.doc);
    const session = new ModelSession(stores, start.library, start.open, {
      local: browserStorage(),
      tab: tabStorage(),
      events: window,
      channel: typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('fivefold-library'),
    });
    createRoot(root).render(
      <StrictMode>
        <App stores={stores} library={{ session, corrupt: start.corrupt }} />
      </StrictMode>,
    );
  });
}

registerOffline();
warmCodecOnFirstInput(window);
