// npm run preview [-- --db file.sqlite] [--port N] [--static dir]: serves the app for a browser on 127.0.0.1.
import path from 'node:path';
import fs from 'node:fs';
import { startPreviewServer } from './preview-server';
import { catalogue } from '../i18n/catalogue';
import { arg } from './cli-args';
import { startupErrorText } from './startup-error';
import { defaultDataFile } from './default-data-file';
import { compileContractWhenIdle } from '../handlers/compiled-contract';

const dbFile = path.resolve(arg('db') ?? process.env.BELWIJZER_DB ?? defaultDataFile());
const staticDir = path.resolve(arg('static') ?? 'dist/renderer');
if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
  console.error('De renderer is nog niet gebouwd: voer eerst `npm run build:renderer` uit.');
  process.exit(1);
}
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };

try {
  // The user's data file: a new one asks on the first screen for the own administration or the demo.
  const server = await startPreviewServer({ dbFile, staticDir, port: Number(arg('port') ?? 0), version: pkg.version, start: 'ask' });
  console.log(`Belwijzer (browservoorbeeld) draait op ${server.url}`);
  console.log(`Gegevensbestand: ${server.dbFile}`);
  for (const notice of [server.readOnly, server.warning]) if (notice) console.warn(catalogue.format(notice, 'nl'));
  console.log('Stoppen: Ctrl+C');
  void compileContractWhenIdle();
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(startupErrorText(error));
  process.exit(1);
}
