// A finished call through calls:save, as the renderer sends it: everything it produced lands in one
// write transaction, or nothing does.
import { openTestDatabase } from '../db/test-db';
import { seedDemoLedger } from '../db/demo-ledger';
import { callsOf, stepsOfCalls } from '../db/calls.repo';
import { findDebtorIdByName } from '../db/debtors.repo';
import { insertDebtor, insertInvoice, textTitle } from '../db/test-fixtures';
import type { OpenedDatabase } from '../db/client';
import { message } from '../domain/message';
import type { CallOutcome } from '../domain/call-outcome';
import type { Db } from '../db/client';
import { dispatch } from './dispatch';
import type { HandlerContext } from './context';

const TODAY = '2026-11-23';
const PROMISE_LINE = message('recap.promise', { amount: { cents: 313522 }, date: { date: '2026-12-01' } });

function leeflang(db: Db) {
  const d = { id: findDebtorIdByName(db, 'Leeflang & Zn')! };
  const invoices = db.all<{ id: number; number: string }>(`SELECT id, number FROM invoices WHERE debtor_id = ${d.id} ORDER BY number` as never);
  return { id: d.id, inv: Object.fromEntries(invoices.map((i) => [i.number, i.id])) as Record<string, number> };
}

/** The channels as the renderer calls them, on this ledger, on the day of the calls below. */
function channels(opened: OpenedDatabase) {
  const ctx: HandlerContext = { db: opened.db, now: () => new Date(`${TODAY}T12:00:00Z`), dataFile: opened.file, transport: 'preview', version: 'test', demoLedgerCreated: false };
  return {
    save: async (o: CallOutcome) => {
      const r = await dispatch(ctx, 'calls:save', o);
      if (!r.ok) throw Object.assign(new Error(r.error.message.key), { shape: r.error });
      return r.data as { callId: number };
    },
    keepRunning: async (debtorId: number, snapshot: Record<string, unknown>) =>
      expect(await dispatch(ctx, 'calls:active:save', { debtorId, machineId: 'callScript', machineVersion: 1, snapshot, startedAt: '2026-11-23T09:40:00.000Z' })).toMatchObject({ ok: true }),
  };
}

/** The debtor's calls, newest first, each with its path. */
function callsWithSteps(db: Db, debtorId: number) {
  const rows = callsOf(db, debtorId).reverse();
  const steps = stepsOfCalls(db, rows.map((c) => c.id));
  return rows.map((c) => ({ ...c, steps: steps.filter((s) => s.callId === c.id) }));
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
    summary: [PROMISE_LINE],
    notes: 'Mevrouw De Boer was vriendelijk.',
    excuses: ['cannot_pay'],
    path: [
      { step: 'greeting', at: '2026-11-23T09:40:05.000Z', note: '' },
      { step: 'purpose', at: '2026-11-23T09:41:00.000Z', note: 'facturen genoemd' },
      { step: 'cannotPay', at: '2026-11-23T09:42:00.000Z', note: '' },
    ],
    tasks: [
      { type: 'send_plan_for_signature', title: textTitle('Regeling ter ondertekening sturen'), dueDate: TODAY },
      { type: 'call_back', title: textTitle('Terugbellen'), dueDate: '2026-11-25', dueTime: '10:30' },
    ],
    complaints: [],
    ...extra,
  };
}

const count = (db: Db, table: string) => (db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}` as never)[0]!).n;
const TABLES = ['calls', 'call_steps', 'tasks', 'complaints', 'complaint_invoices', 'promises', 'payment_plans', 'plan_installments', 'plan_invoices'];

describe('saving a call outcome', () => {
  it('writes the call, its path, tasks, plan with installments and contact change together', async () => {
    const opened = openTestDatabase();
    const { db, close } = opened;
    seedDemoLedger(db, TODAY);
    const { save, keepRunning } = channels(opened);
    const { id, inv } = leeflang(db);
    await keepRunning(id, { x: 1 });
    const { callId } = await save(
      outcome(id, {
        // The plan covers 123 and 789; 456 is the complaint's.
        plan: {
          invoiceIds: [inv['789']!, inv['123']!],
          totalCents: 23698,
          installments: [
            { dueDate: '2026-12-07', amountCents: 5926 },
            { dueDate: '2027-01-06', amountCents: 5924 },
            { dueDate: '2027-02-05', amountCents: 5924 },
            { dueDate: '2027-03-07', amountCents: 5924 },
          ],
        },
        complaints: [{ description: 'Prijs 456 klopt niet', invoiceIds: [inv['456']!] }],
        contactUpdate: { name: 'de heer K. Leeflang', phone: '0294-999999' },
      }),
    );
    const [call] = callsWithSteps(db, id);
    expect(call).toMatchObject({ id: callId, durationSeconds: 390, result: 'agreement', notes: 'Mevrouw De Boer was vriendelijk.' });
    expect(call!.steps.map((s) => s.step)).toEqual(['greeting', 'purpose', 'cannotPay']);
    const plan = db.all<{ id: number; status: string; total_cents: number }>('SELECT id, status, total_cents FROM payment_plans' as never);
    expect(plan).toEqual([{ id: expect.any(Number), status: 'proposed', total_cents: 23698 }]);
    expect(count(db, 'plan_installments')).toBe(4);
    expect(db.all('SELECT plan_id, invoice_id FROM plan_invoices ORDER BY invoice_id' as never)).toEqual(
      [inv['123']!, inv['789']!].sort((x, y) => x - y).map((invoice_id) => ({ plan_id: plan[0]!.id, invoice_id })),
    );
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

  it('writes nothing at all when a part fails half-way (a complaint about another debtor’s invoice)', async () => {
    const opened = openTestDatabase();
    const { db, close } = opened;
    seedDemoLedger(db, TODAY);
    const { save, keepRunning } = channels(opened);
    const { id } = leeflang(db);
    const other = { id: findDebtorIdByName(db, 'P. Visser')! };
    const foreignInvoice = db.all<{ id: number }>(`SELECT id FROM invoices WHERE debtor_id = ${other.id}` as never)[0]!.id;
    await keepRunning(id, { x: 1 });
    await expect(save(outcome(id, { promise: { date: '2026-12-01', amountCents: 313522 }, complaints: [{ description: 'x', invoiceIds: [foreignInvoice] }] }))).rejects.toThrow(
      'errors.invoice.not_own',
    );
    for (const table of TABLES) expect(count(db, table), table).toBe(0);
    expect(count(db, 'active_calls')).toBe(1); // the running call survives, so nothing entered is lost
    close();
  });

  it('rolls back every row when the write fails at the last statement (dropping the running call)', async () => {
    const opened = openTestDatabase();
    const { db, sqlite, close } = opened;
    seedDemoLedger(db, TODAY);
    const { save, keepRunning } = channels(opened);
    const { id } = leeflang(db);
    await keepRunning(id, { x: 1 });
    sqlite.exec(`CREATE TRIGGER fail_last BEFORE DELETE ON active_calls BEGIN SELECT RAISE(ABORT, 'schijf vol'); END;`);
    await expect(save(outcome(id, { promise: { date: '2026-12-01', amountCents: 313522 } }))).rejects.toThrow('errors.internal');
    for (const table of TABLES) expect(count(db, table), table).toBe(0);
    expect(count(db, 'active_calls')).toBe(1);
    close();
  });

  it('refuses an outcome that breaks the contract: a plan of five terms, naming the field', async () => {
    const opened = openTestDatabase();
    const { db, close } = opened;
    seedDemoLedger(db, TODAY);
    const { save } = channels(opened);
    const { id, inv } = leeflang(db);
    const five = Array.from({ length: 5 }, (_, i) => ({ dueDate: `2026-12-0${i + 1}`, amountCents: 100 }));
    const refusal = await save(outcome(id, { plan: { invoiceIds: [inv['789']!], totalCents: 500, installments: five } })).catch((e: { shape: unknown }) => e.shape);
    expect(refusal).toMatchObject({ code: 'invalid_input', issues: [{ path: 'plan.installments', message: { key: 'validation.plan.max_terms', params: { maximum: 4 } } }] });
    expect(count(db, 'calls')).toBe(0);
    close();
  });
});

describe('saving a call outcome: links and dates', () => {
  // Own debtor and invoices, inserted directly, so the expectations do not depend on the demo ledger.
  function ledger() {
    const opened = openTestDatabase();
    const debtorId = insertDebtor(opened.db, { name: 'Leeflang & Zn', mayOfferPlan: true, maxPlanTerms: 4 });
    const a = insertInvoice(opened.db, debtorId, { number: '123', dueDate: '2026-10-15', lines: [17849] });
    const b = insertInvoice(opened.db, debtorId, { number: '456', dueDate: '2026-10-16', lines: [289824] });
    return { ...opened, debtorId, a, b };
  }
  const rows = <T>(db: Db, sql: string) => db.all<T>(sql as never);
  function ledgerWithChannels() {
    const l = ledger();
    return { ...l, ...channels(l) };
  }

  it('each complaint task links to its own complaint; a complaint resolved in the call is closed that day', async () => {
    const { db, close, debtorId, a, b, save } = ledgerWithChannels();
    // 23:30 UTC on the 23rd is already the 24th in Amsterdam: the call's day is the 24th.
    const { callId } = await save(
      outcome(debtorId, {
        startedAt: '2026-11-23T23:30:00.000Z',
        endedAt: '2026-11-23T23:35:00.000Z',
        result: 'complaint',
        complaints: [
          { description: 'Prijs klopt niet', invoiceIds: [b], handler: 'Karin' },
          { description: 'Kleur verkeerd', invoiceIds: [a], resolution: 'Omruilen toegezegd' },
        ],
        tasks: [{ type: 'handle_complaint', title: textTitle('Klacht 456 behandelen (Karin)'), dueDate: '2026-11-25', complaintIndex: 0 }],
      }),
    );
    const complaints = rows<{ id: number; status: string; handler: string; resolved_on: string | null; opened_on: string; call_id: number }>(
      db,
      'SELECT id, status, handler, resolved_on, opened_on, call_id FROM complaints ORDER BY id',
    );
    expect(complaints).toEqual([
      { id: expect.any(Number), status: 'in_behandeling', handler: 'Karin', resolved_on: null, opened_on: '2026-11-24', call_id: callId },
      { id: expect.any(Number), status: 'opgelost', handler: 'Sanne de Vries', resolved_on: '2026-11-24', opened_on: '2026-11-24', call_id: callId },
    ]);
    expect(rows(db, 'SELECT complaint_id, invoice_id FROM complaint_invoices ORDER BY complaint_id')).toEqual([
      { complaint_id: complaints[0]!.id, invoice_id: b },
      { complaint_id: complaints[1]!.id, invoice_id: a },
    ]);
    expect(rows(db, 'SELECT complaint_id FROM tasks')).toEqual([{ complaint_id: complaints[0]!.id }]);
    close();
  });

  it('the second complaint’s task is not linked to the first one', async () => {
    const { db, close, debtorId, a, b, save } = ledgerWithChannels();
    await save(
      outcome(debtorId, {
        complaints: [
          { description: 'Eerste', invoiceIds: [a], resolution: 'Opgelost' },
          { description: 'Tweede', invoiceIds: [b], handler: 'Logistiek' },
        ],
        tasks: [{ type: 'handle_complaint', title: textTitle('Tweede klacht behandelen'), dueDate: '2026-11-25', complaintIndex: 1 }],
      }),
    );
    expect(rows(db, 'SELECT c.description FROM tasks t JOIN complaints c ON c.id = t.complaint_id')).toEqual([{ description: 'Tweede' }]);
    close();
  });

  it('the promise is pending and made on the call’s day; checking it and the confirmation letter point at it', async () => {
    const { db, close, debtorId, save } = ledgerWithChannels();
    const { callId } = await save(
      outcome(debtorId, {
        promise: { date: '2026-11-27', amountCents: 307673 },
        tasks: [
          { type: 'verify_payment', title: textTitle('Controleren of € 3.076,73 binnen is'), dueDate: '2026-11-30' },
          { type: 'send_confirmation_letter', title: textTitle('Bevestigingsbrief'), dueDate: '2026-11-23' },
          { type: 'send_invoice_copy', title: textTitle('Kopie sturen'), dueDate: '2026-11-23' },
        ],
      }),
    );
    const [promise] = rows<{ id: number; status: string; made_on: string; promised_date: string; call_id: number }>(
      db,
      'SELECT id, status, made_on, promised_date, call_id FROM promises',
    );
    expect(promise).toEqual({ id: expect.any(Number), status: 'pending', made_on: '2026-11-23', promised_date: '2026-11-27', call_id: callId });
    expect(rows(db, 'SELECT type, promise_id FROM tasks ORDER BY id')).toEqual([
      { type: 'verify_payment', promise_id: promise!.id },
      { type: 'send_confirmation_letter', promise_id: promise!.id },
      { type: 'send_invoice_copy', promise_id: null },
    ]);
    close();
  });

  it('keeps each step’s data for the history, in order', async () => {
    const { db, close, debtorId, save } = ledgerWithChannels();
    await save(
      outcome(debtorId, {
        path: [
          { step: 'greeting', at: '2026-11-23T09:40:05.000Z', note: '' },
          { step: 'willPay', at: '2026-11-23T09:41:00.000Z', note: 'twijfelde', data: { event: 'EXCUSE', excuse: 'will_pay' } },
        ],
      }),
    );
    const [call] = callsWithSteps(db, debtorId);
    expect(call!.steps.map((s) => [s.seq, s.step, s.note, JSON.parse(s.data)])).toEqual([
      [0, 'greeting', '', {}],
      [1, 'willPay', 'twijfelde', { event: 'EXCUSE', excuse: 'will_pay' }],
    ]);
    expect(call!.summary).toEqual([PROMISE_LINE]);
    close();
  });

  it('refuses a plan covering the invoice the same call complains about, or a cent below its invoices, and writes nothing', async () => {
    const { db, close, debtorId, a, b, save, keepRunning } = ledgerWithChannels();
    await keepRunning(debtorId, { step: 'recap' });
    const plan = (invoiceIds: number[], totalCents: number) => ({ invoiceIds, totalCents, installments: [{ dueDate: '2026-12-07', amountCents: totalCents }] });
    const refusal = (o: CallOutcome) => save(o).catch((e: { shape: unknown }) => e.shape);
    expect(await refusal(outcome(debtorId, { complaints: [{ description: 'Prijs', invoiceIds: [a], handler: 'Karin' }], plan: plan([a, b], 307673) }))).toEqual({
      code: 'not_allowed',
      message: { key: 'errors.plan.invoice_under_complaint', params: { numbers: { list: ['123'] }, count: 1 } },
    });
    expect(await refusal(outcome(debtorId, { plan: plan([a, b], 307672) }))).toEqual({
      code: 'invalid_input',
      message: { key: 'errors.plan.total_not_invoices', params: { total: { cents: 307672 }, invoices: { cents: 307673 } } },
    });
    for (const table of TABLES) expect(count(db, table), table).toBe(0);
    expect(count(db, 'active_calls')).toBe(1);
    close();
  });

  it('an error raised by the database after the plan insert leaves no call, tasks, complaints, promise or plan', async () => {
    const { db, sqlite, close, debtorId, a, b, save, keepRunning } = ledgerWithChannels();
    sqlite.exec(`CREATE TRIGGER fail_installments AFTER INSERT ON plan_installments BEGIN SELECT RAISE(ABORT, 'schijf vol'); END;`);
    await keepRunning(debtorId, { step: 'recap' });
    await expect(
      save(
        outcome(debtorId, {
          promise: { date: '2026-12-01', amountCents: 100 },
          complaints: [{ description: 'Prijs', invoiceIds: [a], handler: 'Karin' }],
          plan: { invoiceIds: [b], totalCents: 289824, installments: [{ dueDate: '2026-12-07', amountCents: 289824 }] },
          contactUpdate: { name: 'mevr. De Boer' },
        }),
      ),
    ).rejects.toThrow('errors.internal');
    for (const table of TABLES) expect(count(db, table), table).toBe(0);
    expect(rows(db, `SELECT contact_name FROM debtors WHERE id = ${debtorId}`)).toEqual([{ contact_name: null }]);
    expect(count(db, 'active_calls')).toBe(1);
    close();
  });
});
