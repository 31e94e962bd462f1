// npm run dev [-- --db file.sqlite] [--port 5173]: the renderer with hot reload from Vite's dev server,
// the API from the preview's handlers on a demo ledger of its own (.dev/belwijzer.sqlite unless --db).
import path from 'node:path';
import fs from 'node:fs';
import { startDevServer } from './dev-server';
import { arg } from './cli-args';
import { startupErrorText } from './startup-error';

const dbFile = path.resolve(arg('db') ?? '.dev/belwijzer.sqlite');
fs.mkdirSync(path.dirname(dbFile), { recursive: true });
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };

try {
  const dev = await startDevServer({ dbFile, port: Number(arg('port') ?? 5173), version: pkg.version });
  console.log(`Belwijzer (ontwikkeling) draait op ${dev.url}`);
  console.log(`Gegevensbestand: ${dev.api.dbFile}`);
  console.log('Stoppen: Ctrl+C');
  const stop = () => dev.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(startupErrorText(error));
  process.exit(1);
}
