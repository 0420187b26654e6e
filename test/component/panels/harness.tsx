import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createStores, StoresProvider } from '../../../src/store/context';
import { createRegistry } from '../../../src/commands';
import { RegistryProvider } from '../../../src/ui/registry';
import { example as exampleDoc } from '../../support/examples';
import type { FivefoldDocument } from '../../../src/model';

/** Renders `ui` inside an editor's stores and registry, on the example unless told otherwise. */
export function renderInEditor(ui: ReactNode, doc: FivefoldDocument = exampleDoc()) {
  const stores = createStores(doc);
  const registry = createRegistry();
  const view = render(
    <StoresProvider stores={stores}>
      <RegistryProvider registry={registry}>{ui}</RegistryProvider>
    </StoresProvider>,
  );
  return {
    ...view,
    stores,
    registry,
    doc: () => stores.document.getState().doc,
    past: () => stores.document.getState().past,
  };
}
