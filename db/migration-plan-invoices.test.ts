// The plan_invoices migration records which invoices each plan covers. A plan agreed before plans named their
// invoices covered the debtor's open invoices issued by the day it was agreed that were not under a complaint
// then (as the schedule paused them); the invoices still open stand for those open then.
import path from 'node:path';
import { openDatabase } from './client';
import { migrationBefore, migrationsUpTo, tempDbFile } from './test-db';

describe('migration plan_invoices: the invoices a plan covers', () => {
  const file = tempDbFile();
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo(migrationBefore('_plan_invoices'), path.dirname(file)) });
  const run = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
  run("INSERT INTO debtors (id, number, name) VALUES (1, 'D1', 'Leeflang & Zn'), (2, 'D2', 'Hotel De Zwaan BV')");
  const invoice = (id: number, debtor: number, date: string, openCents: number) =>
    run('INSERT INTO invoices (id, debtor_id, number, invoice_date, due_date, open_cents) VALUES (?, ?, ?, ?, ?, ?)', id, debtor, String(1040 + id), date, date, openCents);
  invoice(1, 1, '2026-01-10', 17_849); // open, before the plan: covered
  invoice(2, 1, '2026-01-20', 289_824); // open, before the plan: covered
  invoice(3, 1, '2026-01-25', 0); // paid: nothing left to cover
  invoice(4, 1, '2026-01-28', 5_849); // under a complaint still open when the plan was agreed
  invoice(5, 1, '2026-02-01', 12_000); // its complaint was resolved before the plan: covered
  invoice(6, 1, '2026-02-05', 8_000); // complained about only after the plan was agreed: covered
  invoice(7, 1, '2026-03-01', 40_000); // issued after the plan: not covered
  invoice(8, 2, '2026-01-15', 109_000); // another debtor's
  invoice(9, 1, '2026-01-30', -2_000); // a credit note
  const complaint = (id: number, status: string, openedOn: string, resolvedOn: string | null, invoiceId: number) => {
    run('INSERT INTO complaints (id, debtor_id, status, description, opened_on, resolved_on) VALUES (?, 1, ?, ?, ?, ?)', id, status, 'Onjuist', openedOn, resolvedOn);
    run('INSERT INTO complaint_invoices (complaint_id, invoice_id) VALUES (?, ?)', id, invoiceId);
  };
  complaint(1, 'in_behandeling', '2026-02-01', null, 4);
  complaint(2, 'opgelost', '2026-02-02', '2026-02-05', 5);
  complaint(3, 'open', '2026-02-20', null, 6);
  run("INSERT INTO payment_plans (id, debtor_id, total_cents, status, agreed_on) VALUES (1, 1, 327673, 'active', '2026-02-10'), (2, 2, 109000, 'proposed', '2026-01-01')");
  old.close();

  const migrated = openDatabase(file);
  afterAll(() => migrated.close());

  it('covers the open invoices issued by the day the plan was agreed that were not under a complaint then', () => {
    expect(migrated.sqlite.prepare('SELECT plan_id, invoice_id FROM plan_invoices ORDER BY plan_id, invoice_id').all()).toEqual([
      { plan_id: 1, invoice_id: 1 },
      { plan_id: 1, invoice_id: 2 },
      { plan_id: 1, invoice_id: 5 },
      { plan_id: 1, invoice_id: 6 },
    ]);
  });

  it('leaves the plans as they were', () => {
    expect(migrated.sqlite.prepare('SELECT id, total_cents, status FROM payment_plans ORDER BY id').all()).toEqual([
      { id: 1, total_cents: 327673, status: 'active' },
      { id: 2, total_cents: 109000, status: 'proposed' },
    ]);
  });
});
