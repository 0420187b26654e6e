// Shared set-up. Component tests opt into jsdom with a `@vitest-environment jsdom` docblock;
// the browser shims they need live in ./jsdomShims and are installed only there.
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  const { installJsdomShims } = await import('./jsdomShims');
  installJsdomShims();
  const { cleanup } = await import('@testing-library/react');
  // Without Vitest globals, Testing Library cannot register its own cleanup.
  afterEach(() => cleanup());
}
