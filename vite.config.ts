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
 * Chunks that are one file each: `start`, the modules the first screen needs (renderer/app/start.tsx and
 * everything it imports statically, less what the entry holds), and `today`, what Vandaag adds to them
 * (its code is loaded right after the first paint, renderer/app/routes.tsx). Left to itself the bundler
 * cuts them into a chunk per set of screens sharing them — eight files for the first screen, fifteen for
 * Vandaag — and the browser fetches no more than six at once: the screen waits for the seventh, and each
 * file waits its turn behind the handlers' answers (the preview and Electron serve files and answer on one
 * thread). The other screens stay chunks of their own, sharing what the bundler finds shared.
 */
const ONE_FILE_CHUNKS = { start: '/renderer/app/start.tsx', today: '/renderer/worklist/WorklistScreen.tsx' };

function oneFileChunks(): { plugin: Plugin; chunkOf: (name: keyof typeof ONE_FILE_CHUNKS) => (id: string) => boolean } {
  const modules = new Map<string, Set<string>>();
  return {
    plugin: {
      name: 'belwijzer-one-file-chunks',
      apply: 'build',
      buildEnd() {
        const staticImports = (from: string) => {
          const seen = new Set<string>();
          const todo = [from];
          for (let id = todo.pop(); id !== undefined; id = todo.pop())
            if (!seen.has(id)) {
              seen.add(id);
              todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
            }
          return seen;
        };
        const ids = [...this.getModuleIds()];
        const moduleOf = (path: string) => {
          const id = ids.find((i) => i.endsWith(path));
          if (!id) throw new Error(`${path} is not part of the build`);
          return id;
        };
        // Each chunk: its root's static imports less those of the entry and of the chunks before it.
        const taken = staticImports(moduleOf('/renderer/main.tsx'));
        for (const [name, root] of Object.entries(ONE_FILE_CHUNKS)) {
          const own = new Set([...staticImports(moduleOf(root))].filter((id) => !taken.has(id)));
          for (const id of own) taken.add(id);
          modules.set(name, own);
        }
      },
    },
    chunkOf: (name) => (id) => modules.get(name)?.has(id) ?? false,
  };
}

// base './' so Electron can load the bundle from its custom protocol and the preview from any path.
export default defineConfig(({ command }) => {
  const nonce = crypto.randomBytes(16).toString('base64');
  const chunks = oneFileChunks();
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), devCspNonce(nonce), loadAppChunkBeside(), chunks.plugin],
    html: command === 'serve' ? { cspNonce: nonce } : {},
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: (['start', 'today'] as const).map((name) => ({ name, test: chunks.chunkOf(name), includeDependenciesRecursively: false })),
          },
        },
      },
    },
  };
});
