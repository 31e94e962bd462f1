// Payment plans (betalingsregeling, seed 000): agreed by phone, sent to be signed, signed and returned,
// active; payments fill the installments in order. An installment left unpaid past the grace period
// defaults the plan: the whole remaining claim is due and the debtor goes to ingebrekestelling.
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, paymentPlans, payments, planInstallments } from './schema';
import { createTask } from './tasks.repo';
import { debtorBalance } from './invoice-balances';
import { mustStep, requireDate, requireDebtor, requirePastDate } from './repo-guards';
import { formatDateLong, type IsoDate } from '../domain/dates';
import { formatEuro, type Cents } from '../domain/money';
import { OutcomePlan } from '../domain/call-outcome';
import { message } from '../domain/message';
import { planLifecycle, DEFAULT_PLAN_GRACE_DAYS } from '../domain/lifecycle/plan';
import { installmentInDefault, installmentLifecycle, payInstallments } from '../domain/lifecycle/installment';
import { invalidInput, notAllowed, notFound } from '../ipc/errors';
import { validationIssues } from '../ipc/validation';

export type PlanRow = typeof paymentPlans.$inferSelect;
export type InstallmentRow = typeof planInstallments.$inferSelect;
export interface PlanWithInstallments extends PlanRow {
  installments: InstallmentRow[];
}

function installmentsOf(db: Db, planIds: number[]): InstallmentRow[] {
  if (planIds.length === 0) return [];
  return db.select().from(planInstallments).where(inArray(planInstallments.planId, planIds)).orderBy(asc(planInstallments.planId), asc(planInstallments.seq)).all();
}

function withInstallments(db: Db, plans: PlanRow[]): PlanWithInstallments[] {
  const all = installmentsOf(db, plans.map((p) => p.id));
  return plans.map((p) => ({ ...p, installments: all.filter((i) => i.planId === p.id) }));
}

export function getPlan(db: Db, planId: number): PlanWithInstallments {
  const row = db.select().from(paymentPlans).where(eq(paymentPlans.id, planId)).get();
  if (!row) throw notFound('errors.not_found', { thing: 'plan', id: planId });
  return withInstallments(db, [row])[0]!;
}

/** The debtor's plans with their installments, newest first. */
export function plansOf(db: Db, debtorId: number): PlanWithInstallments[] {
  const rows = db.select().from(paymentPlans).where(eq(paymentPlans.debtorId, debtorId)).orderBy(desc(paymentPlans.agreedOn), desc(paymentPlans.id)).all();
  return withInstallments(db, rows);
}

export interface NewPlan {
  debtorId: number;
  callId?: number | null;
  agreedOn: IsoDate;
  totalCents: Cents;
  installments: { dueDate: IsoDate; amountCents: Cents }[];
}

/**
 * Records a plan agreed by phone (status proposed). Refused when this debtor may not be offered a plan,
 * or with more terms than allowed for them (at most four, seed 000), or when the terms do not add up.
 */
export function createPlan(db: Db, input: NewPlan): PlanWithInstallments {
  return db.transaction((tx) => {
    const debtor = requireDebtor(tx, input.debtorId);
    requireDate(input.agreedOn, 'agreedOn');
    const parsed = OutcomePlan.safeParse({ totalCents: input.totalCents, installments: input.installments });
    if (!parsed.success) {
      throw invalidInput('errors.plan.invalid', undefined, validationIssues(parsed.error));
    }
    if (!debtor.mayOfferPlan) throw notAllowed('errors.plan.not_offered', { name: debtor.name });
    if (input.installments.length > debtor.maxPlanTerms)
      throw notAllowed('errors.plan.too_many_terms', { name: debtor.name, max: debtor.maxPlanTerms });
    if (input.installments[0]!.dueDate < input.agreedOn)
      throw invalidInput('errors.plan.first_term_before_agreed');
    const { id } = tx
      .insert(paymentPlans)
      .values({ debtorId: input.debtorId, callId: input.callId ?? null, totalCents: input.totalCents, agreedOn: input.agreedOn })
      .returning({ id: paymentPlans.id })
      .get();
    for (const [i, term] of input.installments.entries())
      tx.insert(planInstallments).values({ planId: id, seq: i + 1, dueDate: term.dueDate, amountCents: term.amountCents }).run();
    return getPlan(tx, id);
  });
}

/** Checks the date of a step: real, not in the future, not before the step before it. */
function stepDate(value: IsoDate, field: string, notBefore: IsoDate, today: IsoDate): IsoDate {
  requirePastDate(value, field, today);
  if (value < notBefore) throw invalidInput('errors.date.before', { field, date: { date: value }, notBefore: { date: notBefore } });
  return value;
}

/** The plan was put on paper and sent to the customer to be signed. */
export function markPlanSent(db: Db, input: { planId: number; sentOn?: IsoDate }, today: IsoDate): PlanWithInstallments {
  return db.transaction((tx) => {
    const plan = getPlan(tx, input.planId);
    const status = mustStep(planLifecycle, plan.status, 'send');
    const sentOn = stepDate(input.sentOn ?? today, 'sentOn', plan.agreedOn, today);
    tx.update(paymentPlans).set({ status, sentOn }).where(eq(paymentPlans.id, plan.id)).run();
    return getPlan(tx, plan.id);
  });
}

/** The customer returned the plan signed. */
export function markPlanSigned(db: Db, input: { planId: number; signedOn?: IsoDate }, today: IsoDate): PlanWithInstallments {
  return db.transaction((tx) => {
    const plan = getPlan(tx, input.planId);
    const status = mustStep(planLifecycle, plan.status, 'sign');
    const signedOn = stepDate(input.signedOn ?? today, 'signedOn', plan.sentOn ?? plan.agreedOn, today);
    tx.update(paymentPlans).set({ status, signedOn }).where(eq(paymentPlans.id, plan.id)).run();
    return getPlan(tx, plan.id);
  });
}

/** A signed plan goes into effect: payments now fill its installments. One active plan per debtor. */
export function activatePlan(db: Db, input: { planId: number }): PlanWithInstallments {
  return db.transaction((tx) => {
    const plan = getPlan(tx, input.planId);
    const status = mustStep(planLifecycle, plan.status, 'activate');
    const running = tx
      .select({ id: paymentPlans.id })
      .from(paymentPlans)
      .where(and(eq(paymentPlans.debtorId, plan.debtorId), eq(paymentPlans.status, 'active')))
      .get();
    if (running) throw notAllowed('errors.plan.one_active');
    tx.update(paymentPlans).set({ status }).where(eq(paymentPlans.id, plan.id)).run();
    // A customer who paid the first term before returning the signed plan has paid it all the same.
    const earlier = tx
      .select({ amountCents: payments.amountCents, receivedOn: payments.receivedOn })
      .from(payments)
      .where(and(eq(payments.debtorId, plan.debtorId), gte(payments.receivedOn, plan.agreedOn)))
      .orderBy(asc(payments.receivedOn), asc(payments.id))
      .all();
    for (const payment of earlier) {
      if (getPlan(tx, plan.id).status !== 'active') break;
      applyPaymentToPlan(tx, plan.id, payment);
    }
    return getPlan(tx, plan.id);
  });
}

/** The plan a payment of this debtor goes to when none is named: the active one, if any. */
export function activePlanOf(db: Db, debtorId: number): PlanWithInstallments | undefined {
  const row = db
    .select()
    .from(paymentPlans)
    .where(and(eq(paymentPlans.debtorId, debtorId), eq(paymentPlans.status, 'active')))
    .orderBy(asc(paymentPlans.id))
    .get();
  return row ? withInstallments(db, [row])[0] : undefined;
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
 * active. Part of recordPayment's transaction; the money itself is allocated to invoices there.
 */
export function applyPaymentToPlan(
  db: Db,
  planId: number,
  payment: { amountCents: Cents; receivedOn: IsoDate },
): { installments: InstallmentPaid[]; completed: boolean } {
  const plan = getPlan(db, planId);
  mustStep(planLifecycle, plan.status, 'pay');
  if (payment.receivedOn < plan.agreedOn)
    throw invalidInput('errors.payment.before_plan');
  const paid = payInstallments(payment.amountCents, plan.installments).map(({ installment: i, addCents, paidCents, fullyPaid }) => {
    const status = fullyPaid ? mustStep(installmentLifecycle, i.status, 'pay_in_full') : i.status;
    db.update(planInstallments)
      .set({ paidCents, status, paidOn: fullyPaid ? payment.receivedOn : null })
      .where(eq(planInstallments.id, i.id))
      .run();
    return { planId, installmentId: i.id, seq: i.seq, addCents, paidCents, status };
  });
  const completed = getPlan(db, planId).installments.every((i) => i.status === 'paid');
  if (completed) {
    const status = mustStep(planLifecycle, plan.status, 'complete');
    db.update(paymentPlans).set({ status, completedOn: payment.receivedOn }).where(eq(paymentPlans.id, planId)).run();
  }
  return { installments: paid, completed };
}

export interface PlanEvaluation {
  /** Installments that became late this run. */
  late: number[];
  /** Plans that defaulted this run. */
  defaulted: number[];
}

/**
 * Brings every active plan up to `today`: installments past their due date and not fully paid become
 * late; a late one still unpaid more than `graceDays` after its due date defaults the plan. On default
 * the debtor is marked for ingebrekestelling (unless already further, i.e. overdracht) with the reason,
 * and a task to send it is due today. Idempotent: a second run changes nothing.
 */
export function evaluatePlans(db: Db, today: IsoDate, graceDays: number = DEFAULT_PLAN_GRACE_DAYS): PlanEvaluation {
    return db.transaction((tx) => {
    const out: PlanEvaluation = { late: [], defaulted: [] };
    const active = withInstallments(tx, tx.select().from(paymentPlans).where(eq(paymentPlans.status, 'active')).orderBy(asc(paymentPlans.id)).all());
    for (const plan of active) {
      for (const i of plan.installments) {
        if (i.status !== 'due' || i.paidCents >= i.amountCents || today <= i.dueDate) continue;
        const status = mustStep(installmentLifecycle, i.status, 'fall_behind');
        tx.update(planInstallments).set({ status }).where(eq(planInstallments.id, i.id)).run();
        out.late.push(i.id);
      }
      const missed = installmentInDefault(plan.installments, today, graceDays);
      if (!missed) continue;
      const status = mustStep(planLifecycle, plan.status, 'default');
      tx.update(paymentPlans).set({ status, defaultedOn: today }).where(eq(paymentPlans.id, plan.id)).run();
      out.defaulted.push(plan.id);
      escalateDefault(tx, plan, missed, graceDays, today);
    }
    return out;
  });
}

function escalateDefault(db: Db, plan: PlanRow, missed: InstallmentRow, graceDays: number, today: IsoDate): void {
  const debtor = requireDebtor(db, plan.debtorId);
  if (debtor.escalation === 'overdracht') return; // already past the ingebrekestelling
  const remaining = debtorBalance(db, plan.debtorId).openCents;
  const reason =
    `Betalingsregeling van ${formatDateLong(plan.agreedOn)} niet nagekomen: termijn ${missed.seq} ` +
    `(${formatEuro(missed.amountCents)}, te betalen op ${formatDateLong(missed.dueDate)}) is ${graceDays} dagen na de vervaldatum ` +
    `nog niet volledig betaald. De hele resterende vordering van ${formatEuro(remaining)} is opeisbaar.`;
  db.update(debtors).set({ escalation: 'ingebrekestelling', escalationReason: reason }).where(eq(debtors.id, plan.debtorId)).run();
  createTask(db, {
    debtorId: plan.debtorId,
    planId: plan.id,
    type: 'send_ingebrekestelling',
    title: message('task.plan_defaulted'),
    dueDate: today,
  });
}
