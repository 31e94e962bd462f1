import { openTestDatabase } from './test-db';
import { seedDemoLedger } from './demo-ledger';
import { insertDebtor, insertInvoice } from './test-fixtures';
import { debtorListPage, debtorListTotals, type DebtorListQuery } from './debtor-list.repo';

const TODAY = '2026-11-23';
const first = (search = '', more: Partial<DebtorListQuery> = {}) =>
  ({ search, sort: 'overdue', direction: 'asc', limit: 100, after: null, ...more }) as DebtorListQuery;

describe('the debtor list on the demo ledger', () => {
  it('shows Leeflang & Zn owing € 3.135,22 on invoices 123, 456 and 789, oldest due 14 days before today', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const { rows } = debtorListPage(db, first());
    expect(rows.length).toBeGreaterThanOrEqual(13);
    expect(rows.find((r) => r.name === 'Leeflang & Zn')).toMatchObject({ openCents: 313522, openInvoiceCount: 3, oldestDueDate: '2026-11-09' });
    close();
  });

  it('lists the longest overdue first, debtors with nothing open last', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const due = debtorListPage(db, first()).rows.map((r) => r.oldestDueDate ?? '9999');
    expect([...due].sort()).toEqual(due);
    close();
  });

  it('leaves the unpaid part of a partly paid invoice open', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const [smit] = debtorListPage(db, first('smit')).rows;
    expect(smit).toMatchObject({ name: 'Drukkerij Smit & Co', openCents: 165289 + Math.round(165289 * 0.21) - 100000 });
    close();
  });

  it('reads % and _ as the characters typed, and finds name, number or city whatever the case', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const names = (search: string) => debtorListPage(db, first(search)).rows.map((d) => d.name).sort();
    expect(names('%')).toEqual([]);
    expect(names('_')).toEqual([]);
    expect(names("'t hoekje")).toEqual(["Restaurant 't Hoekje"]);
    expect(names('WEESP')).toEqual(['Bakkerij Van Dam BV', 'Leeflang & Zn']);
    expect(names('10023')).toEqual(['Leeflang & Zn']);
    expect(debtorListTotals(db, 'weesp')).toEqual({ count: 2, openCents: expect.any(Number) });
    close();
  });
});

describe('what is open, kept by the ledger itself', () => {
  it('follows every write to lines, allocations and invoices, whoever makes it', () => {
    const { db, sqlite, close } = openTestDatabase();
    const a = insertDebtor(db, { name: 'A' });
    const b = insertDebtor(db, { name: 'B' });
    const one = insertInvoice(db, a, { dueDate: '2026-10-01', lines: [10000, 2100] });
    insertInvoice(db, a, { dueDate: '2026-11-01', lines: [5000] });
    const stored = () =>
      sqlite.prepare('SELECT id, open_cents, open_invoice_count, oldest_open_due FROM debtors ORDER BY id').all() as Record<string, unknown>[];
    // The same figures summed from scratch.
    const summed = () =>
      sqlite
        .prepare(
          `SELECT d.id, COALESCE(SUM(o.open), 0) AS open_cents, COUNT(o.open) AS open_invoice_count, MIN(o.due) AS oldest_open_due FROM debtors d LEFT JOIN (
             SELECT i.debtor_id, i.due_date AS due,
               (SELECT COALESCE(SUM(amount_cents), 0) FROM invoice_lines WHERE invoice_id = i.id)
               - (SELECT COALESCE(SUM(amount_cents), 0) FROM payment_allocations WHERE invoice_id = i.id AND kind = 'principal') AS open
             FROM invoices i) o ON o.debtor_id = d.id AND o.open > 0
           GROUP BY d.id ORDER BY d.id`,
        )
        .all();
    expect(stored()).toEqual([
      { id: a, open_cents: 17100, open_invoice_count: 2, oldest_open_due: '2026-10-01' },
      { id: b, open_cents: 0, open_invoice_count: 0, oldest_open_due: null },
    ]);
    const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);
    run("INSERT INTO payments (id, debtor_id, received_on, amount_cents) VALUES (1, ?, '2026-11-20', 12100)", a);
    run("INSERT INTO payment_allocations (payment_id, invoice_id, kind, amount_cents) VALUES (1, ?, 'principal', 12100)", one);
    expect(stored()[0]).toEqual({ id: a, open_cents: 5000, open_invoice_count: 1, oldest_open_due: '2026-11-01' });
    run("INSERT INTO payment_allocations (payment_id, invoice_id, kind, amount_cents) VALUES (1, NULL, 'unallocated', 500)");
    run("UPDATE payment_allocations SET amount_cents = 100 WHERE invoice_id = ? AND kind = 'principal'", one);
    expect(stored()).toEqual(summed());
    run("UPDATE payment_allocations SET kind = 'costs' WHERE invoice_id = ?", one);
    run('DELETE FROM invoice_lines WHERE amount_cents = 2100');
    run("UPDATE invoices SET due_date = '2026-09-15' WHERE id = ?", one);
    expect(stored()).toEqual(summed());
    run('UPDATE invoices SET debtor_id = ? WHERE id = ?', b, one);
    expect(stored()).toEqual(summed());
    run('UPDATE invoice_lines SET amount_cents = amount_cents + 1');
    run('DELETE FROM payment_allocations');
    expect(stored()).toEqual(summed());
    expect(stored()[1]).toMatchObject({ id: b, open_invoice_count: 1, oldest_open_due: '2026-09-15' });
    close();
  });
});
