// Checks, before the app, the preview or the tests start, that this Node can run Belwijzer, and that
// the Electron binary is there before `npm start`. better-sqlite3 13 ships a Node-API build per platform
// in its npm package; Node-API is one ABI for Node ≥ 22 and Electron alike, so nothing is compiled or
// rebuilt. On an older Node that build crashes the process instead of failing: say so first.
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

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Belwijzer heeft Node.js 22.12 of nieuwer nodig; dit is ${process.version}. Installeer Node.js 22 (https://nodejs.org) en voer het commando opnieuw uit.`);
  console.error(`Belwijzer needs Node.js 22.12 or later; this is ${process.version}.`);
  process.exit(1);
}

let pkgDir;
try {
  pkgDir = path.dirname(require.resolve('better-sqlite3/package.json'));
} catch {
  process.exit(0); // not installed yet (e.g. during the first npm ci, before dependencies exist)
}

if (target === 'node') {
  const probe = "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get()";
  const loads = spawnSync(process.execPath, ['-e', probe], { cwd: path.dirname(pkgDir), stdio: 'inherit' });
  if (loads.status !== 0) {
    console.error(`better-sqlite3 laadt niet in Node ${process.version} op ${process.platform}-${process.arch}: voer 'npm ci' opnieuw uit.`);
    process.exit(1);
  }
} else {
  // The Electron binary itself: install scripts may have been skipped (CI, or npm's allowScripts).
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
    console.log('Electron wordt gedownload (eenmalig)…');
    execFileSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  }
}
