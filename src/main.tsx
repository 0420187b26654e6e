import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialSession } from './app/initialDocument';
import { createStores } from './store/context';

const session = initialSession();
const stores = createStores(session.doc);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App stores={stores} session={session} />
  </StrictMode>,
);
