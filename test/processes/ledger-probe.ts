// A start of Belwijzer on a ledger file, as its own process, for tests that need one: two first
// starts at once, or a start as a user who may not write the file. Prints one line
// `RESULT {json}`: what opening said, whether a save worked, and the files left in the folder.
//   tsx test/processes/ledger-probe.ts <file> [--barrier] [--migrations <folder>]
//   (--barrier: print "ready", then wait for a line on stdin before opening)
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'drizzle-orm';
import { openDatabase, LedgerOpenError } from '../../db/client';
import { seedDemo } from '../../handlers/demo-activity';
import { catalogue } from '../../i18n/catalogue';

const file = process.argv[2]!;
if (process.argv.includes('--barrier')) {
  console.log('ready');
  await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once('line', () => resolve()));
}

const folderFiles = () => fs.readdirSync(path.dirname(file)).sort();
const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? (error as Error).message);
let result: Record<string, unknown>;
try {
  const m = process.argv.indexOf('--migrations');
  const opened = openDatabase(file, m > 0 ? { migrationsFolder: process.argv[m + 1]! } : {});
  const created = opened.readOnly ? false : seedDemo(opened.db, '2026-11-23', { activity: true });
  const debtors = opened.sqlite.prepare('SELECT COUNT(*) AS n FROM debtors').get() as { n: number };
  let save = 'ok';
  try {
    opened.db.transaction((tx) => tx.run(sql`UPDATE debtors SET name = name WHERE id = (SELECT MIN(id) FROM debtors)`), { behavior: 'immediate' });
  } catch (error) {
    save = codeOf(error);
  }
  result = {
    ok: true,
    created,
    debtors: debtors.n,
    save,
    readOnly: opened.readOnly && catalogue.format(opened.readOnly, 'nl'),
  };
  opened.close();
} catch (error) {
  result =
    error instanceof LedgerOpenError
      ? { ok: false, problem: error.problem, text: catalogue.format(error.text, 'nl'), backupFile: error.backupFile }
      : { ok: false, problem: 'unexpected', text: String(error) };
}
console.log(`RESULT ${JSON.stringify({ ...result, files: folderFiles() })}`);
