// The migration that stores today's worklist (worklist_store) starts with nothing stored: a ledger whose
// day was already settled before it gets its worklist made on the first request that reads it, equal to
// the live one. From then on every write that changes a debtor's worklist facts marks that debtor (and
// only that debtor) stale, whoever writes it: here plain SQL, as an import or another process would.
import path from 'node:path';
import { openDatabase } from '../db/client';
import { migrationBefore, migrationsUpTo, tempDbFile } from '../db/test-db';
import { dispatch } from '../handlers/dispatch';
import type { HandlerContext } from '../handlers/context';
import { worklistOn } from '../handlers/worklist';

const TODAY = '2026-03-16';

describe('migration worklist_store: the day’s worklist, stored and marked stale by what changes it', () => {
  const file = tempDbFile();
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo(migrationBefore('_worklist_store'), path.dirname(file)) });
  const run = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
  run("INSERT INTO debtors (id, number, name) VALUES (1, 'D1', 'Leeflang & Zn'), (2, 'D2', 'Hotel De Zwaan BV'), (3, 'D3', 'Bakker 2')");
  run("INSERT INTO invoices (id, debtor_id, number, invoice_date, due_date) VALUES (1, 1, '123', '2026-01-10', '2026-02-09'), (2, 2, '456', '2026-02-01', '2026-03-03'), (3, 3, '789', '2026-02-20', '2026-03-02')");
  run("INSERT INTO invoice_lines (invoice_id, description, amount_cents) VALUES (1, 'schoenen', 17849), (2, 'laarzen', 289824), (3, 'sokken', 5000)");
  // The day was settled before the migration: the day's start does not come again today.
  run("INSERT INTO settings (key, value) VALUES ('day.settledThrough', ?)", JSON.stringify(TODAY));
  old.close();

  const migrated = openDatabase(file);
  afterAll(() => migrated.close());
  const ctx: HandlerContext = { db: migrated.db, now: () => new Date(`${TODAY}T09:00:00Z`), dataFile: file, transport: 'preview', version: 'test', demoLedgerCreated: false };
  const sql = migrated.sqlite;
  const stale = () => sql.prepare('SELECT debtor_id FROM worklist_stale ORDER BY debtor_id').pluck().all();
  const clearStale = () => sql.prepare('DELETE FROM worklist_stale').run();

  it('stores nothing until the worklist is first read, then the list the rules give', async () => {
    expect(sql.prepare('SELECT COUNT(*) FROM worklist_lines').pluck().get()).toBe(0);
    expect(sql.prepare('SELECT * FROM worklist_evaluation').all()).toEqual([]);
    const page = await dispatch(ctx, 'worklist:list', {});
    expect(page.ok).toBe(true);
    const lines = (page as { data: { lines: { key: string }[] } }).data.lines;
    expect(lines.map((l) => l.key)).toEqual(worklistOn(migrated.db, TODAY, '10:00').lines.map((l) => l.key));
    expect(lines.map((l) => l.key)).toEqual(expect.arrayContaining(['letter:1', 'letter:2', 'letter:3']));
    expect(sql.prepare('SELECT date FROM worklist_evaluation').pluck().get()).toBe(TODAY);
    expect(sql.prepare('SELECT DISTINCT debtor_id FROM worklist_lines ORDER BY 1').pluck().all()).toEqual([1, 2, 3]);
    expect(stale()).toEqual([]);
  });

  it.each([
    ['a payment allocated to an invoice', "INSERT INTO payments (id, debtor_id, received_on, amount_cents) VALUES (1, 2, '2026-03-16', 1000); INSERT INTO payment_allocations (payment_id, invoice_id, kind, amount_cents) VALUES (1, 2, 'principal', 1000)", [2]],
    ['a letter recorded as a step of an invoice', "INSERT INTO invoice_steps (invoice_id, action, done_on) VALUES (3, 'reminder1', '2026-03-16')", [3]],
    ['a complaint about an invoice', "INSERT INTO complaints (id, debtor_id, status, description, opened_on) VALUES (1, 1, 'open', 'Onjuist', '2026-03-16'); INSERT INTO complaint_invoices (complaint_id, invoice_id) VALUES (1, 1)", [1]],
    ['a call-back', `INSERT INTO tasks (debtor_id, type, title, due_date, due_time) VALUES (3, 'call_back', '{"key":"task.legacy.other","params":{"text":"x"}}', '2026-03-16', '11:00')`, [3]],
    ['a line put aside', "INSERT INTO worklist_snoozes (debtor_id, line_key, until, reason, snoozed_on) VALUES (1, 'letter:1', '2026-03-20', 'Vakantie', '2026-03-16')", [1]],
    ['a debtor renamed', "UPDATE debtors SET name = 'Leeflang en Zonen' WHERE id = 1", [1]],
    ['an invoice moved to another debtor', 'UPDATE invoices SET debtor_id = 2 WHERE id = 1', [1, 2]],
  ])('marks the debtor stale on %s, and no other', (_, statements, debtors) => {
    clearStale();
    sql.exec(statements);
    expect(stale()).toEqual(debtors);
  });

  it('marks a debtor already stale without failing, also from a statement with its own conflict handling (a snooze moved by UPSERT)', () => {
    clearStale();
    sql.exec("UPDATE debtors SET name = 'Leeflang & Zonen' WHERE id = 1");
    sql.exec("INSERT INTO worklist_snoozes (debtor_id, line_key, until, reason, snoozed_on) VALUES (1, 'letter:1', '2026-03-27', 'Later', '2026-03-16') ON CONFLICT (line_key) DO UPDATE SET until = excluded.until, reason = excluded.reason");
    sql.exec("INSERT OR REPLACE INTO worklist_snoozes (debtor_id, line_key, until, reason, snoozed_on) VALUES (3, 'letter:3', '2026-03-27', 'Later', '2026-03-16')");
    expect(stale()).toEqual([1, 3]);
    expect(sql.prepare("SELECT until FROM worklist_snoozes WHERE line_key = 'letter:1'").pluck().get()).toBe('2026-03-27');
  });

  it('leaves the stored worklist alone for what it does not read: a task to check a payment, the debtor list’s figures', () => {
    clearStale();
    sql.exec(`INSERT INTO tasks (debtor_id, type, title, due_date) VALUES (2, 'verify_payment', '{"key":"task.legacy.other","params":{"text":"x"}}', '2026-03-20')`);
    sql.exec("UPDATE debtors SET city = 'Zwolle' WHERE id = 2");
    expect(stale()).toEqual([]);
  });
});
