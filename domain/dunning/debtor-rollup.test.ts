import { describe, expect, it } from 'vitest';
import { rollUpDebtor, type DebtorInput, type RollupContext } from './debtor-rollup';
import type { InvoiceInput, StepRecord } from './invoice-stage';
import { DEFAULT_SCHEDULES } from './schedule';
import { OFFICE_2026 } from './test-calendar';

const ctx = (today: string): RollupContext => ({ today, schedules: DEFAULT_SCHEDULES, isWorkingDay: OFFICE_2026 });
const inv = (id: number, dueDate: string, openCents: number, records: StepRecord[] = [], over: Partial<InvoiceInput> = {}): InvoiceInput => ({
  id,
  dueDate,
  openCents,
  records,
  interruptions: [],
  ...over,
});
const leeflang = (invoices: InvoiceInput[], kind: DebtorInput['kind'] = 'business'): DebtorInput => ({ debtorId: 1, kind, invoices });

describe('one letter per debtor', () => {
  it("Leeflang's three invoices of seed 000, due on three days around Ascension, get one betalingsherinnering on Monday", () => {
    const invoices = [inv(123, '2026-05-15', 17_849), inv(456, '2026-05-16', 289_824), inv(789, '2026-05-17', 5_849)];
    const debtor = rollUpDebtor(leeflang(invoices), ctx('2026-05-18'));
    expect(debtor.actions).toEqual([
      { action: 'reminder1', invoiceIds: [123, 456, 789], amountCents: 313_522, askOn: '2026-05-18', overdueDays: 0, occurrence: 1, lastAttemptOn: null },
    ]);
    expect(debtor).toMatchObject({ stage: 'overdue', overdueCents: 313_522, daysPastDue: 3 });
  });

  it('an invoice that only needs a betalingsherinnering is swept into the aanmaning of another, and is at that stage after it', () => {
    const old = inv(1, '2026-03-02', 50_000, [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'call', on: '2026-03-06' },
    ]);
    const fresh = inv(2, '2026-03-10', 20_000);
    const debtor = rollUpDebtor(leeflang([old, fresh]), ctx('2026-03-12'));
    expect(debtor.actions.map((a) => [a.action, a.invoiceIds])).toEqual([['reminder2', [1, 2]]]);
    const sent: StepRecord = { action: 'reminder2', on: '2026-03-12' };
    const after = rollUpDebtor(
      leeflang([
        { ...old, records: [...old.records, sent] },
        { ...fresh, records: [sent] },
      ]),
      ctx('2026-03-13'),
    );
    expect(after.invoices.map((i) => i.stage)).toEqual(['reminder2', 'reminder2']);
    expect(after.stage).toBe('reminder2');
  });

  it('a consumer invoice that still needs its 14-dagenbrief is not swept into an ingebrekestelling: it gets its own letter the next day', () => {
    const old = inv(1, '2026-03-02', 50_000, [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'call', on: '2026-03-06' },
      { action: 'consumer14', on: '2026-03-12', termEndsOn: '2026-03-30' },
      { action: 'call', on: '2026-03-16' },
    ]);
    const fresh = inv(2, '2026-03-20', 20_000, [{ action: 'reminder1', on: '2026-03-23' }]);
    const debtor = rollUpDebtor(leeflang([old, fresh], 'consumer'), ctx('2026-04-02'));
    // Day 13 of the fresh invoice: its 14-dagenbrief is due (and its first call).
    expect(debtor.invoices[1]!.due.map((s) => s.action)).toEqual(['call', 'consumer14']);
    expect(debtor.actions.filter((a) => a.action !== 'call').map((a) => [a.action, a.invoiceIds])).toEqual([['reminder3', [1]]]);
    const sent: StepRecord = { action: 'reminder3', on: '2026-04-02', termEndsOn: '2026-04-07' };
    const nextDay = rollUpDebtor(leeflang([{ ...old, records: [...old.records, sent] }, fresh], 'consumer'), ctx('2026-04-03'));
    expect(nextDay.actions.map((a) => [a.action, a.invoiceIds])).toContainEqual(['consumer14', [2]]);
  });
});

describe('one call per debtor', () => {
  it('covers every invoice with a call due and is the highest call step among them', () => {
    const second = inv(1, '2026-03-02', 50_000, [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'call', on: '2026-03-06' },
      { action: 'reminder2', on: '2026-03-12' },
      { action: 'delivery_stop', on: '2026-03-13' },
    ]);
    const debtor = rollUpDebtor(leeflang([second, inv(3, '2026-03-13', 9_999, [{ action: 'reminder1', on: '2026-03-14' }])]), ctx('2026-03-17'));
    expect(debtor.actions).toContainEqual(expect.objectContaining({ action: 'call', invoiceIds: [1, 3], occurrence: 2, amountCents: 59_999 }));
  });
});

describe('paused and held invoices', () => {
  it('take part in nothing, and are listed with what pauses them', () => {
    const complaint = inv(1, '2026-03-02', 50_000, [], { interruptions: [{ kind: 'complaint', from: '2026-03-02', until: null }] });
    const plain = inv(2, '2026-03-02', 20_000);
    const debtor = rollUpDebtor(leeflang([complaint, plain]), ctx('2026-03-03'));
    expect(debtor.actions.map((a) => [a.action, a.invoiceIds])).toEqual([['reminder1', [2]]]);
    expect(debtor.paused).toEqual([{ invoiceId: 1, interruption: { kind: 'complaint', effect: 'pause', since: '2026-03-02', until: null } }]);
  });

  it('a debtor whose every overdue invoice is in a plan has no action today, only the reason', () => {
    const plan = { kind: 'plan' as const, from: '2026-03-05', until: null };
    const debtor = rollUpDebtor(
      leeflang([inv(1, '2026-03-02', 50_000, [], { interruptions: [plan] }), inv(2, '2026-03-03', 1_000, [], { interruptions: [plan] })]),
      ctx('2026-03-20'),
    );
    expect(debtor.actions).toEqual([]);
    expect(debtor.paused.map((p) => [p.invoiceId, p.interruption.kind])).toEqual([
      [1, 'plan'],
      [2, 'plan'],
    ]);
    expect(debtor.overdueCents).toBe(51_000);
  });
});

describe('nothing due today', () => {
  it('names the next step and its day', () => {
    const debtor = rollUpDebtor(leeflang([inv(1, '2026-03-02', 50_000, [{ action: 'reminder1', on: '2026-03-03' }]), inv(2, '2026-03-20', 100)]), ctx('2026-03-04'));
    expect(debtor.actions).toEqual([]);
    expect(debtor.next).toEqual({ action: 'call', on: '2026-03-06', invoiceIds: [1] });
    expect(debtor.stage).toBe('reminder1');
  });

  it('says why a hand-over waits', () => {
    const records: StepRecord[] = [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'reminder2', on: '2026-03-12' },
      { action: 'reminder3', on: '2026-03-23', termEndsOn: '2026-03-30' },
      { action: 'manager', on: '2026-03-24' },
    ];
    const debtor = rollUpDebtor(leeflang([inv(1, '2026-02-25', 50_000, records)]), ctx('2026-03-30'));
    expect(debtor.blocked).toEqual([
      { action: 'hand_over', invoiceIds: [1], until: '2026-03-31', reason: { key: 'dunning.blocked.notice_term', params: { until: { date: '2026-03-30' } } } },
    ]);
  });
});
