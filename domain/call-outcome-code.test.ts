import { describe, expect, it } from 'vitest';
import { CallOutcome } from './call-outcome';
import { callCountsForSchedule, callOutcomeCode, type CallOutcomeFacts } from './call-outcome-code';

const call = (over: Partial<CallOutcomeFacts>): CallOutcomeFacts => ({ result: 'no_agreement', excuses: [], tasks: [], complaints: [], ...over });

describe('the outcome code of a call', () => {
  it('nobody reached: the result says which way', () => {
    for (const result of ['no_answer', 'voicemail', 'wrong_number', 'not_reached'] as const) expect(callOutcomeCode(call({ result }))).toBe(result);
  });

  it('a plan or a promise outranks what else the call brought (they have a date to hold the debtor to)', () => {
    const plan = { totalCents: 313_522, installments: [] };
    const promise = { date: '2026-03-20', amountCents: 17_849 };
    const complaint = { description: 'Schoenen beschadigd', invoiceIds: [456] };
    expect(callOutcomeCode(call({ result: 'agreement', plan, promise, complaints: [complaint] }))).toBe('plan');
    expect(callOutcomeCode(call({ result: 'agreement', promise, complaints: [complaint] }))).toBe('promise');
    expect(callOutcomeCode(call({ result: 'preventive_confirmed', promise }))).toBe('promise');
  });

  it('a complaint is a dispute; "already paid" and "the bank made a mistake" are paid already', () => {
    expect(callOutcomeCode(call({ result: 'complaint', complaints: [{}] }))).toBe('dispute_raised');
    expect(callOutcomeCode(call({ result: 'preventive_issue', complaints: [{}] }))).toBe('dispute_raised');
    expect(callOutcomeCode(call({ result: 'agreement', excuses: ['already_paid'], tasks: [{ type: 'verify_payment' }] }))).toBe('paid_already');
    expect(callOutcomeCode(call({ result: 'agreement', excuses: ['bank_error'] }))).toBe('paid_already');
  });

  it('a call-back appointment, whether with the right person or not', () => {
    expect(callOutcomeCode(call({ result: 'call_back', tasks: [{ type: 'call_back' }] }))).toBe('call_back_agreed');
    expect(callOutcomeCode(call({ result: 'agreement', excuses: ['no_time'], tasks: [{ type: 'call_back' }] }))).toBe('call_back_agreed');
  });

  it('else: reached with or without an agreement', () => {
    expect(callOutcomeCode(call({ result: 'agreement', excuses: ['never_received'], tasks: [{ type: 'send_invoice_copy' }] }))).toBe('reached_agreement');
    expect(callOutcomeCode(call({ result: 'no_agreement', excuses: ['cannot_pay'] }))).toBe('reached_no_agreement');
    expect(callOutcomeCode(call({ result: 'preventive_issue' }))).toBe('reached_no_agreement');
  });

  it('only a call that reached someone counts as the schedule’s call', () => {
    expect(callCountsForSchedule('reached_no_agreement')).toBe(true);
    expect(callCountsForSchedule('call_back_agreed')).toBe(true);
    expect(['no_answer', 'voicemail', 'wrong_number', 'not_reached'].map((c) => callCountsForSchedule(c as never))).toEqual([false, false, false, false]);
  });

  it('reads a whole outcome as the call machine writes it', () => {
    const outcome = CallOutcome.parse({
      debtorId: 1,
      kind: 'collection',
      machineVersion: 1,
      collector: 'Sanne de Vries',
      tone: 'zakelijk',
      startedAt: '2026-03-17T09:40:00.000Z',
      endedAt: '2026-03-17T09:46:00.000Z',
      result: 'agreement',
      summary: [],
      notes: '',
      excuses: ['will_pay'],
      path: [{ step: 'greeting', at: '2026-03-17T09:40:00.000Z' }],
      tasks: [{ type: 'verify_payment', title: { key: 'task.verify_payment' }, dueDate: '2026-03-20' }],
      complaints: [],
      promise: { date: '2026-03-19', amountCents: 313_522 },
    });
    expect(callOutcomeCode(outcome)).toBe('promise');
  });
});
