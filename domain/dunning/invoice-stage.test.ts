import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { fourteenDayTerm } from '../legal';
import { evaluateInvoice, type EvaluationContext, type InvoiceInput, type StepRecord } from './invoice-stage';
import { DEFAULT_BUSINESS_SCHEDULE, DEFAULT_CONSUMER_SCHEDULE, normalizeSchedule } from './schedule';
import { OFFICE_2026, simulate, stepName } from './test-calendar';

const DUE = '2026-03-02'; // a Monday
const business = (today: string, over: Partial<EvaluationContext> = {}): EvaluationContext => ({
  today,
  kind: 'business',
  schedule: DEFAULT_BUSINESS_SCHEDULE,
  isWorkingDay: OFFICE_2026,
  ...over,
});
const invoice = (records: StepRecord[] = [], over: Partial<InvoiceInput> = {}): InvoiceInput => ({
  id: 7,
  dueDate: DUE,
  openCents: 289_824,
  records,
  interruptions: [],
  ...over,
});
const statusOf = (result: ReturnType<typeof evaluateInvoice>) => Object.fromEntries(result.steps.map((s) => [stepName(s), s.status]));

describe('the business schedule of seed 000, day by day', () => {
  it('asks every step once, on its day or the first working day after, and never again once done', () => {
    const { asked, last } = simulate({ kind: 'business', schedule: DEFAULT_BUSINESS_SCHEDULE, dueDate: DUE, from: DUE, to: '2026-04-30' });
    expect(asked).toEqual({
      '2026-03-03': ['reminder1'], // day 1
      '2026-03-06': ['call#1'], // day 4
      '2026-03-12': ['reminder2'], // day 10
      '2026-03-13': ['delivery_stop'], // day 11
      '2026-03-16': ['call#2'], // day 14
      '2026-03-23': ['reminder3'], // day 21
      '2026-03-26': ['call#3'], // day 24
      // Day 27 is Sunday 29 March: asked on Monday, not overdue.
      '2026-03-30': ['manager'],
      // Four days after the manager took it (the schedule's gap) is Good Friday 3 April; Easter Monday is
      // a holiday too, so the hand-over is asked on Tuesday 7 April.
      '2026-04-07': ['hand_over'],
    });
    expect(last.stage).toBe('hand_over');
    expect(last.steps.every((s) => s.status === 'done')).toBe(true);
  });

  it('does not list a Saturday step on Saturday, and lists it on Monday without marking it overdue', () => {
    const dueFriday = '2026-03-06'; // reminder1 on Saturday 7 March
    const onSaturday = evaluateInvoice(invoice([], { dueDate: dueFriday }), business('2026-03-07'));
    expect(onSaturday.due).toEqual([]);
    expect(onSaturday.next).toMatchObject({ action: 'reminder1', dueOn: '2026-03-07', askOn: '2026-03-09' });
    const onMonday = evaluateInvoice(invoice([], { dueDate: dueFriday }), business('2026-03-09'));
    expect(onMonday.due).toEqual([expect.objectContaining({ action: 'reminder1', overdueDays: 0 })]);
    expect(evaluateInvoice(invoice([], { dueDate: dueFriday }), business('2026-03-10')).due[0]).toMatchObject({ overdueDays: 1 });
  });

  it('keeps an undone letter due, counts it overdue, and lets the steps after it wait for it', () => {
    const result = evaluateInvoice(invoice(), business('2026-03-12')); // day 10, nothing was sent
    expect(result.due.map(stepName)).toEqual(['reminder1']);
    expect(result.due[0]!.overdueDays).toBe(9);
    expect(result.stage).toBe('overdue');
    expect(statusOf(result)).toMatchObject({ 'call#1': 'waiting', reminder2: 'waiting', reminder3: 'waiting', hand_over: 'waiting' });
  });

  it('moves the next letter back when a letter went out late, so its payment term is respected', () => {
    // The betalingsherinnering (8 days to pay) went out on day 5 instead of day 1: the aanmaning follows 9 days later.
    const result = evaluateInvoice(invoice([{ action: 'reminder1', on: '2026-03-07' }]), business('2026-03-12'));
    expect(result.steps.find((s) => s.action === 'reminder2')).toMatchObject({ status: 'upcoming', dueOn: '2026-03-16' });
    expect(result.steps.find((s) => s.action === 'call')).toMatchObject({ dueOn: '2026-03-10' });
  });

  it('counts the letters below one that covered the invoice as done, and its calls as made up for', () => {
    // The invoice was swept into the debtor's aanmaning on day 12 without a betalingsherinnering of its own.
    const result = evaluateInvoice(invoice([{ action: 'reminder2', on: '2026-03-14' }]), business('2026-03-16'));
    expect(result.stage).toBe('reminder2');
    expect(statusOf(result)).toMatchObject({ reminder1: 'superseded', 'call#1': 'superseded', 'call#2': 'upcoming' });
    expect(result.steps.find((s) => s.occurrence === 2 && s.action === 'call')).toMatchObject({ dueOn: '2026-03-18' }); // letter + 4
    // The delivery stop hangs on the aanmaning too: a day after it, Sunday 15 March, so asked on Monday.
    expect(result.due.map(stepName)).toEqual(['delivery_stop']);
  });
});

describe('calls', () => {
  const afterReminder1 = [{ action: 'reminder1', on: '2026-03-03' }] as StepRecord[];

  it('a call that reached nobody is an attempt: the step stays due, with the attempt noted', () => {
    const records: StepRecord[] = [...afterReminder1, { action: 'call', on: '2026-03-06', reached: false }];
    const result = evaluateInvoice(invoice(records), business('2026-03-09'));
    expect(result.due).toEqual([expect.objectContaining({ action: 'call', occurrence: 1, overdueDays: 3, attempts: { count: 1, lastOn: '2026-03-06' } })]);
  });

  it('one call makes up for a missed one: when the second call is due, only it is asked', () => {
    const records: StepRecord[] = [...afterReminder1, { action: 'reminder2', on: '2026-03-12' }, { action: 'delivery_stop', on: '2026-03-13' }];
    const result = evaluateInvoice(invoice(records), business('2026-03-16'));
    expect(result.due.map(stepName)).toEqual(['call#2']);
    expect(statusOf(result)['call#1']).toBe('superseded');
    const called = evaluateInvoice(invoice([...records, { action: 'call', on: '2026-03-16' }]), business('2026-03-17'));
    expect(statusOf(called)).toMatchObject({ 'call#1': 'superseded', 'call#2': 'done', 'call#3': 'waiting' });
  });

  it('a call after the letter but before the call day counts for that call; a call before the next letter does not count for the next call', () => {
    const early = evaluateInvoice(invoice([...afterReminder1, { action: 'call', on: '2026-03-04' }]), business('2026-03-06'));
    expect(statusOf(early)['call#1']).toBe('done');
    expect(early.due).toEqual([]);
    const extra = evaluateInvoice(
      invoice([...afterReminder1, { action: 'call', on: '2026-03-06' }, { action: 'call', on: '2026-03-09' }, { action: 'reminder2', on: '2026-03-12' }]),
      business('2026-03-16'),
    );
    expect(statusOf(extra)).toMatchObject({ 'call#1': 'done', 'call#2': 'due' });
  });

  it('a call before the due date (a preventive call) counts for no step', () => {
    const result = evaluateInvoice(invoice([{ action: 'call', on: '2026-02-24' }, ...afterReminder1]), business('2026-03-06'));
    expect(result.due.map(stepName)).toEqual(['call#1']);
  });
});

describe('pauses: an open complaint or an active plan stops the clock', () => {
  const sent = [
    { action: 'reminder1', on: '2026-03-03' },
    { action: 'call', on: '2026-03-06' },
  ] as StepRecord[];
  const complaint = (until: string | null) => ({ kind: 'complaint' as const, from: '2026-03-10', until });

  it('asks nothing while the complaint is open and says why', () => {
    const result = evaluateInvoice(invoice(sent, { interruptions: [complaint(null)] }), business('2026-03-20'));
    expect(result.due).toEqual([]);
    expect(result.interruption).toEqual({ kind: 'complaint', effect: 'pause', since: '2026-03-10', until: null });
    expect(result.scheduleDay).toBe(7); // 3 to 9 March ran; the clock stopped on the 10th
    expect(result.daysPastDue).toBe(18);
    expect(statusOf(result)).toMatchObject({ reminder2: 'paused', 'call#2': 'waiting' });
    expect(result.stage).toBe('reminder1');
  });

  it('resumes where it was when the complaint is resolved: the aanmaning of day 10 comes three running days later', () => {
    // Paused on day 8 (10 March) with 7 days run; resolved on 1 April: days 8, 9, 10 are 1, 2 and 3 April.
    const { asked } = simulate({
      kind: 'business',
      schedule: DEFAULT_BUSINESS_SCHEDULE,
      dueDate: DUE,
      from: '2026-03-07',
      to: '2026-05-08',
      records: sent,
      interruptions: [complaint('2026-04-01')],
    });
    expect(asked).toEqual({
      '2026-04-07': ['reminder2'], // day 10 is Good Friday 3 April; Easter Monday too: Tuesday
      // The aanmaning went out on clock day 14 (7 April); what hangs on it keeps the schedule's gaps.
      '2026-04-08': ['delivery_stop'], // day 15
      '2026-04-13': ['call#2'], // day 18, Saturday 11 April
      '2026-04-20': ['reminder3'], // day 25, Saturday 18 April
      '2026-04-23': ['call#3'], // day 30
      '2026-04-28': ['manager'], // day 33, Sunday 26 April; Monday is Koningsdag
      '2026-05-04': ['hand_over'], // the manager took it on day 35; +4 is Saturday 2 May
    });
  });

  it('a step already due when the pause began is asked again the day it ends, its overdue days continuing', () => {
    const records: StepRecord[] = [{ action: 'reminder1', on: '2026-03-03' }]; // call#1 due 6 March, not made
    const interruptions = [{ kind: 'complaint' as const, from: '2026-03-09', until: '2026-03-30' }];
    expect(evaluateInvoice(invoice(records, { interruptions }), business('2026-03-20')).due).toEqual([]);
    const resumed = evaluateInvoice(invoice(records, { interruptions }), business('2026-03-30'));
    // 6, 7 and 8 March ran (2 days overdue at the pause), 30 March runs: 3 days overdue.
    expect(resumed.due).toEqual([expect.objectContaining({ action: 'call', occurrence: 1, overdueDays: 3 })]);
  });

  it('an active plan pauses; when the plan is cancelled (not defaulted) the schedule resumes where it was', () => {
    const records: StepRecord[] = [...sent, { action: 'reminder2', on: '2026-03-12' }];
    const interruptions = [{ kind: 'plan' as const, from: '2026-03-13', until: '2026-05-04' }]; // day 11 ran as 12 March
    const during = evaluateInvoice(invoice(records, { interruptions: [{ ...interruptions[0]!, until: null }] }), business('2026-04-20'));
    expect(during.due).toEqual([]);
    expect(during.interruption?.kind).toBe('plan');
    const after = evaluateInvoice(invoice(records, { interruptions }), business('2026-05-04'));
    expect(after.scheduleDay).toBe(11);
    expect(after.due.map(stepName)).toEqual(['delivery_stop']); // day 11, which came on the resume day
  });

  it('a plan that defaulted fast-forwards to the ingebrekestelling on the day it defaulted (seed 000: the plan was the last option)', () => {
    const records: StepRecord[] = [...sent, { action: 'reminder2', on: '2026-03-12' }, { action: 'delivery_stop', on: '2026-03-13' }];
    const interruptions = [{ kind: 'plan' as const, from: '2026-03-13', until: '2026-05-04', defaulted: true }];
    const result = evaluateInvoice(invoice(records, { interruptions }), business('2026-05-04'));
    expect(result.due.map(stepName)).toContain('reminder3');
    expect(result.due.find((s) => s.action === 'reminder3')).toMatchObject({ dueOn: '2026-05-04', overdueDays: 0 });
  });

  it('a plan that defaulted before any letter supersedes the betalingsherinnering and the aanmaning', () => {
    const interruptions = [{ kind: 'plan' as const, from: '2026-03-02', until: '2026-04-14', defaulted: true }];
    const result = evaluateInvoice(invoice([], { interruptions }), business('2026-04-14'));
    expect(statusOf(result)).toMatchObject({ reminder1: 'superseded', reminder2: 'superseded', reminder3: 'due' });
    expect(result.steps.find((s) => s.action === 'reminder1')?.supersededBy).toBe('plan_default');
  });
});

describe('holds: a pending promise lets the clock run but asks nothing until it is broken', () => {
  it('holds the aanmaning that came due during the promise and asks it the day the promise is broken', () => {
    const records: StepRecord[] = [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'call', on: '2026-03-06' },
    ];
    // Promised on 6 March to pay on 13 March; broken on Monday 16 March (the next working day).
    const interruptions = [{ kind: 'promise' as const, from: '2026-03-06', until: '2026-03-16' }];
    const held = evaluateInvoice(invoice(records, { interruptions }), business('2026-03-12'));
    expect(held.due).toEqual([]);
    expect(statusOf(held).reminder2).toBe('held');
    const broken = evaluateInvoice(invoice(records, { interruptions }), business('2026-03-16'));
    expect(broken.due.map(stepName)).toEqual(['reminder2']);
    expect(broken.scheduleDay).toBe(14); // the clock ran on
  });
});

describe('gates the law sets', () => {
  it('holds a business hand-over until the term of the ingebrekestelling has passed', () => {
    const schedule = normalizeSchedule([...DEFAULT_BUSINESS_SCHEDULE.filter((s) => s.action !== 'hand_over' && s.action !== 'manager'), { day: 22, action: 'hand_over' }]);
    const records: StepRecord[] = [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'reminder2', on: '2026-03-12' },
      { action: 'reminder3', on: '2026-03-23', termEndsOn: '2026-03-30' },
    ];
    const ctx = (today: string) => business(today, { schedule });
    const blocked = evaluateInvoice(invoice(records), ctx('2026-03-30'));
    expect(blocked.steps.find((s) => s.action === 'hand_over')).toMatchObject({
      status: 'blocked',
      blocked: { until: '2026-03-31', reason: { key: 'dunning.blocked.notice_term', params: { until: { date: '2026-03-30' } } } },
    });
    expect(evaluateInvoice(invoice(records), ctx('2026-03-31')).due.map(stepName)).toContain('hand_over');
  });

  it('refuses a hand-over when the ingebrekestelling was never sent, even if a later step was recorded', () => {
    const records: StepRecord[] = [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'manager', on: '2026-03-30' },
    ];
    const result = evaluateInvoice(invoice(records), business('2026-04-07'));
    // The ingebrekestelling the claim passed is asked at once: the hand-over cannot go without it.
    expect(statusOf(result)).toMatchObject({ reminder2: 'superseded', reminder3: 'due', hand_over: 'blocked' });
    expect(result.due.find((s) => s.action === 'reminder3')).toMatchObject({ dueOn: '2026-03-30', askOn: '2026-03-30' });
    expect(result.steps.find((s) => s.action === 'hand_over')?.blocked).toEqual({ until: null, reason: { key: 'dunning.blocked.notice_missing' } });
  });

  it('never lets a skipped ingebrekestelling count', () => {
    const records: StepRecord[] = [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'reminder2', on: '2026-03-12' },
      { action: 'reminder3', on: '2026-03-23', skipped: true },
    ];
    expect(statusOf(evaluateInvoice(invoice(records), business('2026-03-23'))).reminder3).toBe('due');
  });
});

describe('the consumer schedule never charges costs before the 14-day term has ended', () => {
  const consumer = { kind: 'consumer' as const, schedule: DEFAULT_CONSUMER_SCHEDULE };

  it('day by day: the 14-dagenbrief on day 10, the ingebrekestelling and the hand-over only after its term', () => {
    const { asked, records } = simulate({ ...consumer, dueDate: DUE, from: DUE, to: '2026-05-29' });
    const letter = records.find((r) => r.action === 'consumer14')!;
    expect(letter.on).toBe('2026-03-12');
    expect(letter.termEndsOn).toBe(fourteenDayTerm('2026-03-12').termEndsOn);
    expect(asked).toEqual({
      '2026-03-03': ['reminder1'],
      '2026-03-06': ['call#1'],
      '2026-03-12': ['consumer14'],
      '2026-03-16': ['call#2'],
      // Day 31; the 14-dagenbrief of 12 March was assumed delivered on Saturday 14 March, its term ran
      // from the 15th to Saturday 28 March and so to Monday 30 March: the ingebrekestelling may charge the costs.
      '2026-04-02': ['reminder3'],
      '2026-04-07': ['call#3'], // day 34 is Sunday 5 April; Easter Monday: Tuesday
      '2026-04-08': ['manager'], // day 37
      '2026-04-13': ['hand_over'], // day 42, after the ingebrekestelling's term (7 April)
    });
  });

  it('holds an ingebrekestelling that an edited schedule puts inside the 14-day term until the term has passed', () => {
    // The user moved the ingebrekestelling to day 21 (the settings screen warned); the 14-dagenbrief of
    // Thursday 10 December is assumed delivered Saturday the 12th, so its term ends Saturday 26 December,
    // Tweede Kerstdag, and runs on to Monday 28 December.
    const schedule = normalizeSchedule([
      { day: 1, action: 'reminder1' },
      { day: 10, action: 'consumer14' },
      { day: 21, action: 'reminder3' },
      { day: 31, action: 'hand_over' },
    ]);
    const { asked, records, last } = simulate({ ...consumer, schedule, dueDate: '2026-11-30', from: '2026-11-30', to: '2027-01-20' });
    expect(records.find((r) => r.action === 'consumer14')).toMatchObject({ on: '2026-12-10', termEndsOn: '2026-12-28' });
    expect(asked).toMatchObject({ '2026-12-29': ['reminder3'] }); // not on day 21, Monday 21 December
    const onDay21 = evaluateInvoice(
      invoice(
        records.filter((r) => r.on < '2026-12-21'),
        { dueDate: '2026-11-30' },
      ),
      { ...business('2026-12-21'), ...consumer, schedule },
    );
    expect(onDay21.steps.find((s) => s.action === 'reminder3')).toMatchObject({
      status: 'blocked',
      blocked: { until: '2026-12-29', reason: { key: 'dunning.blocked.fourteen_day_term', params: { until: { date: '2026-12-28' } } } },
    });
    expect(last.stage).toBe('hand_over');
  });

  it('no cost step is asked on or before the term end, for every due date around Easter, May and Christmas', () => {
    const dueDates: string[] = [];
    for (let d = '2026-03-10'; d <= '2026-05-10'; d = addDays(d, 1)) dueDates.push(d);
    for (let d = '2026-11-25'; d <= '2026-12-31'; d = addDays(d, 1)) dueDates.push(d);
    const wrong: string[] = [];
    for (const due of dueDates) {
      const { records } = simulate({ ...consumer, dueDate: due, from: due, to: addDays(due, 60) });
      const letter = records.find((r) => r.action === 'consumer14');
      const costs = records.filter((x) => x.action === 'reminder3' || x.action === 'hand_over');
      if (!letter || costs.length !== 2) wrong.push(`${due}: ${records.map((r) => r.action).join(', ')}`);
      for (const r of costs) if (!(r.on > letter!.termEndsOn!)) wrong.push(`${due}: ${r.action} on ${r.on}, term ends ${letter!.termEndsOn}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a consumer hand-over without a 14-dagenbrief is blocked, with the reason', () => {
    const records: StepRecord[] = [
      { action: 'reminder1', on: '2026-03-03' },
      { action: 'reminder3', on: '2026-04-01', termEndsOn: '2026-04-07' },
      { action: 'manager', on: '2026-04-08' },
    ];
    const result = evaluateInvoice(invoice(records), { ...business('2026-04-20'), ...consumer });
    expect(statusOf(result)).toMatchObject({ consumer14: 'due', hand_over: 'blocked' });
    expect(result.steps.find((s) => s.action === 'hand_over')?.blocked?.reason).toEqual({ key: 'dunning.blocked.fourteen_day_letter_missing' });
  });
});

describe('stage', () => {
  it('is current before the due date, overdue after it, then the highest rung done; settled when nothing is open', () => {
    expect(evaluateInvoice(invoice(), business('2026-03-02')).stage).toBe('current');
    expect(evaluateInvoice(invoice(), business('2026-03-03')).stage).toBe('overdue');
    expect(evaluateInvoice(invoice([{ action: 'reminder1', on: '2026-03-03' }]), business('2026-03-04')).stage).toBe('reminder1');
    expect(evaluateInvoice(invoice([], { openCents: 0 }), business('2026-03-04')).stage).toBe('settled');
  });
});
