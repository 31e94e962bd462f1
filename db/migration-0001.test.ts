// Migration 0001 turns the Dutch task titles and call summaries of an existing ledger into messages.
// A ledger is built at migration 0000 with rows as the app wrote them then, and opened by this release.
import fs from 'node:fs';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { openDatabase } from './client';
import { calls, tasks } from './schema';
import { migrationsUpTo, tempDbFile } from './test-db';

describe('migration 0001: task titles and call summaries become messages', () => {
  const file = tempDbFile();
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo('0000_initial', path.dirname(file)) });
  const run = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
  run("INSERT INTO debtors (id, number, name) VALUES (1, 'D1', 'Leeflang & Zn')");
  run("INSERT INTO calls (id, debtor_id, tone, started_at, ended_at, duration_seconds, result, summary, machine_version) VALUES (?, 1, 'zakelijk', '2026-03-02T09:00:00.000Z', '2026-03-02T09:05:00.000Z', 300, 'agreement', ?, 1)",
    1, 'U betaalt € 178,49 uiterlijk op 6 maart 2026.\nWij sturen vandaag een kopie van factuur 123 naar de boekhouding.\nU ontvangt de afspraken ook per brief.');
  run("INSERT INTO calls (id, debtor_id, tone, started_at, ended_at, duration_seconds, result, summary, machine_version) VALUES (2, 1, 'zakelijk', '2026-03-03T09:00:00.000Z', '2026-03-03T09:01:00.000Z', 60, 'no_answer', '', 1)");
  run("INSERT INTO promises (id, debtor_id, call_id, promised_date, amount_cents, status, made_on) VALUES (4, 1, 1, '2026-03-06', 17849, 'broken', '2026-03-02')");
  const task = (id: number, type: string, title: string, extra = '') =>
    run(`INSERT INTO tasks (id, debtor_id, call_id, type, title, due_date${extra ? ', promise_id' : ''}) VALUES (?, 1, 1, ?, ?, '2026-03-09'${extra ? `, ${extra}` : ''})`, id, type, title);
  task(1, 'call_back', 'Betaalbelofte van 6 maart 2026 (€ 178,49) niet nagekomen', '4');
  task(2, 'send_confirmation_letter', 'Bevestigingsbrief sturen met de gemaakte afspraken');
  task(3, 'send_ingebrekestelling', 'Ingebrekestelling sturen: betalingsregeling niet nagekomen');
  task(4, 'hand_over', 'Vordering uit handen geven als er niet is betaald');
  task(5, 'call_back', 'Terugbellen: klant had geen tijd');
  task(6, 'call_back', 'Terugbellen mevr. De Vries: verantwoordelijke was niet bereikbaar');
  task(7, 'verify_payment', 'Controleren of € 178,49 (belofte voor 6 maart 2026) binnen is');
  // A promise-like title on a task without its promise cannot be rebuilt: it is kept as it was.
  task(8, 'call_back', 'Betaalbelofte van 1 maart 2026 (€ 5,00) niet nagekomen');
  old.close();

  const migrated = openDatabase(file);
  afterAll(() => migrated.close());

  it('copied the ledger aside before changing it', () => {
    expect(migrated.backupFile).toBeTruthy();
    expect(fs.existsSync(migrated.backupFile!)).toBe(true);
  });

  it('keeps each recorded recap line as a message of its own, in order; an empty summary is no lines', () => {
    const rows = migrated.db.select({ id: calls.id, summary: calls.summary }).from(calls).orderBy(asc(calls.id)).all();
    expect(rows).toEqual([
      {
        id: 1,
        summary: [
          { key: 'recap.legacy', params: { text: 'U betaalt € 178,49 uiterlijk op 6 maart 2026.' } },
          { key: 'recap.legacy', params: { text: 'Wij sturen vandaag een kopie van factuur 123 naar de boekhouding.' } },
          { key: 'recap.legacy', params: { text: 'U ontvangt de afspraken ook per brief.' } },
        ],
      },
      { id: 2, summary: [] },
    ]);
  });

  it('rebuilds a broken promise from its promise, names fixed sentences by key, and keeps every other title as written', () => {
    const rows = migrated.db.select({ id: tasks.id, title: tasks.title }).from(tasks).orderBy(asc(tasks.id)).all();
    expect(rows.map((r) => r.title)).toEqual([
      { key: 'task.promise_broken', params: { date: { date: '2026-03-06' }, amount: { cents: 17849 } } },
      { key: 'task.send_confirmation_letter' },
      { key: 'task.plan_defaulted' },
      { key: 'task.hand_over.unpaid_after_notice' },
      { key: 'task.call_back.no_time' },
      { key: 'task.legacy.call_back', params: { text: 'Terugbellen mevr. De Vries: verantwoordelijke was niet bereikbaar' } },
      { key: 'task.legacy.verify_payment', params: { text: 'Controleren of € 178,49 (belofte voor 6 maart 2026) binnen is' } },
      { key: 'task.legacy.call_back', params: { text: 'Betaalbelofte van 1 maart 2026 (€ 5,00) niet nagekomen' } },
    ]);
  });

  it('leaves the other columns and rows as they were', () => {
    expect(migrated.sqlite.prepare('SELECT id, type, due_date, promise_id, status FROM tasks ORDER BY id').all()).toHaveLength(8);
    expect(migrated.sqlite.prepare('SELECT result, duration_seconds FROM calls ORDER BY id').all()).toEqual([
      { result: 'agreement', duration_seconds: 300 },
      { result: 'no_answer', duration_seconds: 60 },
    ]);
    expect(migrated.sqlite.prepare('SELECT promised_date, status FROM promises').all()).toEqual([{ promised_date: '2026-03-06', status: 'broken' }]);
  });
});
