// Installments (termijnen) of a payment plan: due → paid, or late once the due date has passed without
// full payment; a late installment can still be paid. Payments fill the installments in order.
import { addDays, type IsoDate } from '../dates';
import type { Cents } from '../money';
import { message } from '../message';
import type { Lifecycle } from './lifecycle';

export const INSTALLMENT_STATUSES = ['due', 'late', 'paid'] as const;
export type InstallmentStatus = (typeof INSTALLMENT_STATUSES)[number];
export const INSTALLMENT_EVENTS = ['fall_behind', 'pay_in_full', 'payment_returned'] as const;
export type InstallmentEvent = (typeof INSTALLMENT_EVENTS)[number];

export const installmentLifecycle: Lifecycle<InstallmentStatus, InstallmentEvent> = {
  states: INSTALLMENT_STATUSES,
  events: INSTALLMENT_EVENTS,
  table: {
    due: { fall_behind: 'late', pay_in_full: 'paid' },
    late: { pay_in_full: 'paid' },
    // The bank took back the payment that paid it: due again (late once settling sees its date passed).
    paid: { payment_returned: 'due' },
  },
  refusal: (state, event) =>
    message(event === 'payment_returned' ? 'errors.installment.not_paid' : state === 'paid' ? 'errors.installment.already_paid' : 'errors.installment.already_late'),
};

export interface InstallmentAmounts {
  seq: number;
  dueDate: IsoDate;
  amountCents: Cents;
  paidCents: Cents;
}

/** Paid when fully paid; late when the due date has passed without that; otherwise due. */
export function installmentStatus(i: InstallmentAmounts, today: IsoDate): InstallmentStatus {
  if (i.paidCents >= i.amountCents) return 'paid';
  return today > i.dueDate ? 'late' : 'due';
}

/** The last day of grace after the due date; the plan defaults on the day after. */
export function graceEndsOn(dueDate: IsoDate, graceDays: number): IsoDate {
  return addDays(dueDate, graceDays);
}

/** The first installment that is still not fully paid after its grace period, or undefined. */
export function installmentInDefault<T extends InstallmentAmounts>(
  installments: readonly T[],
  today: IsoDate,
  graceDays: number,
): T | undefined {
  return [...installments]
    .sort((a, b) => a.seq - b.seq)
    .find((i) => i.paidCents < i.amountCents && today > graceEndsOn(i.dueDate, graceDays));
}

export interface InstallmentPayment<T> {
  installment: T;
  addCents: Cents;
  paidCents: Cents;
  fullyPaid: boolean;
}

/** Fills the unpaid installments in order with `amountCents`; a rest beyond the plan is not used. */
export function payInstallments<T extends InstallmentAmounts>(
  amountCents: Cents,
  installments: readonly T[],
): InstallmentPayment<T>[] {
  const out: InstallmentPayment<T>[] = [];
  let left = amountCents;
  for (const i of [...installments].sort((a, b) => a.seq - b.seq)) {
    const owed = i.amountCents - i.paidCents;
    if (left <= 0) break;
    if (owed <= 0) continue;
    const add = Math.min(owed, left);
    left -= add;
    out.push({ installment: i, addCents: add, paidCents: i.paidCents + add, fullyPaid: add === owed });
  }
  return out;
}
