import { describe, expect, it } from 'vitest';
import { rollUpDebtor } from './debtor-rollup';
import type { InvoiceInput } from './invoice-stage';
import { letterFit, nextLetter, standingFit } from './letter-fit';
import { DEFAULT_SCHEDULES } from './schedule';
import { OFFICE_2026 } from './test-calendar';

const TODAY = '2026-04-20';
const roll = (invoices: InvoiceInput[], kind: 'business' | 'consumer' = 'business') =>
  rollUpDebtor({ debtorId: 1, kind, invoices }, { today: TODAY, schedules: DEFAULT_SCHEDULES, isWorkingDay: OFFICE_2026 });
const inv = (id: number, over: Partial<InvoiceInput> = {}): InvoiceInput => ({ id, dueDate: '2026-03-02', openCents: 10_000, records: [], interruptions: [], ...over });
const inDefault = inv(1, {
  records: [
    { action: 'reminder1', on: '2026-03-03' },
    { action: 'reminder2', on: '2026-03-12' },
    { action: 'reminder3', on: '2026-03-23' },
  ],
});

describe('a reminder letter against the debtor’s stage (issue 10, item 8)', () => {
  it('refuses a betalingsherinnering after the ingebrekestelling, saying how far the debtor is', () => {
    expect(letterFit(roll([inDefault]), 'reminder1')).toEqual({ ok: false, reason: { key: 'dunning.refusal.behind_stage', params: { letter: 'reminder1', stage: 'reminder3' } } });
  });

  it('lets a betalingsherinnering cover a new invoice of the same debtor, and only that one', () => {
    expect(letterFit(roll([inDefault, inv(2, { dueDate: '2026-04-15' })]), 'reminder1')).toEqual({ ok: true, invoiceIds: [2] });
    expect(letterFit(roll([inDefault, inv(2, { dueDate: '2026-04-15' })]), 'reminder3')).toEqual({ ok: true, invoiceIds: [1, 2] });
  });

  it('refuses any reminder during a payment plan or a complaint covering everything overdue', () => {
    const plan = inv(1, { interruptions: [{ kind: 'plan', from: '2026-03-20', until: null }] });
    expect(letterFit(roll([plan]), 'reminder2')).toEqual({ ok: false, reason: { key: 'dunning.refusal.during_plan' } });
    const complaint = inv(1, { interruptions: [{ kind: 'complaint', from: '2026-03-20', until: null }] });
    expect(letterFit(roll([complaint]), 'reminder2')).toEqual({ ok: false, reason: { key: 'dunning.refusal.during_complaint' } });
  });

  it('refuses a 14-dagenbrief to a business, and a letter when nothing is overdue', () => {
    expect(letterFit(roll([inv(1)]), 'consumer14')).toMatchObject({ ok: false, reason: { key: 'dunning.refusal.fourteen_day_letter_for_business' } });
    expect(letterFit(roll([inv(1, { dueDate: '2026-05-01' })]), 'reminder1')).toMatchObject({ ok: false, reason: { key: 'dunning.refusal.nothing_overdue' } });
    expect(letterFit(roll([inv(1)], 'consumer'), 'consumer14')).toEqual({ ok: true, invoiceIds: [1] });
  });
});

describe('the debtor’s own next letter', () => {
  const planPaused = inv(1, { interruptions: [{ kind: 'plan', from: '2026-03-20', until: null }] });
  const lateTerm = { planId: 5, seq: 1, dueDate: '2026-04-15', amountCents: 5_000, paidCents: 1_000 };

  it('is the schedule’s letter due today (a debtor never written to starts with the first), or nothing when none is', () => {
    expect(nextLetter({ kind: 'business', dunning: roll([inv(1)]), lateTerms: [] })).toMatchObject({ type: 'reminder1', invoiceIds: [1] });
    expect(nextLetter({ kind: 'business', dunning: null, lateTerms: [] })).toBeNull();
  });

  it('within a plan: nothing while the terms are paid on time, the term reminder for what is late once one is not', () => {
    expect(nextLetter({ kind: 'business', dunning: roll([planPaused]), lateTerms: [] })).toBeNull();
    expect(nextLetter({ kind: 'business', dunning: roll([planPaused]), lateTerms: [lateTerm] })).toEqual({ type: 'plan_term_reminder', invoiceIds: [], amountCents: 4_000 });
    expect(standingFit({ kind: 'business', dunning: roll([planPaused]), lateTerms: [lateTerm] }, 'reminder2')).toEqual({ ok: false, reason: { key: 'dunning.refusal.during_plan' } });
    expect(standingFit({ kind: 'business', dunning: roll([planPaused]), lateTerms: [] }, 'plan_term_reminder')).toEqual({ ok: false, reason: { key: 'dunning.refusal.no_late_term' } });
  });
});
