import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { rollUpDebtor } from './debtor-rollup';
import type { InvoiceInput, StepRecord } from './invoice-stage';
import { DEFAULT_PRIORITY_WEIGHTS } from './priority';
import { DEFAULT_SCHEDULES } from './schedule';
import { OFFICE_2026 } from './test-calendar';
import { buildWorklist, snoozeIssue, type WorklistDebtor, type WorklistInput } from './worklist';

const TODAY = '2026-03-17'; // a Tuesday
const settings = { weights: DEFAULT_PRIORITY_WEIGHTS, preventiveMinimumCents: 100_000 };

/** A debtor whose one invoice, due `daysAgo` days ago, has had the given steps. */
function debtor(
  id: number,
  name: string,
  openCents: number,
  daysAgo: number,
  records: StepRecord[] = [],
  over: Partial<InvoiceInput> = {},
  brokenPromises = 0,
  today = TODAY,
): WorklistDebtor {
  const invoice: InvoiceInput = { id: id * 100, dueDate: addDays(TODAY, -daysAgo), openCents, records, interruptions: [], ...over };
  return {
    id,
    name,
    brokenPromises,
    dunning: rollUpDebtor({ debtorId: id, kind: 'business', invoices: [invoice] }, { today, schedules: DEFAULT_SCHEDULES, isWorkingDay: OFFICE_2026 }),
  };
}
/** Reminded on day 1, called on day 4, aanmaning on day 10: the second call is due on day 14. */
const atSecondCall = (daysAgo: number): StepRecord[] => {
  const due = addDays(TODAY, -daysAgo);
  return [
    { action: 'reminder1', on: addDays(due, 1) },
    { action: 'call', on: addDays(due, 4) },
    { action: 'reminder2', on: addDays(due, 10) },
    { action: 'delivery_stop', on: addDays(due, 11) },
  ];
};

const input = (over: Partial<WorklistInput>): WorklistInput => ({
  today: TODAY,
  now: '09:00',
  isWorkingDay: OFFICE_2026,
  settings,
  debtors: [],
  callBacks: [],
  promises: [],
  lateInstallments: [],
  preventive: [],
  snoozes: [],
  ...over,
});
const summary = (list: ReturnType<typeof buildWorklist>) => list.lines.map((l) => `${l.key} ${l.reasons.map((r) => r.kind).join('+')}`);

describe('preventive calls (seed 004: 5 to 15 days before the due date, above the amount in Settings)', () => {
  const invoice = (invoiceId: number, daysUntil: number, openCents = 250_000, calledOn: string | null = null) => ({
    debtorId: invoiceId,
    invoiceId,
    dueDate: addDays(TODAY, daysUntil),
    openCents,
    calledOn,
  });
  const names = [4, 5, 15, 16].map((n) => ({ id: n, name: `Debiteur ${n}`, brokenPromises: 0, dunning: null }));

  it('lists invoices due in 5 and in 15 days, not in 4 or 16', () => {
    const list = buildWorklist(input({ debtors: names, preventive: [invoice(4, 4), invoice(5, 5), invoice(15, 15), invoice(16, 16)] }));
    expect(summary(list)).toEqual(['call:5 preventive_call', 'call:15 preventive_call']); // equal priority: by name, numbers in order
    expect(list.lines[1]!.reasons[0]!.message).toEqual({
      key: 'worklist.reason.preventive_call',
      params: { count: 1, amount: { cents: 250_000 }, date: { date: '2026-04-01' } },
    });
  });

  it('leaves out invoices below the amount, invoices already called about, and non-working days', () => {
    expect(buildWorklist(input({ debtors: names, preventive: [invoice(5, 5, 99_999), invoice(15, 15, 100_000)] })).lines.map((l) => l.key)).toEqual(['call:15']);
    expect(buildWorklist(input({ preventive: [invoice(5, 5, 250_000, '2026-03-16')] })).lines).toEqual([]);
    expect(buildWorklist(input({ today: '2026-03-21', preventive: [invoice(5, 9)] })).lines).toEqual([]); // a Saturday
  });
});

describe('the priority order', () => {
  it('puts a call-back whose time has come first, then a broken promise, then the schedule by money and days', () => {
    const list = buildWorklist(
      input({
        now: '10:50',
        debtors: [
          debtor(1, 'Bakkerij Bos', 400_000, 14, atSecondCall(14)), // € 4.000, second call due
          debtor(2, 'Leeflang & Zn', 313_522, 14, atSecondCall(14)),
          debtor(3, 'Kapper Knip', 9_000, 0),
          debtor(4, 'Drukkerij Dam', 5_000, 1), // betalingsherinnering due
        ],
        callBacks: [{ taskId: 9, debtorId: 3, dueDate: TODAY, dueTime: '11:00' }],
        promises: [{ promiseId: 5, debtorId: 4, promisedDate: '2026-03-13', amountCents: 5_000, receivedCents: 0, status: 'broken' }],
      }),
    );
    expect(summary(list)).toEqual([
      'call:3 call_back', // 200 + 600 (within 15 minutes of 11:00)
      'call:4 broken_promise', // 300 + 4 days × 3
      'call:1 dunning_call', // 150 + 40 (€ 4.000) + 14 days × 3
      'call:2 dunning_call', // 150 + 31 + 42
      'letter:4 letter',
    ]);
    expect(list.lines[0]).toMatchObject({ at: '11:00', overdue: false, priority: 800 });
  });

  it('lets a call-back later in the day rank by the schedule until its time nears', () => {
    const facts = (now: string) =>
      input({
        now,
        debtors: [debtor(1, 'Bakkerij Bos', 400_000, 14, atSecondCall(14)), debtor(3, 'Kapper Knip', 0, 0)],
        callBacks: [{ taskId: 9, debtorId: 3, dueDate: TODAY, dueTime: '14:00' }],
      });
    expect(summary(buildWorklist(facts('09:30')))).toEqual(['call:1 dunning_call', 'call:3 call_back']);
    expect(summary(buildWorklist(facts('13:00')))).toEqual(['call:3 call_back', 'call:1 dunning_call']);
    const late = buildWorklist(facts('14:05')).lines[0]!;
    expect(late).toMatchObject({ key: 'call:3', overdue: true, reasons: [{ message: { key: 'worklist.reason.call_back_late', params: { time: { time: '14:00' } } } }] });
  });

  it('ranks a debtor that broke promises above an equal one that did not', () => {
    const list = buildWorklist(input({ debtors: [debtor(1, 'Aalders', 300_000, 14, atSecondCall(14)), debtor(2, 'Zwart', 300_000, 14, atSecondCall(14), {}, 1)] }));
    expect(list.lines.map((l) => [l.key, l.priority])).toEqual([
      ['call:2', 150 + 30 + 42 + 150],
      ['call:1', 150 + 30 + 42],
    ]);
  });

  it('follows the weights in Settings: without points for money, the longer overdue comes first', () => {
    const debtors = [debtor(1, 'Groot', 4_000_000, 14, atSecondCall(14)), debtor(2, 'Klein', 10_000, 15, atSecondCall(15))];
    expect(buildWorklist(input({ debtors })).lines.map((l) => l.key)).toEqual(['call:1', 'call:2']);
    const noMoney = { ...settings, weights: { ...DEFAULT_PRIORITY_WEIGHTS, perThousandEuro: 0 } };
    expect(buildWorklist(input({ debtors, settings: noMoney })).lines.map((l) => l.key)).toEqual(['call:2', 'call:1']);
  });

  it('breaks ties by amount, then by name in Dutch order, then by debtor number: the same list every time', () => {
    const same = (id: number, name: string) => ({ ...debtor(id, name, 150_000, 14, atSecondCall(14)) });
    const debtors = [same(3, 'de Vries'), same(1, 'Ádám'), same(2, 'Bakker'), same(4, 'Bakker')];
    const list = buildWorklist(input({ debtors }));
    expect(list.lines.map((l) => `${l.debtorName} ${l.debtorId}`)).toEqual(['Ádám 1', 'Bakker 2', 'Bakker 4', 'de Vries 3']);
    expect(buildWorklist(input({ debtors: [...debtors].reverse() })).lines).toEqual(list.lines);
  });
});

describe('what a line gathers', () => {
  it('one call line per debtor with every reason to call, most urgent first', () => {
    const list = buildWorklist(
      input({
        debtors: [debtor(1, 'Leeflang & Zn', 313_522, 14, atSecondCall(14))],
        callBacks: [{ taskId: 9, debtorId: 1, dueDate: TODAY, dueTime: '10:00' }],
        lateInstallments: [{ planId: 2, installmentId: 7, debtorId: 1, seq: 2, dueDate: '2026-03-10', amountCents: 78_382, paidCents: 0 }],
      }),
    );
    expect(summary(list)).toEqual(['call:1 call_back+late_installment+dunning_call']);
    expect(list.lines[0]!.reasons[1]!.message).toEqual({
      key: 'worklist.reason.late_installment',
      params: { seq: 2, date: { date: '2026-03-10' }, amount: { cents: 78_382 }, days: 7 },
    });
  });

  it('a call-back agreed for a later day keeps the schedule’s call and the broken promise off the list until then', () => {
    const facts = (today: string) =>
      input({
        today,
        debtors: [debtor(1, 'Leeflang & Zn', 313_522, 14, atSecondCall(14))],
        callBacks: [{ taskId: 9, debtorId: 1, dueDate: '2026-03-19', dueTime: '10:00' }],
        promises: [{ promiseId: 5, debtorId: 1, promisedDate: '2026-03-13', amountCents: 5_000, receivedCents: 0, status: 'broken' }],
      });
    expect(buildWorklist(facts(TODAY)).lines).toEqual([]);
    expect(summary(buildWorklist(facts('2026-03-19')))).toEqual(['call:1 call_back+broken_promise+dunning_call']);
  });

  it('a scheduled call tried today without reaching anyone waits until the next working day', () => {
    const tried = [...atSecondCall(14), { action: 'call' as const, on: TODAY, reached: false }];
    expect(buildWorklist(input({ debtors: [debtor(1, 'Leeflang & Zn', 313_522, 14, tried)] })).lines).toEqual([]);
  });

  it('on a day the office is closed, the schedule’s calls wait; its letters and the agreements are listed', () => {
    const facts = (today: string) =>
      input({
        today,
        debtors: [debtor(1, 'Leeflang & Zn', 313_522, 14, atSecondCall(14), {}, 0, today), debtor(2, 'Bakkerij Bos', 50_000, 3, [], {}, 0, today)],
        callBacks: [{ taskId: 9, debtorId: 3, dueDate: '2026-03-21', dueTime: '10:00' }],
      });
    expect(summary(buildWorklist(facts('2026-03-21')))).toEqual(['call:3 call_back', 'letter:2 letter']); // a Saturday
    expect(summary(buildWorklist(facts(TODAY)))).toContain('call:1 dunning_call');
  });

  it('a letter line names the debtor’s letter and the invoices it covers', () => {
    // Due Saturday 14 March: the betalingsherinnering of Sunday the 15th was asked on Monday, one day ago.
    const list = buildWorklist(input({ debtors: [debtor(1, 'Leeflang & Zn', 313_522, 3)] }));
    expect(list.lines).toEqual([
      expect.objectContaining({
        key: 'letter:1',
        action: 'letter',
        overdue: true,
        invoiceIds: [100],
        reasons: [
          expect.objectContaining({
            letter: 'reminder1',
            message: { key: 'worklist.reason.letter', params: { count: 1, amount: { cents: 313_522 }, days: 3, late: 1, letter: 'reminder1' } },
          }),
        ],
      }),
    ]);
  });

  it('a promise due today is a payment to check, not a call', () => {
    const list = buildWorklist(input({ promises: [{ promiseId: 5, debtorId: 1, promisedDate: TODAY, amountCents: 50_000, receivedCents: 20_000, status: 'pending' }] }));
    expect(list.lines).toEqual([expect.objectContaining({ key: 'check_payment:1', amountCents: 30_000, overdue: false })]);
  });

  it('a call-back from an earlier day is marked overdue', () => {
    const list = buildWorklist(input({ callBacks: [{ taskId: 9, debtorId: 1, dueDate: '2026-03-16', dueTime: '10:00' }] }));
    expect(list.lines[0]).toMatchObject({ overdue: true, reasons: [{ message: { key: 'worklist.reason.call_back_missed', params: { date: { date: '2026-03-16' } } } }] });
  });
});

describe('snoozed and paused', () => {
  const leeflang = debtor(1, 'Leeflang & Zn', 313_522, 14, atSecondCall(14));

  it('a snoozed line is left out until its date and listed apart; on that date it is back', () => {
    const snooze = { key: 'call:1', until: '2026-03-19', reason: 'Boekhouder op vakantie' };
    const snoozed = buildWorklist(input({ debtors: [leeflang], snoozes: [snooze] }));
    expect(snoozed.lines).toEqual([]);
    expect(snoozed.snoozed.map((s) => [s.line.key, s.snooze.reason])).toEqual([['call:1', 'Boekhouder op vakantie']]);
    expect(buildWorklist(input({ today: '2026-03-19', debtors: [debtor(1, 'Leeflang & Zn', 313_522, 14, atSecondCall(14))], snoozes: [snooze] })).lines).not.toEqual([]);
  });

  it('a snooze must end after today and give a reason', () => {
    expect(snoozeIssue({ key: 'call:1', until: TODAY, reason: 'x' }, TODAY)).toEqual({
      path: ['until'],
      message: { key: 'validation.worklist.snooze_until_after_today', params: { today: { date: TODAY } } },
    });
    expect(snoozeIssue({ key: 'call:1', until: '2026-03-18', reason: 'x' }, TODAY)).toBeNull();
  });

  it('a debtor whose overdue invoices are all paused is not a line, but is listed with the reason', () => {
    const complaint = debtor(2, 'Kapper Knip', 50_000, 14, [], { interruptions: [{ kind: 'complaint', from: '2026-03-05', until: null }] });
    const list = buildWorklist(input({ debtors: [leeflang, complaint] }));
    expect(list.lines.map((l) => l.key)).toEqual(['call:1']);
    expect(list.paused).toEqual([
      { debtorId: 2, debtorName: 'Kapper Knip', overdueCents: 50_000, reasons: [{ key: 'dunning.paused.complaint', params: { since: { date: '2026-03-05' } } }] },
    ]);
  });
});
