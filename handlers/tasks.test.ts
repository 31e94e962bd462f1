import { openTestDatabase } from '../db/test-db';
import { expectRefused, insertCall, insertDebtor, textTitle } from '../db/test-fixtures';
import { completeTask, createTask } from './tasks';
import { openTaskLists } from '../db/tasks.repo';
import { tasksOf } from '../db/tasks.repo';

const TODAY = '2026-03-04';

function setup() {
  const opened = openTestDatabase();
  const { db } = opened;
  const leeflang = insertDebtor(db, { name: 'Leeflang & Zn' });
  const smit = insertDebtor(db, { name: 'Drukkerij Smit & Co' });
  const call = insertCall(db, leeflang, { startedAt: '2026-03-02T09:40:00.000Z' });
  const ids = {
    overdue: createTask(db, { debtorId: smit, type: 'send_invoice_copy', title: textTitle('Kopie factuur 456 sturen'), dueDate: '2026-03-02' }),
    afternoon: createTask(db, { debtorId: leeflang, callId: call, type: 'call_back', title: textTitle('Terugbellen mevr. De Boer'), dueDate: TODAY, dueTime: '14:00' }),
    morning: createTask(db, { debtorId: smit, type: 'call_back', title: textTitle('Terugbellen dhr. Smit'), dueDate: TODAY, dueTime: '09:30' }),
    untimed: createTask(db, { debtorId: leeflang, type: 'verify_payment', title: textTitle('Betaling controleren'), dueDate: TODAY }),
    later: createTask(db, { debtorId: leeflang, type: 'call_back', title: textTitle('Nabellen'), dueDate: '2026-03-20' }),
  };
  return { ...opened, leeflang, smit, call, ids };
}

describe('tasks', () => {
  it('lists open tasks as overdue, today (timed call-backs in time order first) and upcoming, each with its debtor and call', () => {
    const { db, close, ids, leeflang, call } = setup();
    const lists = openTaskLists(db, TODAY);
    expect(lists.overdue.map((t) => t.id)).toEqual([ids.overdue]);
    expect(lists.today.map((t) => t.id)).toEqual([ids.morning, ids.afternoon, ids.untimed]);
    expect(lists.upcoming.map((t) => t.id)).toEqual([ids.later]);
    expect(lists.today[1]).toMatchObject({ debtor: { id: leeflang, name: 'Leeflang & Zn' }, callId: call, dueTime: '14:00' });
    close();
  });

  it('narrows by type and by how far ahead to look', () => {
    const { db, close, ids } = setup();
    const callBacks = openTaskLists(db, TODAY, { type: 'call_back', upcomingUntil: '2026-03-11' });
    expect(callBacks).toEqual({ overdue: [], today: [expect.objectContaining({ id: ids.morning }), expect.objectContaining({ id: ids.afternoon })], upcoming: [] });
    close();
  });

  it('completes a task today with the note, after which it leaves the open lists', () => {
    const { db, close, ids, leeflang } = setup();
    const done = completeTask(db, { taskId: ids.afternoon, note: '  Betaling toegezegd voor vrijdag ' }, TODAY);
    expect(done).toMatchObject({ status: 'done', doneOn: TODAY, doneNote: 'Betaling toegezegd voor vrijdag' });
    expect(openTaskLists(db, TODAY).today.map((t) => t.id)).not.toContain(ids.afternoon);
    expect(tasksOf(db, leeflang).find((t) => t.id === ids.afternoon)?.status).toBe('done');
    close();
  });

  it('refuses to complete a task twice, or one that does not exist, and changes nothing', () => {
    const { db, sqlite, close, ids } = setup();
    completeTask(db, { taskId: ids.overdue, note: 'verstuurd' }, TODAY);
    expectRefused(sqlite, () => completeTask(db, { taskId: ids.overdue, note: 'nog eens' }, '2026-03-05'), 'not_allowed', /al afgerond/);
    expectRefused(sqlite, () => completeTask(db, { taskId: 9999 }, TODAY), 'not_found', /Taak 9999 bestaat niet/);
    close();
  });

  it('refuses a task without a title or with an impossible time', () => {
    const { db, sqlite, close, leeflang } = setup();
    expectRefused(sqlite, () => createTask(db, { debtorId: leeflang, type: 'other', title: { key: '' }, dueDate: TODAY }), 'invalid_input', /wat er moet gebeuren/);
    expectRefused(
      sqlite,
      () => createTask(db, { debtorId: leeflang, type: 'call_back', title: textTitle('Bellen'), dueDate: TODAY, dueTime: '25:00' }),
      'invalid_input',
      /Geen geldige tijd/,
    );
    close();
  });
});
