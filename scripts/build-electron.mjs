// Bundles the Electron main process and the sandboxed preload into dist-electron/ (CommonJS).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist-electron/main.cjs',
  // Native and Electron modules load at run time; drizzle's migrator reads the SQL files itself.
  external: ['electron', 'better-sqlite3'],
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist-electron/preload.cjs',
  external: ['electron'],
});
console.log('dist-electron/main.cjs and preload.cjs built');
