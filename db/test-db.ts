// Real temporary SQLite files for tests: same migrations, same pragmas as the app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from './client';

export function tempDbFile(name = 'belwijzer'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-test-'));
  return path.join(dir, `${name}.sqlite`);
}

/** A freshly migrated ledger in a temporary file; call close() when done. */
export function openTestDatabase(): OpenedDatabase {
  return openDatabase(tempDbFile());
}
