// Payments recorded by hand (seed 000: "De factuur heb ik reeds betaald" → date, amount, description).
// One transaction: the payment, its allocation over the open invoices, the active plan's installments,
// and the debtor's promises re-evaluated.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { paymentAllocations, payments } from './schema';
import { openInvoices } from './invoice-balances';
import { activePlanOf, applyPaymentToPlan, getPlan, type InstallmentPaid } from './plans.repo';
import { reevaluatePromises } from './promises.repo';
import { requireDebtor, requireOwnInvoices, requirePastDate } from './repo-guards';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import { allocatePayment, type AllocationLine } from '../domain/lifecycle/allocation';
import { invalidInput } from '../ipc/errors';

export interface RecordPaymentInput {
  debtorId: number;
  receivedOn: IsoDate;
  amountCents: Cents;
  description?: string;
  /** Invoices the customer named, paid first in this order; the rest goes to the oldest open invoices. */
  invoiceIds?: number[];
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
 * Records a payment received on or before `today` and applies it: principal of the named invoices,
 * then of the oldest open invoices (invoices under an open complaint only when named); what is left
 * stays unallocated. Refused: an amount of € 0,00 or less, a date in the future, another debtor's
 * invoice or plan, or a plan that is not active.
 */
export function recordPayment(db: Db, input: RecordPaymentInput, today: IsoDate): RecordedPayment {
  return db.transaction((tx) => {
    requireDebtor(tx, input.debtorId);
    if (!Number.isSafeInteger(input.amountCents))
      throw invalidInput('errors.payment.whole_cents', { value: input.amountCents });
    if (input.amountCents <= 0)
      throw invalidInput('errors.payment.not_positive', { amount: { cents: input.amountCents } });
    const receivedOn = requirePastDate(input.receivedOn, 'receivedOn', today);
    const named = requireOwnInvoices(tx, input.debtorId, input.invoiceIds ?? []).map((i) => i.id);
    if (input.planId !== undefined && getPlan(tx, input.planId).debtorId !== input.debtorId)
      throw invalidInput('errors.plan.not_own');

    const items = openInvoices(tx, input.debtorId).map((i) => ({
      invoiceId: i.id,
      kind: 'principal' as const,
      openCents: i.openCents,
      onHold: i.onHold,
    }));
    const allocations = allocatePayment(input.amountCents, items, named);

    const { id: paymentId } = tx
      .insert(payments)
      .values({ debtorId: input.debtorId, receivedOn, amountCents: input.amountCents, description: input.description?.trim() ?? '' })
      .returning({ id: payments.id })
      .get();
    for (const a of allocations) tx.insert(paymentAllocations).values({ paymentId, ...a }).run();

    const planId = input.planId ?? activePlanOf(tx, input.debtorId)?.id;
    // A payment from before an automatically chosen plan was agreed is not one of its installments.
    const applies = planId !== undefined && (input.planId !== undefined || receivedOn >= getPlan(tx, planId).agreedOn);
    const plan = applies ? applyPaymentToPlan(tx, planId, { amountCents: input.amountCents, receivedOn }) : undefined;

    const promises = reevaluatePromises(tx, input.debtorId, today);
    return {
      paymentId,
      allocations,
      unallocatedCents: allocations.filter((a) => a.kind === 'unallocated').reduce((s, a) => s + a.amountCents, 0),
      installments: plan?.installments ?? [],
      completedPlanId: plan?.completed ? planId! : null,
      keptPromiseIds: promises.kept,
    };
  });
}

export interface PaymentItem {
  id: number;
  receivedOn: IsoDate;
  amountCents: Cents;
  description: string;
  createdAt: string;
  allocations: { invoiceId: number | null; kind: AllocationLine['kind']; amountCents: Cents }[];
}

/** The debtor's payments with how each was applied, newest first. */
export function paymentsOf(db: Db, debtorId: number): PaymentItem[] {
  const rows = db.select().from(payments).where(eq(payments.debtorId, debtorId)).orderBy(desc(payments.receivedOn), desc(payments.id)).all();
  if (rows.length === 0) return [];
  const allocs = db
    .select()
    .from(paymentAllocations)
    .where(inArray(paymentAllocations.paymentId, rows.map((r) => r.id)))
    .orderBy(asc(paymentAllocations.id))
    .all();
  return rows.map((p) => ({
    id: p.id,
    receivedOn: p.receivedOn,
    amountCents: p.amountCents,
    description: p.description,
    createdAt: p.createdAt,
    allocations: allocs
      .filter((a) => a.paymentId === p.id)
      .map(({ invoiceId, kind, amountCents }) => ({ invoiceId, kind, amountCents })),
  }));
}
