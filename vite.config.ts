import crypto from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * npm run dev: Vite and React Refresh inject inline scripts and styles, which the page's CSP
 * ('self' only) refuses. In development they carry a nonce, and the CSP names it; the build is untouched.
 */
function devCspNonce(nonce: string): Plugin {
  return {
    name: 'belwijzer-dev-csp-nonce',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/(script-src|style-src) 'self'/g, `$1 'self' 'nonce-${nonce}'`),
  };
}

// base './' so Electron can load the bundle from its custom protocol and the preview from any path.
export default defineConfig(({ command }) => {
  const nonce = crypto.randomBytes(16).toString('base64');
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), devCspNonce(nonce)],
    html: command === 'serve' ? { cspNonce: nonce } : {},
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      sourcemap: false,
    },
  };
});
