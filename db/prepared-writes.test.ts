// The prepared writes store what drizzle's own insert and update stored: a null as SQL NULL (not the
// JSON text 'null' a column's mapping would make of it), the defaults for the columns left out, and
// each row its own values though the statement is reused; rows written many to a statement get their own ids.
import { openTestDatabase } from './test-db';
import { insertDebtor } from './test-fixtures';
import { closeOpenTasks, insertTask } from './tasks.repo';
import { insertPaymentsTogether } from './payments.repo';

describe('prepared writes', () => {
  it('store null as NULL, the defaults for what is left out, and each row its own values', () => {
    const { sqlite, db, close } = openTestDatabase();
    const debtorId = insertDebtor(db);
    const title = (text: string) => ({ key: 'task.legacy.other', params: { text } });
    const first = insertTask(db, { debtorId, type: 'call_back', title: title('Eerste'), dueDate: '2026-11-20', dueTime: null });
    const second = insertTask(db, { debtorId, type: 'call_back', title: title('Tweede'), dueDate: '2026-11-21', dueTime: '14:00' });
    const third = insertTask(db, { debtorId, type: 'other', title: title('Derde'), dueDate: '2026-11-22' });
    // Closed by hand (nothing closed it) and by a call (a message): the same statement shape once, then another.
    closeOpenTasks(db, { taskId: first }, '2026-11-16', null);
    closeOpenTasks(db, { taskId: second }, '2026-11-17', 'gebeld', { key: 'task.closed_by.call', params: { date: { date: '2026-11-17' } } });
    const rows = sqlite.prepare('SELECT id, title, due_time, status, done_on, done_note, closed_by, typeof(closed_by) AS closed_type FROM tasks ORDER BY id').all();
    expect(rows).toEqual([
      { id: first, title: JSON.stringify(title('Eerste')), due_time: null, status: 'done', done_on: '2026-11-16', done_note: null, closed_by: null, closed_type: 'null' },
      {
        id: second,
        title: JSON.stringify(title('Tweede')),
        due_time: '14:00',
        status: 'done',
        done_on: '2026-11-17',
        done_note: 'gebeld',
        closed_by: JSON.stringify({ key: 'task.closed_by.call', params: { date: { date: '2026-11-17' } } }),
        closed_type: 'text',
      },
      { id: third, title: JSON.stringify(title('Derde')), due_time: null, status: 'open', done_on: null, done_note: null, closed_by: null, closed_type: 'null' },
    ]);
    close();
  });

  it('many rows written several to a statement: every row once, with its own values, and each id the row given at its place', () => {
    const { sqlite, db, close } = openTestDatabase();
    const debtorId = insertDebtor(db);
    sqlite.prepare("INSERT INTO payments (debtor_id, received_on, amount_cents, description) VALUES (?, '2026-11-01', 1, 'eerder')").run(debtorId);
    // 611 payments: two full statements of rows and the rest in shorter ones, ids continuing after the earlier payment.
    const rows = Array.from({ length: 611 }, (_, i) => ({ debtorId, receivedOn: '2026-11-16', amountCents: 1000 + i, description: `Betaling ${i}`, allocations: [] }));
    const ids = insertPaymentsTogether(db, rows);
    const stored = sqlite.prepare('SELECT id, amount_cents AS amountCents, description FROM payments WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(ids));
    expect(stored).toEqual(rows.map((r, i) => ({ id: ids[i], amountCents: r.amountCents, description: r.description })));
    expect(sqlite.prepare('SELECT COUNT(*) AS n FROM payments').get()).toEqual({ n: 612 });
    close();
  });
});
