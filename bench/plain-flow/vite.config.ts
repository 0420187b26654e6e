// The plain React Flow baseline page of scripts/fps-drag.ts, built apart from the app:
//   npx vite build --config bench/plain-flow/vite.config.ts --outDir /tmp/plain-flow
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  publicDir: false,
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
  logLevel: 'warn',
});
