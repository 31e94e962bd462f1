// Keeps better-sqlite3 built for the runtime about to use it: Node (tests, preview) or Electron
// (start, packaging). One native build serves one ABI; a marker remembers which one is there, and
// we rebuild only when it does not match, so a user never has to think about ABIs.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('gebruik: node scripts/ensure-native.mjs node|electron');
  process.exit(2);
}

let pkgDir;
try {
  pkgDir = path.dirname(require.resolve('better-sqlite3/package.json'));
} catch {
  process.exit(0); // not installed yet (e.g. during the first npm ci, before dependencies exist)
}
const marker = path.join(pkgDir, 'build', 'belwijzer-runtime.txt');
const current = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : '';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function loadsInNode() {
  const probe = "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get()";
  return spawnSync(process.execPath, ['-e', probe], { cwd: path.dirname(pkgDir), stdio: 'ignore' }).status === 0;
}

if (target === 'node') {
  const want = `node-${process.versions.modules}`;
  if (current === want && loadsInNode()) process.exit(0);
  if (!loadsInNode()) {
    console.log('better-sqlite3 wordt voor Node gebouwd (eenmalig, kan een paar minuten duren)…');
    execFileSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', env: { ...process.env, npm_config_build_from_source: process.env.npm_config_build_from_source ?? '' } });
    if (!loadsInNode()) {
      console.error('better-sqlite3 laadt niet in Node, ook niet na opnieuw bouwen.');
      process.exit(1);
    }
  }
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, want);
} else {
  // The Electron binary itself: install scripts may have been skipped (CI, or npm's allowScripts).
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
    console.log('Electron wordt gedownload (eenmalig)…');
    execFileSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  }
  const electronVersion = require('electron/package.json').version;
  const want = `electron-${electronVersion}`;
  if (current === want) process.exit(0);
  console.log(`better-sqlite3 wordt voor Electron ${electronVersion} gebouwd…`);
  // @electron/rebuild (shipped with electron-builder) fetches a prebuilt binary where it can.
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-rebuild', '-f', '-w', 'better-sqlite3', '-v', electronVersion], { stdio: 'inherit' });
  fs.writeFileSync(marker, want);
}
