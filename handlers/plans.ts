// Payment plans (betalingsregeling, seed 000): agreed by phone, sent to be signed, signed and returned,
// active; payments fill the installments in order. Defaulting is handlers/settle.ts.
import type { Db } from '../db/client';
import { findPlan, insertPlan, plansIn, plansOf, updateInstallment, updatePlan, type InstallmentRow, type PlanWithInstallments } from '../db/plans.repo';
import { paymentsReceivedSince } from '../db/payments.repo';
import { invoiceBalances } from '../db/invoice-balances';
import { closeOpenTasks } from '../db/tasks.repo';
import { getSettings } from '../db/settings.repo';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import { OutcomePlan } from '../domain/call-outcome';
import { planCoverage } from '../domain/plan-coverage';
import { newPlanRefusal, planLifecycle } from '../domain/lifecycle/plan';
import { installmentLifecycle, payInstallments } from '../domain/lifecycle/installment';
import { validationIssues } from '../ipc/validation';
import { AppError } from '../ipc/errors';
import type { planChannels } from '../ipc/channels/plans';
import { today, type HandlerGroup } from './context';
import { mustStep, requireDate, requireDebtor, requireNotBefore, requireOwnInvoices, requirePastDate } from './guards';
import { invalidInput, notAllowed, notFound } from './refusals';
import { settleDebtor } from './settle';

export function getPlan(db: Db, planId: number): PlanWithInstallments {
  const plan = findPlan(db, planId);
  if (!plan) throw notFound('errors.not_found', { thing: 'plan', id: planId });
  return plan;
}

interface NewPlan {
  debtorId: number;
  callId?: number | null;
  agreedOn: IsoDate;
  /** The open invoices the plan covers; its total must be what is open on them. */
  invoiceIds: number[];
  totalCents: Cents;
  installments: { dueDate: IsoDate; amountCents: Cents }[];
}

const list = (numbers: string[]) => ({ numbers: { list: numbers }, count: numbers.length });

/** The debtor's invoices the plan covers, as they stand now; refused unless planCoverage allows them. */
function requireCoverage(db: Db, input: NewPlan): number[] {
  if (input.invoiceIds.length === 0) throw invalidInput('errors.plan.no_invoice');
  requireOwnInvoices(db, input.debtorId, input.invoiceIds);
  const coverage = planCoverage(input.invoiceIds, invoiceBalances(db, input.debtorId), input.totalCents);
  if (coverage.ok) return coverage.invoices.map((i) => i.id);
  const r = coverage.refusal;
  switch (r.why) {
    case 'no_invoice':
      throw invalidInput('errors.plan.no_invoice');
    case 'unknown':
      throw invalidInput('errors.not_found', { thing: 'invoice', id: r.ids[0]! });
    case 'under_complaint':
      throw notAllowed('errors.plan.invoice_under_complaint', list(r.numbers));
    case 'not_open':
      throw notAllowed('errors.plan.invoice_not_open', list(r.numbers));
    case 'total':
      throw invalidInput('errors.plan.total_not_invoices', { total: { cents: r.totalCents }, invoices: { cents: r.invoicesCents } });
  }
}

/**
 * Records a plan agreed by phone (status proposed) for the open invoices it covers. Refused when this
 * debtor may not be offered a plan, with more terms than allowed for them, when the terms do not add up,
 * without an invoice, for an invoice that is not this debtor's, not open or under a complaint, or when
 * the total is not what is open on the chosen invoices.
 */
export function createPlan(db: Db, input: NewPlan): PlanWithInstallments {
  const debtor = requireDebtor(db, input.debtorId);
  requireDate(input.agreedOn, 'agreedOn');
  const refusal = newPlanRefusal(debtor, input);
  if (refusal?.code === 'not_allowed') throw new AppError(refusal.code, refusal.reason);
  const invoiceIds = requireCoverage(db, input);
  const parsed = OutcomePlan.safeParse({ invoiceIds, totalCents: input.totalCents, installments: input.installments }, { reportInput: true });
  if (!parsed.success) throw invalidInput('errors.plan.invalid', undefined, validationIssues(parsed.error));
  if (refusal) throw new AppError(refusal.code, refusal.reason);
  const id = insertPlan(db, { debtorId: input.debtorId, callId: input.callId ?? null, totalCents: input.totalCents, agreedOn: input.agreedOn }, input.installments, invoiceIds);
  return getPlan(db, id);
}

/** The plan was put on paper and sent to the customer to be signed; the task to send it is done. */
export function markPlanSent(db: Db, input: { planId: number; sentOn?: IsoDate }, today: IsoDate): PlanWithInstallments {
  const plan = getPlan(db, input.planId);
  const status = mustStep(planLifecycle, plan.status, 'send');
  const sentOn = requireNotBefore(requirePastDate(input.sentOn ?? today, 'sentOn', today), 'sentOn', plan.agreedOn);
  updatePlan(db, plan.id, { status, sentOn });
  // The task to send it: linked to the plan, or (recorded before tasks named their plan) to the call that agreed it.
  closeOpenTasks(db, { planId: plan.id, types: ['send_plan_for_signature'] }, sentOn, null);
  if (plan.callId !== null) closeOpenTasks(db, { callId: plan.callId, types: ['send_plan_for_signature'] }, sentOn, null);
  return getPlan(db, plan.id);
}

/** The customer returned the plan signed. */
export function markPlanSigned(db: Db, input: { planId: number; signedOn?: IsoDate }, today: IsoDate): PlanWithInstallments {
  const plan = getPlan(db, input.planId);
  const status = mustStep(planLifecycle, plan.status, 'sign');
  const signedOn = requireNotBefore(requirePastDate(input.signedOn ?? today, 'signedOn', today), 'signedOn', plan.sentOn ?? plan.agreedOn);
  updatePlan(db, plan.id, { status, signedOn });
  return getPlan(db, plan.id);
}

/**
 * A signed plan goes into effect: payments now fill its installments, including those received since
 * it was agreed. One active plan per debtor. Settled at once: a term already past shows as late.
 */
export function activatePlan(db: Db, input: { planId: number }, today: IsoDate): PlanWithInstallments {
  const plan = getPlan(db, input.planId);
  const status = mustStep(planLifecycle, plan.status, 'activate');
  if (plansIn(db, ['active'], plan.debtorId).length) throw notAllowed('errors.plan.one_active');
  updatePlan(db, plan.id, { status });
  // A customer who paid the first term before returning the signed plan has paid it all the same.
  for (const payment of paymentsReceivedSince(db, plan.debtorId, plan.agreedOn)) {
    if (getPlan(db, plan.id).status !== 'active') break;
    applyPaymentToPlan(db, plan.id, payment);
  }
  settleDebtor(db, plan.debtorId, today, getSettings(db).planGraceDays);
  return getPlan(db, plan.id);
}

export interface InstallmentPaid {
  planId: number;
  installmentId: number;
  seq: number;
  addCents: Cents;
  paidCents: Cents;
  status: InstallmentRow['status'];
}

/**
 * Puts a payment on the plan's installments in order (paid_cents accumulating); an installment fully
 * paid becomes paid on `receivedOn`, and the plan completed when all are. Refused unless the plan is
 * active. The money itself is allocated to invoices by the payment.
 */
export function applyPaymentToPlan(db: Db, planId: number, payment: { amountCents: Cents; receivedOn: IsoDate }): { installments: InstallmentPaid[]; completed: boolean } {
  const plan = getPlan(db, planId);
  mustStep(planLifecycle, plan.status, 'pay');
  if (payment.receivedOn < plan.agreedOn) throw invalidInput('errors.payment.before_plan');
  const paid = payInstallments(payment.amountCents, plan.installments).map(({ installment: i, addCents, paidCents, fullyPaid }) => {
    const status = fullyPaid ? mustStep(installmentLifecycle, i.status, 'pay_in_full') : i.status;
    updateInstallment(db, i.id, { paidCents, status, paidOn: fullyPaid ? payment.receivedOn : null });
    return { planId, installmentId: i.id, seq: i.seq, addCents, paidCents, status };
  });
  const completed = getPlan(db, planId).installments.every((i) => i.status === 'paid');
  if (completed) updatePlan(db, planId, { status: mustStep(planLifecycle, plan.status, 'complete'), completedOn: payment.receivedOn });
  return { installments: paid, completed };
}

export const planHandlers = {
  'plans:list': (ctx, { debtorId }) => plansOf(ctx.db, requireDebtor(ctx.db, debtorId).id),
  'plans:markSent': (ctx, input) => markPlanSent(ctx.db, input, today(ctx)),
  'plans:markSigned': (ctx, input) => markPlanSigned(ctx.db, input, today(ctx)),
  'plans:activate': (ctx, input) => activatePlan(ctx.db, input, today(ctx)),
} satisfies HandlerGroup<keyof typeof planChannels>;
