import { openTestDatabase } from '../db/test-db';
import { expectRefused, insertCall, insertDebtor, textTitle } from '../db/test-fixtures';
import { completeTask, createTask, listOpenTasks } from './tasks';
import { tasksOf } from '../db/tasks.repo';
import { addDays } from '../domain/dates';
import { TaskListQuery } from '../ipc/channels/tasks';
import type { ChannelInput } from '../ipc/contract';
import type { Db } from '../db/client';

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

/** tasks:list as the screens ask for it (the contract's defaults filled in). */
const list = (db: Db, input: ChannelInput<'tasks:list'> = {}, today = TODAY) => listOpenTasks(db, TaskListQuery.parse(input), today);
const idsOf = (page: { tasks: { id: number }[] }) => page.tasks.map((t) => t.id);

describe('tasks', () => {
  it('lists open tasks as overdue, today (timed call-backs in time order first) and upcoming, each with its debtor and call', () => {
    const { db, close, ids: task, leeflang, call } = setup();
    expect(idsOf(list(db, { due: 'overdue' }))).toEqual([task.overdue]);
    const today = list(db, { due: 'today' });
    expect(idsOf(today)).toEqual([task.morning, task.afternoon, task.untimed]);
    expect(today.total).toBe(3);
    expect(idsOf(list(db, { due: 'upcoming' }))).toEqual([task.later]);
    expect(today.tasks[1]).toMatchObject({ debtor: { id: leeflang, name: 'Leeflang & Zn' }, callId: call, dueTime: '14:00' });
    // Everything open, in due order; and what Vandaag shows beside its worklist: due by today, call-backs and payment checks left out.
    expect(idsOf(list(db))).toEqual([task.overdue, task.morning, task.afternoon, task.untimed, task.later]);
    expect(list(db, { due: 'by_today', exceptTypes: ['call_back', 'verify_payment'] })).toMatchObject({ tasks: [{ id: task.overdue }], total: 1, nextCursor: null });
    close();
  });

  it('narrows by type, and counts only what the narrowed list holds', () => {
    const { db, close, ids: task } = setup();
    expect(list(db, { type: 'call_back', due: 'today' })).toMatchObject({ tasks: [{ id: task.morning }, { id: task.afternoon }], total: 2, nextCursor: null });
    expect(list(db, { type: 'call_back' })).toMatchObject({ total: 3 });
    expect(list(db, { type: 'send_invoice_copy', due: 'upcoming' })).toEqual({ tasks: [], total: 0, nextCursor: null });
    close();
  });

  it('pages through many open tasks in due order: each once, none left out, the cursor handed back as given', () => {
    const { db, close, leeflang, smit } = setup();
    // Several tasks on one day, timed and untimed, across debtors: the page boundaries fall inside a day and between equal times.
    for (let i = 0; i < 40; i++)
      createTask(db, {
        debtorId: i % 2 ? leeflang : smit,
        type: i % 3 ? 'call_back' : 'send_invoice_copy',
        title: textTitle(`Taak ${i}`),
        dueDate: addDays(TODAY, (i % 5) - 2),
        dueTime: i % 4 === 0 ? null : ['09:00', '11:30', '09:00'][i % 3],
      });
    const everything = list(db, { limit: 500 });
    expect(everything.total).toBe(45);
    const order = (t: (typeof everything.tasks)[number]) => [t.dueDate, t.dueTime === null ? 1 : 0, t.dueTime ?? '', t.id] as const;
    const compare = (a: readonly (string | number)[], b: readonly (string | number)[]): number =>
      a.reduce<number>((found, x, i) => found || (x < b[i]! ? -1 : x > b[i]! ? 1 : 0), 0);
    const sorted = [...everything.tasks].sort((a, b) => compare(order(a), order(b)));
    expect(idsOf(everything)).toEqual(sorted.map((t) => t.id));
    for (const size of [1, 7, 44, 45]) {
      const seen: number[] = [];
      let page = list(db, { limit: size });
      for (;;) {
        expect(page.tasks.length).toBeLessThanOrEqual(size);
        expect(page.total).toBe(45);
        seen.push(...idsOf(page));
        if (!page.nextCursor) break;
        expect(page.tasks).toHaveLength(size); // a page before the last is full
        page = list(db, { limit: size, after: page.nextCursor });
      }
      expect(seen, `pages of ${size}`).toEqual(idsOf(everything));
    }
    // The last page says so, also when it is exactly full.
    expect(list(db, { limit: 45 }).nextCursor).toBeNull();
    expect(list(db, { limit: 44 }).nextCursor).not.toBeNull();
    close();
  });

  it('keeps the groups apart at the day boundary: yesterday is overdue, tomorrow upcoming', () => {
    const { db, close, ids: task } = setup();
    expect(idsOf(list(db, { due: 'overdue' }, '2026-03-03'))).toEqual([task.overdue]);
    expect(idsOf(list(db, { due: 'today' }, '2026-03-02'))).toEqual([task.overdue]);
    expect(idsOf(list(db, { due: 'upcoming' }, '2026-03-02'))).toEqual([task.morning, task.afternoon, task.untimed, task.later]);
    expect(idsOf(list(db, { due: 'by_today' }, '2026-03-02'))).toEqual([task.overdue]);
    close();
  });

  it('completes a task today with the note, after which it leaves the open lists', () => {
    const { db, close, ids, leeflang } = setup();
    const done = completeTask(db, { taskId: ids.afternoon, note: '  Betaling toegezegd voor vrijdag ' }, TODAY);
    expect(done).toMatchObject({ status: 'done', doneOn: TODAY, doneNote: 'Betaling toegezegd voor vrijdag' });
    expect(idsOf(list(db, { due: 'today' }))).not.toContain(ids.afternoon);
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
