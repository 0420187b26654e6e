import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { checkStartChunk, firstScreenModules, type ModuleInfoLike } from './scripts/lib/firstScreenChunk.ts';

// The pure folders only define things (architecture.md): a module nothing uses is left out, so
// importing a constant through `src/model` does not bring in the zod schema beside it, and a barrel
// (`src/sim`, `src/readout`) does not load every chunk it re-exports from.
const pureModel = { treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/](model|sim|readout|lint|render|geometry)[\\/].+\.ts$/, sideEffects: false }] } };

// What the first screen runs, in one chunk (scripts/lib/firstScreenChunk.ts): 5 KB less than 26 small ones.
const entry = fileURLToPath(new URL('./index.html', import.meta.url));
let firstScreen: Set<string> | null = null;
const firstScreenChunk = {
  includeDependenciesRecursively: false,
  groups: [
    {
      name: (id: string, ctx: { getModuleInfo: (id: string) => ModuleInfoLike | null }) =>
        (firstScreen ??= firstScreenModules(entry, (m) => ctx.getModuleInfo(m))).has(id) ? 'start' : null,
    },
  ],
};

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'first-screen-chunk',
      buildStart: () => void (firstScreen = null),
      generateBundle: (_options, bundle) => checkStartChunk(bundle),
    },
    // Installable and offline after the first visit: the service worker precaches the built app,
    // the examples (they are JS chunks) and the icons. A new version waits until the person chooses
    // to update (src/io/offline.ts); it is never swapped in mid-edit.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Fivefold',
        short_name: 'Fivefold',
        description: 'Map the five layers of an organisation’s work for one initiative and simulate how AI compresses them.',
        theme_color: '#0f172a',
        background_color: '#f8fafc',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The app's largest chunk is well under this; the default 2 MB would be too near.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900, rolldownOptions: { ...pureModel, output: { codeSplitting: firstScreenChunk } }, modulePreload: { polyfill: false } },
  worker: { rolldownOptions: pureModel },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
  },
});
