import { openTestDatabase } from '../db/test-db';
import { expectRefused, insertDebtor, insertInvoice, openTasksDue } from '../db/test-fixtures';
import { createPromise } from './promises';
import { promisesOf } from '../db/promises.repo';
import { settleAll } from './settle';
import type { Db } from '../db/client';
import { recordPayment } from './payments';
import { tasksOf } from '../db/tasks.repo';

// Promised for Friday 6 March 2026; the next working day is Monday 9 March.
const PROMISE = { madeOn: '2026-03-02', promisedDate: '2026-03-06', amountCents: 125000 };

/** The promises' part of settling a day: which became kept, which broken. */
function settleDuePromises(db: Db, today: string) {
  const r = settleAll(db, today, 7);
  return { kept: r.keptPromiseIds, broken: r.brokenPromiseIds };
}

function setup() {
  const opened = openTestDatabase();
  const debtor = insertDebtor(opened.db, { name: 'De Groot Transport BV' });
  insertInvoice(opened.db, debtor, { dueDate: '2026-02-01', lines: [500000] });
  const promiseId = createPromise(opened.db, { debtorId: debtor, ...PROMISE });
  return { ...opened, debtor, promiseId };
}

describe('settling promises as of a day', () => {
  it('leaves an unpaid promise pending over the weekend and breaks it on Monday with a call-back task giving the reason', () => {
    const { db, close, debtor, promiseId } = setup();
    expect(settleDuePromises(db, '2026-03-08')).toEqual({ kept: [], broken: [] });
    expect(settleDuePromises(db, '2026-03-09')).toEqual({ kept: [], broken: [promiseId] });
    expect(promisesOf(db, debtor)[0]).toMatchObject({ status: 'broken', settledOn: '2026-03-09' });
    expect(openTasksDue(db, { from: '2026-03-09', until: '2026-03-09' })).toEqual([
      expect.objectContaining({
        type: 'call_back',
        promiseId,
        debtor: { id: debtor, name: 'De Groot Transport BV' },
        title: { key: 'task.promise_broken', params: { date: { date: '2026-03-06' }, amount: { cents: 125000 } } },
      }),
    ]);
    close();
  });

  it('is idempotent: running it again, the same day or later, changes nothing and adds no second task', () => {
    const { db, sqlite, close, debtor } = setup();
    settleDuePromises(db, '2026-03-09');
    const snapshot = sqlite.prepare('SELECT * FROM promises').all();
    expect(settleDuePromises(db, '2026-03-09')).toEqual({ kept: [], broken: [] });
    expect(settleDuePromises(db, '2026-03-12')).toEqual({ kept: [], broken: [] });
    expect(sqlite.prepare('SELECT * FROM promises').all()).toEqual(snapshot);
    expect(tasksOf(db, debtor)).toHaveLength(1);
    close();
  });

  it('counts only payments from the day the promise was made up to the promised date', () => {
    const { db, close, debtor, promiseId } = setup();
    recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-01', amountCents: 125000 }, '2026-03-01'); // before the promise
    recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-09', amountCents: 125000 }, '2026-03-09'); // too late
    expect(promisesOf(db, debtor).find((p) => p.id === promiseId)?.status).toBe('broken');
    close();
  });

  it('turns a broken promise into kept when a payment received in time is entered late, and closes its task', () => {
    const { db, close, debtor, promiseId } = setup();
    settleDuePromises(db, '2026-03-09');
    const r = recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-06', amountCents: 125000 }, '2026-03-10');
    expect(r.keptPromiseIds).toEqual([promiseId]);
    expect(promisesOf(db, debtor)[0]).toMatchObject({ status: 'kept', settledOn: '2026-03-10' });
    expect(tasksOf(db, debtor)[0]).toMatchObject({ status: 'done', doneOn: '2026-03-10', closedBy: { key: 'task.closed_by.promise_kept', params: { date: { date: '2026-03-06' } } } });
    close();
  });
});

describe('createPromise', () => {
  it('refuses a promise of nothing or for a date before it was made', () => {
    const { db, sqlite, close, debtor } = setup();
    expectRefused(sqlite, () => createPromise(db, { debtorId: debtor, ...PROMISE, amountCents: 0 }), 'invalid_input', /groter zijn dan € 0,00/);
    expectRefused(sqlite, () => createPromise(db, { debtorId: debtor, ...PROMISE, promisedDate: '2026-03-01' }), 'invalid_input', /vóór de dag van de belofte/);
    close();
  });
});
