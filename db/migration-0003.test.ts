// Migration 0003 brings a ledger kept before the dunning ledger up to it: each call gets its outcome code,
// and the reminders sent and calls made are recorded per invoice, so the schedule does not ask them again.
// A ledger is built at migration 0001 with rows as the app wrote them then, and opened by this release.
import path from 'node:path';
import { openDatabase } from './client';
import { migrationsUpTo, tempDbFile } from './test-db';

describe('migration 0003: the dunning ledger from the history', () => {
  const file = tempDbFile();
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo('0001_task_titles_and_summaries_as_messages', path.dirname(file)) });
  const run = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
  run("INSERT INTO debtors (id, number, name, delivery_stop) VALUES (1, 'D1', 'Leeflang & Zn', 1), (2, 'D2', 'Drukkerij Smit & Co', 0)");
  run("INSERT INTO invoices (id, debtor_id, number, invoice_date, due_date) VALUES (10, 1, '123', '2026-02-16', '2026-03-02'), (11, 1, '456', '2026-03-01', '2026-03-15'), (20, 2, '789', '2026-02-01', '2026-02-15')");
  const letter = (id: number, debtor: number, type: string, date: string, content: string, termEndsOn: string | null, invoices: number[]) => {
    run('INSERT INTO letters (id, debtor_id, type, letter_date, principal_cents, total_cents, term_ends_on, content) VALUES (?, ?, ?, ?, 100, 100, ?, ?)', id, debtor, type, date, termEndsOn, content);
    for (const i of invoices) run('INSERT INTO letter_invoices (letter_id, invoice_id, open_cents) VALUES (?, ?, 100)', id, i);
  };
  letter(1, 1, 'reminder1', '2026-03-03', '{"payBy":"2026-03-11"}', null, [10]);
  letter(2, 1, 'reminder3', '2026-03-23', '{"payBy":"2026-03-28"}', null, [10, 11]);
  letter(3, 1, 'confirmation', '2026-03-06', '{}', null, []); // not a step of the schedule
  letter(4, 2, 'reminder1', '2026-02-16', '{}', null, [20]); // recorded before letters kept their content
  const call = (id: number, debtor: number, result: string, startedAt: string, kind = 'collection') =>
    run("INSERT INTO calls (id, debtor_id, kind, tone, started_at, ended_at, duration_seconds, result, summary, machine_version) VALUES (?, ?, ?, 'zakelijk', ?, ?, 60, ?, '[]', 1)", id, debtor, kind, startedAt, startedAt, result);
  call(1, 1, 'agreement', '2026-03-06T09:00:00.000Z');
  run("INSERT INTO promises (id, debtor_id, call_id, promised_date, amount_cents, made_on) VALUES (1, 1, 1, '2026-03-10', 100, '2026-03-06')");
  call(2, 1, 'no_answer', '2026-03-16T09:00:00.000Z');
  // 23:30 UTC on 28 March is already Sunday 29 March in Amsterdam … and an hour later summer time has begun.
  call(3, 2, 'agreement', '2026-03-28T23:30:00.000Z');
  run("INSERT INTO call_steps (call_id, seq, step, at, data) VALUES (3, 0, 'alreadyPaid', '2026-03-28T23:31:00.000Z', '{\"excuse\":\"already_paid\"}')");
  call(4, 2, 'call_back', '2026-03-30T22:30:00.000Z');
  call(5, 2, 'complaint', '2026-04-01T09:00:00.000Z');
  call(6, 2, 'no_agreement', '2026-04-02T09:00:00.000Z');
  call(7, 1, 'preventive_confirmed', '2026-03-05T09:00:00.000Z', 'preventive');
  old.close();

  const migrated = openDatabase(file);
  afterAll(() => migrated.close());
  const all = (sql: string) => migrated.sqlite.prepare(sql).all();

  it('gives every call the outcome code its records show, the most binding first', () => {
    expect(all('SELECT id, outcome_code FROM calls ORDER BY id')).toEqual([
      { id: 1, outcome_code: 'promise' },
      { id: 2, outcome_code: 'no_answer' },
      { id: 3, outcome_code: 'paid_already' },
      { id: 4, outcome_code: 'call_back_agreed' },
      { id: 5, outcome_code: 'dispute_raised' },
      { id: 6, outcome_code: 'reached_no_agreement' },
      { id: 7, outcome_code: 'reached_agreement' },
    ]);
  });

  it('records each reminder for the invoices it named, with the ingebrekestelling’s pay-by day as its term', () => {
    expect(all("SELECT invoice_id, action, done_on, term_ends_on, letter_id FROM invoice_steps WHERE letter_id IS NOT NULL ORDER BY letter_id, invoice_id")).toEqual([
      { invoice_id: 10, action: 'reminder1', done_on: '2026-03-03', term_ends_on: null, letter_id: 1 },
      { invoice_id: 10, action: 'reminder3', done_on: '2026-03-23', term_ends_on: '2026-03-28', letter_id: 2 },
      { invoice_id: 11, action: 'reminder3', done_on: '2026-03-23', term_ends_on: '2026-03-28', letter_id: 2 },
      { invoice_id: 20, action: 'reminder1', done_on: '2026-02-16', term_ends_on: null, letter_id: 4 },
    ]);
  });

  it('records each collection call for the invoices past due on its day in Amsterdam, an attempt as not reached', () => {
    expect(all("SELECT call_id, invoice_id, done_on, reached FROM invoice_steps WHERE action = 'call' ORDER BY call_id, invoice_id")).toEqual([
      { call_id: 1, invoice_id: 10, done_on: '2026-03-06', reached: 1 },
      { call_id: 2, invoice_id: 10, done_on: '2026-03-16', reached: 0 },
      { call_id: 2, invoice_id: 11, done_on: '2026-03-16', reached: 0 },
      { call_id: 3, invoice_id: 20, done_on: '2026-03-29', reached: 1 },
      { call_id: 4, invoice_id: 20, done_on: '2026-03-31', reached: 1 },
      { call_id: 5, invoice_id: 20, done_on: '2026-04-01', reached: 1 },
      { call_id: 6, invoice_id: 20, done_on: '2026-04-02', reached: 1 },
    ]);
  });

  it('dates a delivery stop already set and records it for the debtor’s invoices past due, so it is not asked again', () => {
    const today = migrated.sqlite.prepare("SELECT date('now') AS d").get() as { d: string };
    expect(all('SELECT id, delivery_stop, delivery_stop_on FROM debtors ORDER BY id')).toEqual([
      { id: 1, delivery_stop: 1, delivery_stop_on: today.d },
      { id: 2, delivery_stop: 0, delivery_stop_on: null },
    ]);
    expect(all("SELECT invoice_id FROM invoice_steps WHERE action = 'delivery_stop' ORDER BY invoice_id")).toEqual([{ invoice_id: 10 }, { invoice_id: 11 }]);
  });
});
