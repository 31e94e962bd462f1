import { openTestDatabase } from './test-db';
import { insertDebtor } from './test-fixtures';
import { discardActiveCall, listActiveCalls, loadActiveCall, saveActiveCall } from './active-calls.repo';

describe('the running call, kept for a crash', () => {
  it('keeps the latest snapshot per debtor and gives it back for the same machine and version', () => {
    const { db, close } = openTestDatabase();
    const debtorId = insertDebtor(db);
    const base = { debtorId, machineId: 'callScript', machineVersion: 3, startedAt: '2026-11-23T09:00:00.000Z' };
    saveActiveCall(db, { ...base, snapshot: { value: { call: 'greeting' } } }, new Date('2026-11-23T09:00:05Z'));
    saveActiveCall(db, { ...base, snapshot: { value: { call: 'purpose' } } }, new Date('2026-11-23T09:00:30Z'));
    expect(listActiveCalls(db)).toHaveLength(1);
    expect(loadActiveCall(db, debtorId, { machineId: 'callScript', machineVersion: 3 })).toEqual({
      stale: false,
      snapshot: { value: { call: 'purpose' } },
      startedAt: base.startedAt,
      updatedAt: '2026-11-23T09:00:30.000Z',
    });
    close();
  });

  it('does not restore a snapshot of another machine version blindly', () => {
    const { db, close } = openTestDatabase();
    const debtorId = insertDebtor(db);
    saveActiveCall(db, { debtorId, machineId: 'callScript', machineVersion: 2, startedAt: '2026-11-23T09:00:00.000Z', snapshot: { v: 2 } });
    const loaded = loadActiveCall(db, debtorId, { machineId: 'callScript', machineVersion: 3 });
    expect(loaded).toMatchObject({ stale: true, machineVersion: 2 });
    expect(loaded).not.toHaveProperty('snapshot');
    expect(loadActiveCall(db, debtorId, { machineId: 'preventiveCall', machineVersion: 2 })).toMatchObject({ stale: true });
    expect(discardActiveCall(db, debtorId)).toBe(true);
    expect(loadActiveCall(db, debtorId, { machineId: 'callScript', machineVersion: 3 })).toBeNull();
    close();
  });
});
