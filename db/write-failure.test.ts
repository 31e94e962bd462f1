import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ledgerWriteFailure } from './write-failure';
import { openDatabase } from './client';
import { tempDbFile } from './test-db';

const thrownBy = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
};

describe('a write the ledger file refused', () => {
  it('on a read-only connection: says the ledger can only be viewed', () => {
    const file = tempDbFile();
    openDatabase(file).close();
    const ro = new Database(file, { readonly: true });
    expect(ledgerWriteFailure(thrownBy(() => ro.prepare("INSERT INTO debtors (number, name) VALUES ('1', 'x')").run()))).toEqual({ key: 'ledger.readOnly' });
    ro.close();
  });

  it('while another process holds the write lock past the busy timeout: says the ledger is busy', () => {
    const file = tempDbFile();
    const a = openDatabase(file);
    const b = new Database(file);
    b.pragma('busy_timeout = 0');
    a.sqlite.prepare('BEGIN IMMEDIATE').run();
    expect(ledgerWriteFailure(thrownBy(() => b.prepare("INSERT INTO debtors (number, name) VALUES ('1', 'x')").run()))).toEqual({ key: 'ledger.busy' });
    a.sqlite.prepare('ROLLBACK').run();
    b.close();
    a.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('anything else is not the file’s doing', () => {
    const opened = openDatabase(tempDbFile());
    expect(ledgerWriteFailure(thrownBy(() => opened.sqlite.prepare("INSERT INTO invoices (debtor_id, number, invoice_date, due_date) VALUES (999, 'X', '2026-01-01', '2026-01-15')").run()))).toBeNull();
    expect(ledgerWriteFailure(new Error('boom'))).toBeNull();
    expect(ledgerWriteFailure(null)).toBeNull();
    opened.close();
  });
});
