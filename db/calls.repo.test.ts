import { openTestDatabase } from './test-db';
import { seedDemoLedger } from './demo-ledger';
import { saveCallOutcome, listCalls } from './calls.repo';
import { saveActiveCall } from './active-calls.repo';
import { listDebtors } from './debtors.repo';
import type { CallOutcome } from '../domain/call-outcome';
import type { Db } from './client';

const TODAY = '2026-11-23';

function leeflang(db: Db) {
  const d = listDebtors(db, TODAY, 'Leeflang')[0]!;
  const invoices = db.all<{ id: number; number: string }>(`SELECT id, number FROM invoices WHERE debtor_id = ${d.id} ORDER BY number` as never);
  return { id: d.id, inv: Object.fromEntries(invoices.map((i) => [i.number, i.id])) as Record<string, number> };
}

function outcome(debtorId: number, extra: Partial<CallOutcome> = {}): CallOutcome {
  return {
    debtorId,
    kind: 'collection',
    machineVersion: 1,
    collector: 'Sanne de Vries',
    tone: 'zakelijk',
    startedAt: '2026-11-23T09:40:00.000Z',
    endedAt: '2026-11-23T09:46:30.000Z',
    result: 'agreement',
    summary: ['U betaalt € 3.135,22 uiterlijk op 1 december 2026.'],
    notes: 'Mevrouw De Boer was vriendelijk.',
    excuses: ['cannot_pay'],
    path: [
      { step: 'greeting', at: '2026-11-23T09:40:05.000Z', note: '' },
      { step: 'purpose', at: '2026-11-23T09:41:00.000Z', note: 'facturen genoemd' },
      { step: 'cannotPay', at: '2026-11-23T09:42:00.000Z', note: '' },
    ],
    tasks: [
      { type: 'send_plan_for_signature', title: 'Regeling ter ondertekening sturen', dueDate: TODAY },
      { type: 'call_back', title: 'Terugbellen', dueDate: '2026-11-25', dueTime: '10:30' },
    ],
    complaints: [],
    ...extra,
  };
}

const count = (db: Db, table: string) => (db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}` as never)[0]!).n;
const TABLES = ['calls', 'call_steps', 'tasks', 'complaints', 'complaint_invoices', 'promises', 'payment_plans', 'plan_installments'];

describe('saving a call outcome', () => {
  it('writes the call, its path, tasks, plan with installments and contact change together', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const { id, inv } = leeflang(db);
    saveActiveCall(db, { debtorId: id, machineId: 'callScript', machineVersion: 1, snapshot: { x: 1 }, startedAt: '2026-11-23T09:40:00.000Z' });
    const { callId } = saveCallOutcome(
      db,
      outcome(id, {
        plan: {
          totalCents: 313522,
          installments: [
            { dueDate: '2026-12-07', amountCents: 78382 },
            { dueDate: '2027-01-06', amountCents: 78380 },
            { dueDate: '2027-02-05', amountCents: 78380 },
            { dueDate: '2027-03-07', amountCents: 78380 },
          ],
        },
        complaints: [{ description: 'Prijs 456 klopt niet', invoiceIds: [inv['456']!] }],
        contactUpdate: { name: 'de heer K. Leeflang', phone: '0294-999999' },
      }),
    );
    const [call] = listCalls(db, id);
    expect(call).toMatchObject({ id: callId, durationSeconds: 390, result: 'agreement', notes: 'Mevrouw De Boer was vriendelijk.' });
    expect(call!.steps.map((s) => s.step)).toEqual(['greeting', 'purpose', 'cannotPay']);
    const plan = db.all<{ id: number; status: string; total_cents: number }>('SELECT id, status, total_cents FROM payment_plans' as never);
    expect(plan).toEqual([{ id: expect.any(Number), status: 'proposed', total_cents: 313522 }]);
    expect(count(db, 'plan_installments')).toBe(4);
    const tasks = db.all<{ type: string; plan_id: number | null; due_time: string | null; call_id: number }>('SELECT type, plan_id, due_time, call_id FROM tasks ORDER BY id' as never);
    expect(tasks).toEqual([
      { type: 'send_plan_for_signature', plan_id: plan[0]!.id, due_time: null, call_id: callId },
      { type: 'call_back', plan_id: null, due_time: '10:30', call_id: callId },
    ]);
    const complaint = db.all<{ status: string; call_id: number }>('SELECT status, call_id FROM complaints' as never);
    expect(complaint).toEqual([{ status: 'open', call_id: callId }]);
    const debtor = db.all<{ contact_name: string; contact_phone: string; contact_email: string }>(`SELECT contact_name, contact_phone, contact_email FROM debtors WHERE id = ${id}` as never)[0]!;
    expect(debtor).toEqual({ contact_name: 'de heer K. Leeflang', contact_phone: '0294-999999', contact_email: 'crediteuren@leeflang.nl' });
    expect(count(db, 'active_calls')).toBe(0); // the running snapshot is gone once the call is saved
    close();
  });

  it('writes nothing at all when a part fails half-way (a complaint about another debtor’s invoice)', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const { id } = leeflang(db);
    const other = listDebtors(db, TODAY, 'Visser')[0]!;
    const foreignInvoice = db.all<{ id: number }>(`SELECT id FROM invoices WHERE debtor_id = ${other.id}` as never)[0]!.id;
    saveActiveCall(db, { debtorId: id, machineId: 'callScript', machineVersion: 1, snapshot: { x: 1 }, startedAt: '2026-11-23T09:40:00.000Z' });
    expect(() =>
      saveCallOutcome(db, outcome(id, { promise: { date: '2026-12-01', amountCents: 313522 }, complaints: [{ description: 'x', invoiceIds: [foreignInvoice] }] })),
    ).toThrow();
    for (const table of TABLES) expect(count(db, table), table).toBe(0);
    expect(count(db, 'active_calls')).toBe(1); // the running call survives, so nothing entered is lost
    close();
  });

  it('rolls back every row when the write fails after the last insert', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const { id } = leeflang(db);
    expect(() =>
      saveCallOutcome(db, outcome(id, { promise: { date: '2026-12-01', amountCents: 313522 } }), {
        beforeCommit: () => {
          throw new Error('schijf vol');
        },
      }),
    ).toThrow('schijf vol');
    for (const table of TABLES) expect(count(db, table), table).toBe(0);
    close();
  });

  it('refuses an outcome that breaks the contract: a plan of five terms', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const { id } = leeflang(db);
    const five = Array.from({ length: 5 }, (_, i) => ({ dueDate: `2026-12-0${i + 1}`, amountCents: 100 }));
    expect(() => saveCallOutcome(db, outcome(id, { plan: { totalCents: 500, installments: five } }))).toThrow(/hoogstens 4 termijnen/);
    expect(count(db, 'calls')).toBe(0);
    close();
  });
});
