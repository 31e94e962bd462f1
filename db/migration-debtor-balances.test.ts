// The migration that stores what is open per invoice and per debtor fills it in for an existing ledger
// (built at the migration before it, with rows as the app wrote them then) and keeps it from then on.
import path from 'node:path';
import { openDatabase } from './client';
import { migrationBefore, migrationsUpTo, tempDbFile } from './test-db';

describe('migration debtor_balances: what is open, stored per invoice and per debtor', () => {
  const file = tempDbFile();
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo(migrationBefore('_debtor_balances'), path.dirname(file)) });
  const run = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
  run("INSERT INTO debtors (id, number, name) VALUES (1, 'D1', 'Leeflang & Zn'), (2, 'D2', 'Van Dam'), (3, 'D3', 'Zonder facturen')");
  run("INSERT INTO invoices (id, debtor_id, number, invoice_date, due_date) VALUES (1, 1, '123', '2026-10-01', '2026-10-31'), (2, 1, '456', '2026-10-10', '2026-11-09'), (3, 2, '789', '2026-09-01', '2026-10-01'), (4, 1, 'C1', '2026-10-20', '2026-10-20')");
  run("INSERT INTO invoice_lines (invoice_id, description, amount_cents) VALUES (1, 'schoenen', 10000), (1, 'btw', 2100), (2, 'laarzen', 5000), (3, 'sokken', 800), (4, 'creditnota retour', -1500)");
  run("INSERT INTO payments (id, debtor_id, received_on, amount_cents) VALUES (1, 1, '2026-11-01', 3000), (2, 2, '2026-11-01', 900)");
  run("INSERT INTO payment_allocations (payment_id, invoice_id, kind, amount_cents) VALUES (1, 1, 'principal', 3000), (2, 3, 'principal', 800), (2, NULL, 'unallocated', 100)");
  old.close();

  const migrated = openDatabase(file);
  afterAll(() => migrated.close());
  const debtors = () => migrated.sqlite.prepare('SELECT id, open_cents, open_invoice_count, oldest_open_due FROM debtors ORDER BY id').all();

  it('fills in each invoice and each debtor from the lines and payments already there, a credit note\'s credit taken off', () => {
    expect(migrated.sqlite.prepare('SELECT id, open_cents FROM invoices ORDER BY id').all()).toEqual([
      { id: 1, open_cents: 9100 },
      { id: 2, open_cents: 5000 },
      { id: 3, open_cents: 0 },
      { id: 4, open_cents: -1500 },
    ]);
    expect(debtors()).toEqual([
      { id: 1, open_cents: 12600, open_invoice_count: 2, oldest_open_due: '2026-10-31' },
      { id: 2, open_cents: 0, open_invoice_count: 0, oldest_open_due: null },
      { id: 3, open_cents: 0, open_invoice_count: 0, oldest_open_due: null },
    ]);
  });

  it('keeps them up to date on the next payment', () => {
    migrated.sqlite.prepare("INSERT INTO payments (id, debtor_id, received_on, amount_cents) VALUES (3, 1, '2026-11-20', 9100)").run();
    migrated.sqlite.prepare("INSERT INTO payment_allocations (payment_id, invoice_id, kind, amount_cents) VALUES (3, 1, 'principal', 9100)").run();
    expect(debtors()[0]).toEqual({ id: 1, open_cents: 3500, open_invoice_count: 1, oldest_open_due: '2026-11-09' });
  });
});
