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

/**
 * The app's chunk (renderer/app/start.tsx) is loaded by the entry's import() once the opening requests
 * are sent. index.html names it too, as a second module script: the browser fetches and compiles it from
 * the start, beside the entry, instead of after it (module scripts run in document order, so the entry
 * still runs first; the import() then finds the same module), and the page's load event still means the
 * app is loaded. Its styles are linked in the head, its own imports get modulepreload links.
 */
function loadAppChunkBeside(): Plugin {
  return {
    name: 'belwijzer-load-app-chunk-beside',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const app = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith('/renderer/app/start.tsx'));
        if (app?.type !== 'chunk') throw new Error('renderer/app/start.tsx is not a chunk of its own: the entry (renderer/main.tsx) should import() it');
        return [
          // Its styles in the head as before, not added by the import() (which would leave the first render unstyled).
          ...[...(app.viteMetadata?.importedCss ?? [])].map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          ...app.imports
            .filter((file) => !html.includes(file))
            .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          { tag: 'script', attrs: { type: 'module', crossorigin: true, src: `./${app.fileName}` }, injectTo: 'head' },
        ];
      },
    },
  };
}

// base './' so Electron can load the bundle from its custom protocol and the preview from any path.
export default defineConfig(({ command }) => {
  const nonce = crypto.randomBytes(16).toString('base64');
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), devCspNonce(nonce), loadAppChunkBeside()],
    html: command === 'serve' ? { cspNonce: nonce } : {},
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      sourcemap: false,
    },
  };
});
