// Shared set-up. Component tests opt into jsdom with a `@vitest-environment jsdom` docblock;
// the browser shims they need live in ./jsdomShims and are installed only there.
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  const { installJsdomShims } = await import('./jsdomShims');
  installJsdomShims();
  const { cleanup, configure } = await import('@testing-library/react');
  // findBy/waitFor wait on a condition; lazy-loaded dialogs and panels can take seconds to arrive
  // on a shared, loaded machine, so the ceiling is generous (a passing wait still ends at once).
  configure({ asyncUtilTimeout: 10_000 });
  // Without Vitest globals, Testing Library cannot register its own cleanup.
  afterEach(() => cleanup());
}
