import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, MigrationError } from './client';
import { tempDbFile } from './test-db';
import { debtors } from './schema';

describe('openDatabase', () => {
  it('creates a WAL ledger with foreign keys on and every table migrated', () => {
    const file = tempDbFile();
    const opened = openDatabase(file);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['debtors', 'invoices', 'calls', 'payment_plans']));
    expect(opened.backupFile).toBeNull(); // a new file has nothing to protect
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

    // A broken next migration, as a bad release would ship it.
    const folder = fs.mkdtempSync(path.join(path.dirname(file), 'mig-'));
    fs.cpSync(path.join(import.meta.dirname, 'migrations'), folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now(), tag: '9999_broken', breakpoints: true });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(folder, '9999_broken.sql'), 'ALTER TABLE debtors ADD COLUMN x TEXT;--> statement-breakpoint\nSELECT * FROM no_such_table;');

    let caught: unknown;
    try {
      openDatabase(file, { migrationsFolder: folder });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MigrationError);
    const err = caught as MigrationError;
    expect(err.message).toMatch(/kon niet worden bijgewerkt/);
    expect(err.backupFile).toBeTruthy();
    expect(err.message).toContain(err.backupFile!);

    // The copy holds the data, and the failed migration left the live file as it was (one transaction).
    for (const f of [err.backupFile!, file]) {
      const again = openDatabase(f);
      expect(again.db.select().from(debtors).all().map((d) => d.name)).toEqual(['Leeflang & Zn']);
      const cols = again.sqlite.prepare('PRAGMA table_info(debtors)').all() as { name: string }[];
      expect(cols.some((c) => c.name === 'x')).toBe(false);
      again.close();
    }
  });
});
