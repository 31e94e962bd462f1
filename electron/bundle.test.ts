// The sandboxed preload may require nothing but 'electron'; main bundles everything but Electron and
// the native SQLite module. Built the way scripts/build-electron.mjs builds them.
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

async function bundle(entry: string, external: string[]) {
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', write: false, external, logLevel: 'silent', define: { 'import.meta.url': '""' } });
  const text = out.outputFiles[0]!.text;
  return { text, requires: [...new Set([...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))].sort() };
}

describe('Electron bundles', () => {
  it('preload requires only electron and carries no ipcRenderer pass-through', async () => {
    const { requires, text } = await bundle('electron/preload.ts', ['electron']);
    expect(requires).toEqual(['electron']);
    expect(text).toContain('exposeInMainWorld("belwijzer"');
    expect(text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });

  it('main loads only Electron, the native SQLite module and Node built-ins at run time', async () => {
    const { requires } = await bundle('electron/main.ts', ['electron', 'better-sqlite3']);
    // Node's built-ins are there at run time, with or without 'node:' (the XLSX and CSV parsers use them bare).
    expect(requires.filter((r) => !r!.startsWith('node:') && !builtinModules.includes(r!))).toEqual(['better-sqlite3', 'electron']);
  }, 30_000);
});
