// The call channels through dispatch: preparing a call, and the running call kept for a crash.
import { createPromise } from './promises';
import { createTask } from './tasks';
import { inWriteTransaction } from './transaction';
import { handlerTest } from './test-context';

const TODAY = '2026-11-23';
const MACHINE = { machineId: 'callScript', machineVersion: 3 };

describe('calls:prepare', () => {
  it('shows a promise broken by the calendar as broken, before the collector dials', async () => {
    const t = handlerTest(TODAY);
    const debtorId = t.debtorId('Leeflang & Zn');
    inWriteTransaction(t.db, (tx) => createPromise(tx, { debtorId, promisedDate: '2026-11-19', amountCents: 17849, madeOn: '2026-11-16' }));
    const prep = await t.ok('calls:prepare', { debtorId, ...MACHINE });
    expect(prep.promises.map((p) => p.status)).toEqual(['broken']);
    expect(prep.callInvoices).toHaveLength(3);
    expect(prep.active).toBeNull();
    t.close();
  });

  it('names the call-backs still to make among the earlier agreements, not the ones done', async () => {
    const t = handlerTest(TODAY);
    const debtorId = t.debtorId('Leeflang & Zn');
    const title = { key: 'task.call_back.payment' };
    const [booked, done] = inWriteTransaction(t.db, (tx) => [
      createTask(tx, { debtorId, type: 'call_back', title, dueDate: TODAY, dueTime: '14:00' }),
      createTask(tx, { debtorId, type: 'call_back', title, dueDate: '2026-11-20', dueTime: null }),
    ]);
    await t.ok('tasks:complete', { taskId: done!, note: 'Gebeld' });
    const prep = await t.ok('calls:prepare', { debtorId, ...MACHINE });
    expect(prep.callBacks).toEqual([{ id: booked, dueDate: TODAY, dueTime: '14:00', title }]);
    t.close();
  });
});

describe('the running call, kept for a crash', () => {
  it('keeps the latest snapshot per debtor and offers it again to the same machine and version', async () => {
    const t = handlerTest(TODAY);
    const debtorId = t.debtorId('Leeflang & Zn');
    const base = { debtorId, ...MACHINE, startedAt: '2026-11-23T09:00:00.000Z' };
    await t.ok('calls:active:save', { ...base, snapshot: { value: { call: 'greeting' } } });
    t.setNow('2026-11-23T09:00:30Z');
    await t.ok('calls:active:save', { ...base, snapshot: { value: { call: 'purpose' } } });
    expect(t.rows('SELECT debtor_id FROM active_calls')).toEqual([{ debtor_id: debtorId }]);
    expect((await t.ok('calls:prepare', { debtorId, ...MACHINE })).active).toEqual({
      status: 'resumable',
      snapshot: { value: { call: 'purpose' } },
      startedAt: base.startedAt,
      updatedAt: '2026-11-23T09:00:30.000Z',
    });
    t.close();
  });

  it('does not restore a snapshot of another machine or version blindly, and discards it on request', async () => {
    const t = handlerTest(TODAY);
    const debtorId = t.debtorId('Leeflang & Zn');
    await t.ok('calls:active:save', { debtorId, machineId: 'callScript', machineVersion: 2, startedAt: '2026-11-23T09:00:00.000Z', snapshot: { v: 2 } });
    const stale = (await t.ok('calls:prepare', { debtorId, ...MACHINE })).active;
    expect(stale).toMatchObject({ status: 'stale', machineVersion: 2 });
    expect(stale).not.toHaveProperty('snapshot');
    expect((await t.ok('calls:prepare', { debtorId, machineId: 'preventiveCall', machineVersion: 2 })).active).toMatchObject({ status: 'stale' });
    expect(await t.ok('calls:active:discard', { debtorId })).toEqual({ discarded: true });
    expect((await t.ok('calls:prepare', { debtorId, ...MACHINE })).active).toBeNull();
    await t.refused('calls:active:save', { debtorId: 9999, ...MACHINE, startedAt: '2026-11-23T09:00:00.000Z', snapshot: {} }, /Debiteur 9999 bestaat niet/);
    t.close();
  });

  it('lists every interrupted call with its debtor, oldest first, and forgets one once discarded', async () => {
    const t = handlerTest(TODAY);
    const leeflang = t.debtorId('Leeflang & Zn');
    expect(await t.ok('calls:interrupted', {})).toEqual([]);
    const other = t.row<{ id: number; name: string }>('SELECT id, name FROM debtors WHERE id <> ? ORDER BY id LIMIT 1', leeflang);
    await t.ok('calls:active:save', { debtorId: leeflang, ...MACHINE, startedAt: '2026-11-23T10:00:00.000Z', snapshot: { value: { call: 'purpose' } } });
    await t.ok('calls:active:save', { debtorId: other.id, machineId: 'preventiveCall', machineVersion: 3, startedAt: '2026-11-23T09:15:00.000Z', snapshot: { value: { call: 'greeting' } } });
    expect(await t.ok('calls:interrupted', {})).toEqual([
      { debtor: other, machineId: 'preventiveCall', startedAt: '2026-11-23T09:15:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z' },
      { debtor: { id: leeflang, name: 'Leeflang & Zn' }, machineId: 'callScript', startedAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z' },
    ]);
    await t.ok('calls:active:discard', { debtorId: other.id });
    expect((await t.ok('calls:interrupted', {})).map((c) => c.debtor.name)).toEqual(['Leeflang & Zn']);
    t.close();
  });

  it('offers a damaged running call to start over instead of failing, and keeps its data aside when asked', async () => {
    const t = handlerTest(TODAY);
    const debtorId = t.debtorId('Leeflang & Zn');
    const write = (snapshot: string, startedAt = '2026-11-23T09:00:00.000Z') =>
      t.sqlite
        .prepare('INSERT OR REPLACE INTO active_calls (debtor_id, machine_id, machine_version, snapshot, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(debtorId, MACHINE.machineId, MACHINE.machineVersion, snapshot, startedAt, '2026-11-23T09:01:00.000Z');
    for (const [snapshot, startedAt] of [['{"value": {"call": "purp', undefined], ['[1, 2]', undefined], ['null', undefined], ['{}', 'gisteren']] as const) {
      write(snapshot, startedAt);
      expect((await t.ok('calls:prepare', { debtorId, ...MACHINE })).active, snapshot).toMatchObject({ status: 'damaged' });
    }
    write('{"value": {"call": "purp');
    t.setNow('2026-11-23T09:05:00Z');
    expect(await t.ok('calls:active:discard', { debtorId, setAside: true })).toEqual({ discarded: true });
    expect((await t.ok('calls:prepare', { debtorId, ...MACHINE })).active).toBeNull();
    expect(t.rows('SELECT debtor_id, machine_id, snapshot, set_aside_at FROM set_aside_calls')).toEqual([
      { debtor_id: debtorId, machine_id: 'callScript', snapshot: '{"value": {"call": "purp', set_aside_at: '2026-11-23T09:05:00.000Z' },
    ]);
    t.close();
  });
});
