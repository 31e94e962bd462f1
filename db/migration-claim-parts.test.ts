// The claim_parts migration adds the claim parts (costs and interest beside the principal, art. 6:44 BW) and books
// the costs an existing ledger's letters claimed: the latest letter's, once per debtor.
import path from 'node:path';
import { openDatabase } from './client';
import { migrationBefore, migrationsUpTo, tempDbFile } from './test-db';

describe('migration claim_parts: the claim parts', () => {
  const file = tempDbFile();
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo(migrationBefore('_claim_parts'), path.dirname(file)) });
  const run = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
  run("INSERT INTO debtors (id, number, name) VALUES (1, 'D1', 'Leeflang & Zn'), (2, 'D2', 'Hotel De Zwaan BV')");
  const letter = (id: number, debtor: number, type: string, date: string, principal: number, costs: number) =>
    run('INSERT INTO letters (id, debtor_id, type, letter_date, principal_cents, costs_cents, interest_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, 0, ?)', id, debtor, type, date, principal, costs, principal + costs);
  letter(1, 1, 'reminder1', '2026-06-01', 313_522, 0);
  letter(2, 1, 'reminder3', '2026-06-22', 313_522, 43_852);
  letter(3, 1, 'handover_dossier', '2026-07-01', 313_522, 43_852);
  letter(4, 2, 'reminder2', '2026-06-11', 109_000, 0);
  old.close();

  const migrated = openDatabase(file);
  afterAll(() => migrated.close());

  it('books the costs of the latest letter that charged them, once, with the principal they ran over', () => {
    expect(migrated.sqlite.prepare('SELECT debtor_id, invoice_id, kind, amount_cents, through, base_cents, letter_id, payment_id FROM claim_parts').all()).toEqual([
      { debtor_id: 1, invoice_id: null, kind: 'costs', amount_cents: 43_852, through: '2026-07-01', base_cents: 313_522, letter_id: 3, payment_id: null },
    ]);
  });

  it('leaves the letters as they were', () => {
    expect(migrated.sqlite.prepare('SELECT COUNT(*) AS n FROM letters').get()).toEqual({ n: 4 });
  });
});
