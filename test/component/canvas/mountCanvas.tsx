// The canvas as the app draws it, in a 1280x720 pane, for the canvas component tests.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../../../src/canvas/Canvas';
import { StoresProvider, type Stores } from '../../../src/store/context';
import { createRegistry } from '../../../src/commands';
import { RegistryProvider } from '../../../src/ui/registry';

/** Renders the canvas over `stores`; `inFlow` is rendered beside it inside the React Flow provider. */
export function mountCanvas(stores: Stores, inFlow?: ReactNode) {
  return render(
    <StoresProvider stores={stores}>
      <RegistryProvider registry={createRegistry()}>
        <ReactFlowProvider>
          <div style={{ width: 1280, height: 720 }}>
            <Canvas />
          </div>
          {inFlow}
        </ReactFlowProvider>
      </RegistryProvider>
    </StoresProvider>,
  );
}
