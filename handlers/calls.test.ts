import { openTestDatabase } from '../db/test-db';
import { seedDemoLedger } from '../db/demo-ledger';
import { createPromise } from '../db/promises.repo';
import { listDebtors } from '../db/debtors.repo';
import { dispatch } from './dispatch';
import type { HandlerContext } from './context';

describe('calls:prepare', () => {
  it('shows a promise broken by the calendar as broken, before the collector dials', async () => {
    const opened = openTestDatabase();
    seedDemoLedger(opened.db, '2026-11-23');
    const debtorId = listDebtors(opened.db, '2026-11-23', 'Leeflang')[0]!.id;
    createPromise(opened.db, { debtorId, promisedDate: '2026-11-19', amountCents: 17849, madeOn: '2026-11-16' });
    const ctx: HandlerContext = { db: opened.db, now: () => new Date('2026-11-23T09:00:00Z'), dataFile: opened.file, transport: 'preview', version: 't', demoLedgerCreated: false };
    const result = await dispatch(ctx, 'calls:prepare', { debtorId, machineId: 'callScript', machineVersion: 1 });
    expect(result.ok).toBe(true);
    const prep = (result as { ok: true; data: { promises: { status: string }[]; callInvoices: unknown[]; active: unknown } }).data;
    expect(prep.promises.map((p) => p.status)).toEqual(['broken']);
    expect(prep.callInvoices).toHaveLength(3);
    expect(prep.active).toBeNull();
    opened.close();
  });
});
