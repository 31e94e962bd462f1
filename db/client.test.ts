import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { openDatabase, LedgerOpenError, LEDGER_APPLICATION_ID, BUSY_TIMEOUT_MS } from './client';
import { tempDbFile, migrationsWithOneMore } from './test-db';
import { debtors } from './schema';
import { catalogue } from '../i18n/catalogue';

const nl = (e: LedgerOpenError) => catalogue.format(e.text, 'nl');
const en = (e: LedgerOpenError) => catalogue.format(e.text, 'en');
const hashOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function openError(file: string, options?: Parameters<typeof openDatabase>[1]): LedgerOpenError {
  try {
    openDatabase(file, options).close();
  } catch (e) {
    expect(e).toBeInstanceOf(LedgerOpenError);
    return e as LedgerOpenError;
  }
  throw new Error(`${file} opened, but should have been refused`);
}

describe('openDatabase', () => {
  it('creates a WAL ledger marked as ours, with foreign keys on, a busy timeout and every table migrated', () => {
    const file = tempDbFile();
    const opened = openDatabase(file);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    expect(opened.sqlite.pragma('application_id', { simple: true })).toBe(LEDGER_APPLICATION_ID);
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['debtors', 'invoices', 'calls', 'payment_plans']));
    expect(opened.backupFile).toBeNull(); // a new file has nothing to protect
    expect(opened.readOnly).toBeNull();
    opened.close();
  });

  it('refuses a row that points nowhere', () => {
    const opened = openDatabase(tempDbFile());
    expect(() =>
      opened.sqlite.prepare("INSERT INTO invoices (debtor_id, number, invoice_date, due_date) VALUES (999, 'X', '2026-01-01', '2026-01-15')").run(),
    ).toThrow(/FOREIGN KEY/);
    opened.close();
  });

  it('copies an existing ledger aside before migrating and stops with a readable message when a migration fails', () => {
    const file = tempDbFile();
    const first = openDatabase(file);
    first.db.insert(debtors).values({ number: 'D1', name: 'Leeflang & Zn' }).run();
    first.close();

    const folder = migrationsWithOneMore(file, '9999_broken', 'ALTER TABLE debtors ADD COLUMN x TEXT;--> statement-breakpoint\nSELECT * FROM no_such_table;');
    const err = openError(file, { migrationsFolder: folder });
    expect(err.problem).toBe('migration_failed');
    expect(nl(err)).toMatch(/kon niet worden bijgewerkt/);
    expect(err.backupFile).toBeTruthy();
    expect(fs.existsSync(err.backupFile!)).toBe(true);
    expect(nl(err)).toContain(err.backupFile!);

    // The copy holds the data, and the failed migration left the live file as it was (one transaction).
    for (const f of [err.backupFile!, file]) {
      const again = openDatabase(f);
      expect(again.db.select().from(debtors).all().map((d) => d.name)).toEqual(['Leeflang & Zn']);
      const cols = again.sqlite.prepare('PRAGMA table_info(debtors)').all() as { name: string }[];
      expect(cols.some((c) => c.name === 'x')).toBe(false);
      again.close();
    }
  });

  it('names no backup when the copy could not be written, and migrates nothing then', () => {
    const file = tempDbFile();
    openDatabase(file).close();
    const folder = migrationsWithOneMore(file, '9999_more', 'ALTER TABLE debtors ADD COLUMN x TEXT;');
    const target = path.join(path.dirname(file), 'no-such-folder', 'copy.bak');
    const err = openError(file, { migrationsFolder: folder, backupPath: () => target });
    expect(err.problem).toBe('backup_failed');
    expect(err.backupFile).toBeNull();
    expect(fs.existsSync(target)).toBe(false);
    expect(nl(err)).not.toContain(target);
    expect(nl(err)).toMatch(/niets gewijzigd/);
    const again = openDatabase(file);
    expect((again.sqlite.prepare('PRAGMA table_info(debtors)').all() as { name: string }[]).some((c) => c.name === 'x')).toBe(false);
    again.close();
  });

  it("refuses another application's SQLite file and leaves it exactly as it was", () => {
    const file = tempDbFile('notes');
    const other = new Database(file);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('boodschappen')");
    other.close();
    const before = hashOf(file);
    const err = openError(file);
    expect(err.problem).toBe('foreign_file');
    expect(nl(err)).toMatch(/geen administratie van Belwijzer/);
    expect(en(err)).toMatch(/not a Belwijzer ledger/);
    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['notes.sqlite']); // no -wal/-shm either

    // Another application's id, even on an empty file, is not ours either.
    const marked = tempDbFile('marked');
    const m = new Database(marked);
    m.pragma('application_id = 1234');
    m.close();
    expect(openError(marked).problem).toBe('foreign_file');
  });

  it('refuses a file that is no database at all, unchanged', () => {
    const file = tempDbFile('letter');
    fs.writeFileSync(file, 'Geachte heer Visser, '.repeat(300));
    const before = hashOf(file);
    const err = openError(file);
    expect(err.problem).toBe('not_a_database');
    expect(nl(err)).toMatch(/geen database/);
    expect(hashOf(file)).toBe(before);
  });

  it('accepts a Belwijzer ledger from before the id, keeps its data and marks it', () => {
    const file = tempDbFile();
    const first = openDatabase(file);
    first.db.insert(debtors).values({ number: 'D1', name: 'Leeflang & Zn' }).run();
    first.sqlite.pragma('application_id = 0');
    first.close();
    const again = openDatabase(file);
    expect(again.sqlite.pragma('application_id', { simple: true })).toBe(LEDGER_APPLICATION_ID);
    expect(again.db.select().from(debtors).all().map((d) => d.name)).toEqual(['Leeflang & Zn']);
    again.close();
  });

  it('refuses a ledger that a newer Belwijzer has migrated further, with the advice to update, unchanged', () => {
    const file = tempDbFile();
    const folder = migrationsWithOneMore(file, '9999_newer', 'ALTER TABLE debtors ADD COLUMN newer_field TEXT;');
    openDatabase(file, { migrationsFolder: folder }).close(); // the newer release opened it
    const before = hashOf(file);
    const err = openError(file); // this release knows one migration less
    expect(err.problem).toBe('newer_ledger');
    expect(nl(err)).toMatch(/nieuwere versie van Belwijzer/);
    expect(nl(err)).toMatch(/Werk Belwijzer bij/);
    expect(en(err)).toMatch(/Update Belwijzer/);
    expect(hashOf(file)).toBe(before);
  });

  it('refuses to create a ledger in a folder that cannot be made, naming the folder', () => {
    const blocker = tempDbFile('blocker');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const err = openError(path.join(blocker, 'sub', 'belwijzer.sqlite'));
    expect(err.problem).toBe('folder_not_writable');
    expect(nl(err)).toContain(path.join(blocker, 'sub'));
  });
});
