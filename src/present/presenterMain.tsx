import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PresenterView } from './PresenterView';

/** The presenter window's whole page: no editor, no autosave, only the view that follows the audience. */
export function mountPresenter(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <PresenterView />
    </StrictMode>,
  );
}
