// Settling promises and plans is a step of its own: once when a day starts (the first request of a new
// Amsterdam day, also past midnight while the app runs), and for one debtor after a payment. Reads
// never write.
import Database from 'better-sqlite3';
import { openDatabase } from '../db/client';
import { createPromise } from './promises';
import { inWriteTransaction } from './transaction';
import { dispatch } from './dispatch';
import { handlerTest } from './test-context';
import { dumpTables } from '../db/test-fixtures';

const FRIDAY = '2026-03-06';

/** Every table but the day's own: the settings (the day marker) and the stored worklist. */
function ledgerOutsideTheDay(t: ReturnType<typeof handlerTest>) {
  return Object.fromEntries(Object.entries(dumpTables(t.sqlite)).filter(([table]) => !['settings', 'worklist_lines', 'worklist_debtors', 'worklist_stale', 'worklist_evaluation'].includes(table)));
}

/** The call-backs due by today that follow up a promise (made when it is found broken). */
async function brokenPromiseCallBacks(t: ReturnType<typeof handlerTest>) {
  const { tasks } = await t.ok('tasks:list', { type: 'call_back', due: 'by_today' });
  return tasks.filter((task) => task.promiseId !== null);
}

describe('the day is settled once, and reads write nothing', () => {
  it('writes nothing when every read of the screens runs again on a settled day', async () => {
    const t = handlerTest(FRIDAY);
    const leeflang = t.debtorId('Leeflang & Zn');
    await t.ok('app:info', {}); // the first request of the day settles it
    const before = t.changes();
    await t.ok('tasks:list', {});
    await t.ok('tasks:list', { due: 'by_today', exceptTypes: ['call_back', 'verify_payment'] });
    await t.ok('debtors:list', { search: '' });
    await t.ok('debtors:get', { id: leeflang });
    await t.ok('timeline:get', { debtorId: leeflang });
    await t.ok('promises:list', { debtorId: leeflang });
    await t.ok('plans:list', { debtorId: leeflang });
    await t.ok('payments:list', { debtorId: leeflang });
    await t.ok('complaints:list', {});
    await t.ok('calls:prepare', { debtorId: leeflang, machineId: 'callScript', machineVersion: 1 });
    await t.ok('letters:preview', { debtorId: leeflang, type: 'reminder1' });
    await t.ok('letters:options', { debtorId: leeflang });
    await t.ok('letters:batchCandidates', {});
    expect(t.changes()).toBe(before);
    t.close();
  });

  it('breaks a promise for Friday on Monday, also when the clock passes midnight while the app runs', async () => {
    const t = handlerTest(FRIDAY);
    const leeflang = t.debtorId('Leeflang & Zn');
    inWriteTransaction(t.db, (tx) => createPromise(tx, { debtorId: leeflang, madeOn: '2026-03-04', promisedDate: FRIDAY, amountCents: 17849 }));
    expect((await t.ok('promises:list', { debtorId: leeflang }))[0]).toMatchObject({ status: 'pending' });
    t.setNow('2026-03-08T22:59:00Z'); // Sunday 23:59 in Amsterdam: still pending, nothing settled
    const sunday = ledgerOutsideTheDay(t);
    expect((await t.ok('promises:list', { debtorId: leeflang }))[0]).toMatchObject({ status: 'pending' });
    // Sunday's start: only the day marker and the day's worklist (worklist-store.ts), nothing to settle.
    expect(ledgerOutsideTheDay(t)).toEqual(sunday);
    t.setNow('2026-03-08T23:01:00Z'); // Monday 00:01 in Amsterdam: the next working day has come
    expect((await t.ok('promises:list', { debtorId: leeflang }))[0]).toMatchObject({ status: 'broken', settledOn: '2026-03-09' });
    expect(await brokenPromiseCallBacks(t)).toHaveLength(1);
    t.close();
  });

  it('is not settled again by a second process on the same file, the same day', async () => {
    const t = handlerTest(FRIDAY);
    await t.ok('app:info', {});
    const second = openDatabase(t.file);
    const before = second.sqlite.prepare('SELECT total_changes() AS n').get();
    expect(await dispatch({ ...t.ctx, db: second.db }, 'tasks:list', {})).toMatchObject({ ok: true });
    expect(second.sqlite.prepare('SELECT total_changes() AS n').get()).toEqual(before);
    second.close();
    t.close();
  });
});

describe('a ledger opened only to look at', () => {
  it('answers the reads of a new day without settling it', async () => {
    const t = handlerTest(FRIDAY);
    t.sqlite.pragma('query_only = ON'); // as db/client.ts opens a ledger it may not write
    expect((await t.ok('debtors:list', { search: 'Leeflang' })).rows.map((d) => d.name)).toEqual(['Leeflang & Zn']);
    expect(await brokenPromiseCallBacks(t)).toEqual([]);
    t.close();
  });
});

describe('a payment settles its debtor at once', () => {
  it('keeps a broken promise when the money received in time is recorded later, and closes its call-back', async () => {
    const t = handlerTest(FRIDAY);
    const leeflang = t.debtorId('Leeflang & Zn');
    const promiseId = inWriteTransaction(t.db, (tx) => createPromise(tx, { debtorId: leeflang, madeOn: '2026-03-04', promisedDate: FRIDAY, amountCents: 17849 }));
    t.setNow('2026-03-09');
    expect(await brokenPromiseCallBacks(t)).toHaveLength(1);
    const paid = await t.ok('payments:record', { debtorId: leeflang, receivedOn: FRIDAY, amountCents: 17849, description: 'bank' });
    expect(paid.keptPromiseIds).toEqual([promiseId]);
    expect((await t.ok('promises:list', { debtorId: leeflang }))[0]).toMatchObject({ status: 'kept', settledOn: '2026-03-09' });
    expect(await brokenPromiseCallBacks(t)).toEqual([]);
    t.close();
  });
});

describe('a write use case holds the write lock from its first statement (BEGIN IMMEDIATE)', () => {
  it('keeps a second connection from starting to write while it runs; a read leaves it free', async () => {
    const t = handlerTest(FRIDAY);
    await t.ok('app:info', {});
    const other = new Database(t.file);
    other.pragma('busy_timeout = 0');
    /** Whether the other connection could start a write transaction right now. */
    const otherCanWrite = () => {
      try {
        other.exec('BEGIN IMMEDIATE');
        other.exec('ROLLBACK');
        return true;
      } catch {
        return false;
      }
    };
    const seen: boolean[] = [];
    // The handlers read the clock inside their transaction: that is where the probe runs.
    const clock = t.ctx.now;
    t.ctx.now = () => (seen.push(otherCanWrite()), clock());
    const leeflang = t.debtorId('Leeflang & Zn');
    seen.length = 0;
    await t.ok('complaints:register', { debtorId: leeflang, description: 'Laarzen lekken', invoiceIds: [t.invoiceId('456')] });
    expect(seen.at(-1)).toBe(false);
    seen.length = 0;
    await t.ok('debtors:get', { id: leeflang });
    expect(seen.at(-1)).toBe(true);
    other.close();
    t.close();
  });
});
