import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialSession } from './app/initialDocument';
import { createStores } from './store/context';

const root = document.getElementById('root')!;

// The presenter window opens the app at ?presenter: it shows only the presenter view (loaded on
// demand) and never touches the saved model.
if (new URLSearchParams(location.search).has('presenter')) {
  void import('./present/presenterMain').then((m) => m.mountPresenter(root));
} else {
  const session = initialSession();
  const stores = createStores(session.doc);
  createRoot(root).render(
    <StrictMode>
      <App stores={stores} session={session} />
    </StrictMode>,
  );
}
