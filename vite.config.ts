import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so Electron can load the bundle from its custom protocol and the preview from any path.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
  },
});
