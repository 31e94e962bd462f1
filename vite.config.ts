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
        const app = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith('/renderer/app/start.tsx')));
        if (app?.type !== 'chunk') throw new Error('no chunk holds renderer/app/start.tsx: the entry (renderer/main.tsx) should import() it');
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

/**
 * The modules the first screen needs — renderer/app/start.tsx and everything it imports statically, less
 * what the entry already holds — in one chunk: the start chunk. Left to itself the bundler cuts them into
 * a chunk per set of screens sharing them (eight files instead of one), and the browser fetches no more
 * than six at once from the preview: the first screen would wait for the seventh. The other screens stay
 * chunks of their own (renderer/app/routes.tsx).
 */
function firstScreenInOneChunk(): { plugin: Plugin; inStartChunk: (id: string) => boolean } {
  const firstScreen = new Set<string>();
  return {
    plugin: {
      name: 'belwijzer-first-screen-in-one-chunk',
      apply: 'build',
      buildEnd() {
        const staticImports = (from: string | undefined) => {
          const seen = new Set<string>();
          const todo = from ? [from] : [];
          for (let id = todo.pop(); id !== undefined; id = todo.pop())
            if (!seen.has(id)) {
              seen.add(id);
              todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
            }
          return seen;
        };
        const ids = [...this.getModuleIds()];
        const inEntry = staticImports(ids.find((id) => id.endsWith('/renderer/main.tsx')));
        const start = ids.find((id) => id.endsWith('/renderer/app/start.tsx'));
        if (!start) throw new Error('renderer/app/start.tsx is not part of the build');
        for (const id of staticImports(start)) if (!inEntry.has(id)) firstScreen.add(id);
      },
    },
    inStartChunk: (id) => firstScreen.has(id),
  };
}

// base './' so Electron can load the bundle from its custom protocol and the preview from any path.
export default defineConfig(({ command }) => {
  const nonce = crypto.randomBytes(16).toString('base64');
  const startChunk = firstScreenInOneChunk();
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), devCspNonce(nonce), loadAppChunkBeside(), startChunk.plugin],
    html: command === 'serve' ? { cspNonce: nonce } : {},
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start', test: startChunk.inStartChunk, includeDependenciesRecursively: false }] } } },
    },
  };
});
