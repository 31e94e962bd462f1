// A promise to pay (betaalbelofte): kept when the payments received from the day it was made up to and
// including the promised date cover the amount; broken when that has not happened by the next working
// day after the promised date (a payment made on the promised date may show up a working day later).
import type { IsoDate } from '../dates';
import { message, type Message } from '../message';
import type { Cents } from '../money';
import { DEFAULT_OFFICE_CALENDAR, nextOfficeDay, type OfficeCalendar } from '../calendar/office-days';
import type { Lifecycle } from './lifecycle';

export const PROMISE_STATUSES = ['pending', 'kept', 'broken'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];
export const PROMISE_EVENTS = ['payments_cover', 'deadline_passed', 'payment_returned'] as const;
export type PromiseEvent = (typeof PROMISE_EVENTS)[number];

export const promiseLifecycle: Lifecycle<PromiseStatus, PromiseEvent> = {
  states: PROMISE_STATUSES,
  events: PROMISE_EVENTS,
  table: {
    pending: { payments_cover: 'kept', deadline_passed: 'broken' },
    // A payment entered late but received in time shows the promise was kept after all.
    broken: { payments_cover: 'kept' },
    // The bank took back (storno, returned direct debit) the payment that kept it: open again.
    kept: { payment_returned: 'pending' },
  },
  refusal: (state, event) =>
    message(event === 'payment_returned' ? 'errors.promise.not_kept' : state === 'kept' ? 'errors.promise.already_kept' : 'errors.promise.already_broken'),
};

export interface PromiseTerms {
  madeOn: IsoDate;
  promisedDate: IsoDate;
  amountCents: Cents;
}

/** The first day on which an unpaid promise counts as broken: the office's next working day after the promised date. */
export function promiseBreaksOn(p: PromiseTerms, office: OfficeCalendar = DEFAULT_OFFICE_CALENDAR): IsoDate {
  return nextOfficeDay(p.promisedDate, office);
}

/**
 * What the promise is on `today`, given `receivedCents`: the sum of the debtor's payments received
 * from `madeOn` up to and including `promisedDate`.
 */
export function evaluatePromise(p: PromiseTerms, receivedCents: Cents, today: IsoDate, office: OfficeCalendar = DEFAULT_OFFICE_CALENDAR): PromiseStatus {
  if (receivedCents >= p.amountCents) return 'kept';
  return today >= promiseBreaksOn(p, office) ? 'broken' : 'pending';
}

/** "Betaalbelofte van 3 maart 2026 (€ 1.250,00) niet nagekomen" — the reason shown on Vandaag (i18n/messages/tasks.ts). */
export function brokenPromiseReason(p: PromiseTerms): Message {
  return message('task.promise_broken', { date: { date: p.promisedDate }, amount: { cents: p.amountCents } });
}
