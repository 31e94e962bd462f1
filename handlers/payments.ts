// Payments recorded by hand (seed 000: "De factuur heb ik reeds betaald" → date, amount, description),
// from the bank statement and from the bookkeeping's export: the payment, its allocation over the claim
// parts (handlers/claim-parts.ts), the active plan's installments, and the debtor's promises and plan
// settled at once.
import type { Db } from '../db/client';
import { insertPayment, paymentsOf } from '../db/payments.repo';
import { planInvoiceIds, plansIn } from '../db/plans.repo';
import { openInvoices } from '../db/invoice-balances';
import { getSettings } from '../db/settings.repo';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import { unallocatedCentsOf, type AllocationLine } from '../domain/lifecycle/allocation';
import { allocateIncoming } from './claim-parts';
import type { paymentChannels } from '../ipc/channels/payments';
import { today, type HandlerGroup } from './context';
import { requireDebtor, requireOwnInvoices, requirePastDate } from './guards';
import { invalidInput } from './refusals';
import { applyPaymentToPlan, getPlan, type InstallmentPaid } from './plans';
import { settleDebtor } from './settle';
import { afterPaidInFull } from './dunning-ledger';
import { closeOpenTasks } from '../db/tasks.repo';
import { message } from '../domain/message';

interface RecordPaymentInput {
  debtorId: number;
  receivedOn: IsoDate;
  amountCents: Cents;
  description?: string;
  /** Invoices the customer named, paid first in this order; the rest goes to the oldest open invoices. */
  invoiceIds?: readonly number[];
  /** The plan this payment is for; by default the debtor's active plan, if any. */
  planId?: number;
}

export interface RecordedPayment {
  paymentId: number;
  allocations: AllocationLine[];
  unallocatedCents: Cents;
  installments: InstallmentPaid[];
  /** The plan this payment completed, if it did. */
  completedPlanId: number | null;
  keptPromiseIds: number[];
}

/**
 * Records a payment received on or before `today` and applies it: costs and interest once a letter
 * claimed them (art. 6:44 BW), then principal of the named invoices, then of the oldest open invoices (invoices under an open complaint only when named); what is left
 * stays unallocated. Refused: an amount of € 0,00 or less, a date in the future, another debtor's
 * invoice or plan, or a plan that is not active.
 */
export function recordPayment(db: Db, input: RecordPaymentInput, today: IsoDate): RecordedPayment {
  const debtor = requireDebtor(db, input.debtorId);
  if (!Number.isSafeInteger(input.amountCents)) throw invalidInput('errors.payment.whole_cents', { value: input.amountCents });
  if (input.amountCents <= 0) throw invalidInput('errors.payment.not_positive', { amount: { cents: input.amountCents } });
  const receivedOn = requirePastDate(input.receivedOn, 'receivedOn', today);
  const named = requireOwnInvoices(db, input.debtorId, input.invoiceIds ?? []).map((i) => i.id);
  if (input.planId !== undefined && getPlan(db, input.planId).debtorId !== input.debtorId) throw invalidInput('errors.plan.not_own');
  // A payment on a plan pays the invoices the plan covers, oldest first (art. 6:43 lid 1 BW: paying the
  // agreed term designates them), not the oldest invoice outside it, unless the payer named others.
  const planId = planFor(db, input, receivedOn);
  if (named.length === 0 && planId !== undefined) {
    const open = new Set(openInvoices(db, input.debtorId).map((i) => i.id));
    named.push(...planInvoiceIds(db, planId).filter((id) => open.has(id)));
  }

  // Costs, then interest, then principal once a letter claimed them (art. 6:44 BW); the interest accrued
  // to the payment is booked with it.
  const incoming = allocateIncoming(db, debtor, { amountCents: input.amountCents, receivedOn, namedInvoiceIds: named });
  return applyPayment(db, { ...input, receivedOn, description: input.description?.trim() ?? '' }, planId, incoming.lines, today, incoming.bookWith);
}

/**
 * A payment whose split over the invoices is already known: what the bookkeeping's export shows paid
 * on each invoice. Applied to the plan and settled like any other payment.
 */
export function recordAllocatedPayment(
  db: Db,
  input: { debtorId: number; receivedOn: IsoDate; description: string; allocations: readonly { invoiceId: number; cents: Cents }[] },
  today: IsoDate,
): RecordedPayment {
  const allocations: AllocationLine[] = input.allocations.map((a) => ({ invoiceId: a.invoiceId, kind: 'principal', amountCents: a.cents }));
  const amountCents = allocations.reduce((s, a) => s + a.amountCents, 0);
  return applyPayment(db, { debtorId: input.debtorId, receivedOn: input.receivedOn, amountCents, description: input.description }, planFor(db, input, input.receivedOn), allocations, today);
}

/** The plan a payment is for: the one named, else the debtor's active plan if it was agreed by the day the money came in. */
function planFor(db: Db, input: { debtorId: number; planId?: number }, receivedOn: IsoDate): number | undefined {
  if (input.planId !== undefined) return input.planId;
  const active = plansIn(db, ['active'], input.debtorId)[0];
  // A payment from before an automatically chosen plan was agreed is not one of its installments.
  return active && receivedOn >= active.agreedOn ? active.id : undefined;
}

function applyPayment(
  db: Db,
  input: { debtorId: number; receivedOn: IsoDate; amountCents: Cents; description: string },
  /** The plan the payment is for (planFor), if any. */
  planId: number | undefined,
  allocations: AllocationLine[],
  today: IsoDate,
  /** Books what goes with the payment (the interest accrued to it), given the payment's id. */
  bookWith?: (paymentId: number) => void,
): RecordedPayment {
  const { debtorId, receivedOn, amountCents } = input;
  const paymentId = insertPayment(db, { debtorId, receivedOn, amountCents, description: input.description }, allocations);
  bookWith?.(paymentId);

  const plan = planId !== undefined ? applyPaymentToPlan(db, planId, { amountCents, receivedOn }) : undefined;

  const settled = settleDebtor(db, debtorId, today, getSettings(db).planGraceDays);
  // "Check that the payment comes in" without a promise to measure it by: it came in.
  closeOpenTasks(db, { debtorId, types: ['verify_payment'], promiseId: null }, today, null,
    message('task.closed_by.payment', { amount: { cents: amountCents }, date: { date: receivedOn } }));
  afterPaidInFull(db, debtorId, receivedOn, today);
  return {
    paymentId,
    allocations,
    unallocatedCents: unallocatedCentsOf(allocations),
    installments: plan?.installments ?? [],
    completedPlanId: plan?.completed ? planId! : null,
    keptPromiseIds: settled.keptPromiseIds,
  };
}

export const paymentHandlers = {
  'payments:record': (ctx, input) => recordPayment(ctx.db, input, today(ctx)),
  'payments:list': (ctx, { debtorId }) => paymentsOf(ctx.db, requireDebtor(ctx.db, debtorId).id),
} satisfies HandlerGroup<keyof typeof paymentChannels>;
