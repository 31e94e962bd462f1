// Payment plans (betalingsregeling), their installments and the invoices they cover: the rows of
// `payment_plans`, `plan_installments` and `plan_invoices`. The lifecycle is domain/lifecycle/plan.ts; the use cases are handlers/plans.ts.
import { and, asc, desc, eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from './client';
import { invoices, paymentPlans, planInstallments, planInvoices } from './schema';
import { preparedOnce } from './prepared';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import type { PlanStatus } from '../domain/lifecycle/plan';

export type PlanRow = typeof paymentPlans.$inferSelect;
export type InstallmentRow = typeof planInstallments.$inferSelect;
/** A plan with its installments and the invoices it covers (ids ascending; with their numbers, to show). */
export type PlanWithInstallments = PlanRow & { installments: InstallmentRow[]; invoiceIds: number[]; invoices: { id: number; number: string }[] };

/** Each plan with its own installments and covered invoices, from rows ordered by plan (then seq, invoice id). */
function joined(plans: PlanRow[], installments: InstallmentRow[], covered: { planId: number; invoiceId: number; number: string }[]): PlanWithInstallments[] {
  const byPlan = new Map(plans.map((p) => [p.id, { ...p, installments: [] as InstallmentRow[], invoiceIds: [] as number[], invoices: [] as { id: number; number: string }[] }]));
  for (const i of installments) byPlan.get(i.planId)?.installments.push(i);
  for (const c of covered) {
    const plan = byPlan.get(c.planId);
    plan?.invoiceIds.push(c.invoiceId);
    plan?.invoices.push({ id: c.invoiceId, number: c.number });
  }
  return [...byPlan.values()];
}

/** The covered invoices of the plans `planIds` selects, with their numbers, ordered by plan and invoice id. */
const coveredInvoices = (d: Db, planIds: number[] | SQLWrapper) =>
  d
    .select({ planId: planInvoices.planId, invoiceId: planInvoices.invoiceId, number: invoices.number })
    .from(planInvoices)
    .innerJoin(invoices, eq(invoices.id, planInvoices.invoiceId))
    .where(inArray(planInvoices.planId, planIds))
    .orderBy(asc(planInvoices.planId), asc(planInvoices.invoiceId));

function withInstallments(db: Db, plans: PlanRow[]): PlanWithInstallments[] {
  if (plans.length === 0) return [];
  const ids = plans.map((p) => p.id);
  const all = db.select().from(planInstallments).where(inArray(planInstallments.planId, ids)).orderBy(asc(planInstallments.planId), asc(planInstallments.seq)).all();
  const covered = coveredInvoices(db, ids).all();
  return joined(plans, all, covered);
}

/** A new plan (status proposed) with its installments numbered from 1 and the invoices it covers. */
export function insertPlan(
  db: Db,
  plan: { debtorId: number; callId: number | null; totalCents: Cents; agreedOn: IsoDate },
  installments: readonly { dueDate: IsoDate; amountCents: Cents }[],
  invoiceIds: readonly number[],
): number {
  const { id } = db.insert(paymentPlans).values(plan).returning({ id: paymentPlans.id }).get();
  db.insert(planInstallments)
    .values(installments.map((term, i) => ({ planId: id, seq: i + 1, dueDate: term.dueDate, amountCents: term.amountCents })))
    .run();
  db.insert(planInvoices).values(invoiceIds.map((invoiceId) => ({ planId: id, invoiceId }))).run();
  return id;
}

/** The ids of the debtor's invoices covered by its plans in these statuses. */
export function invoicesCoveredByPlans(db: Db, debtorId: number, statuses: readonly PlanStatus[]): number[] {
  return db
    .selectDistinct({ id: planInvoices.invoiceId })
    .from(planInvoices)
    .innerJoin(paymentPlans, eq(paymentPlans.id, planInvoices.planId))
    .where(and(eq(paymentPlans.debtorId, debtorId), inArray(paymentPlans.status, [...statuses])))
    .all()
    .map((r) => r.id);
}

/** The invoices a plan covers, in the order payments are applied to them (due date, invoice date, number). */
export function planInvoiceIds(db: Db, planId: number): number[] {
  return db
    .select({ id: planInvoices.invoiceId })
    .from(planInvoices)
    .innerJoin(invoices, eq(invoices.id, planInvoices.invoiceId))
    .where(eq(planInvoices.planId, planId))
    .orderBy(asc(invoices.dueDate), asc(invoices.invoiceDate), asc(invoices.number), asc(invoices.id))
    .all()
    .map((r) => r.id);
}

export function findPlan(db: Db, planId: number): PlanWithInstallments | undefined {
  const row = db.select().from(paymentPlans).where(eq(paymentPlans.id, planId)).get();
  return row ? withInstallments(db, [row])[0] : undefined;
}

/** Plans of one debtor with their installments and covered invoices: two statements prepared once, over all the debtor's plans. */
function withDebtorsInstallments(db: Db, debtorId: number, plans: PlanRow[]): PlanWithInstallments[] {
  if (plans.length === 0) return [];
  const params = { debtorId };
  const debtorsPlans = (d: Db) => d.select({ id: paymentPlans.id }).from(paymentPlans).where(eq(paymentPlans.debtorId, sql.placeholder('debtorId')));
  const installments = preparedOnce(db, 'plansOf:installments', (d) =>
    d.select().from(planInstallments).where(inArray(planInstallments.planId, debtorsPlans(d))).orderBy(asc(planInstallments.planId), asc(planInstallments.seq)).prepare(),
  ).all(params);
  const covered = preparedOnce(db, 'plansOf:invoices', (d) => coveredInvoices(d, debtorsPlans(d)).prepare()).all(params);
  return joined(plans, installments, covered);
}

/** The debtor's plans with their installments, newest first: statements prepared once (the debtor screen and every call read them). */
export function plansOf(db: Db, debtorId: number): PlanWithInstallments[] {
  const rows = preparedOnce(db, 'plansOf', (d) =>
    d.select().from(paymentPlans).where(eq(paymentPlans.debtorId, sql.placeholder('debtorId'))).orderBy(desc(paymentPlans.agreedOn), desc(paymentPlans.id)).prepare(),
  ).all({ debtorId });
  return withDebtorsInstallments(db, debtorId, rows);
}

/** Plans in these statuses (of one debtor, or all), oldest first; one debtor's by statements prepared once (settling after every saved call and payment). */
export function plansIn(db: Db, statuses: readonly PlanStatus[], debtorId?: number): PlanWithInstallments[] {
  if (debtorId !== undefined) {
    const rows = preparedOnce(db, `plansIn:${statuses.join(',')}`, (d) =>
      d
        .select()
        .from(paymentPlans)
        .where(and(inArray(paymentPlans.status, [...statuses]), eq(paymentPlans.debtorId, sql.placeholder('debtorId'))))
        .orderBy(asc(paymentPlans.id))
        .prepare(),
    ).all({ debtorId });
    return withDebtorsInstallments(db, debtorId, rows);
  }
  const rows = db.select().from(paymentPlans).where(inArray(paymentPlans.status, [...statuses])).orderBy(asc(paymentPlans.id)).all();
  return withInstallments(db, rows);
}

/** The debtor's plans still to be signed (proposed or sent), newest first. */
export function plansAwaitingSignature(db: Db, debtorId: number): PlanRow[] {
  return preparedOnce(db, 'plansAwaitingSignature', (d) =>
    d
      .select()
      .from(paymentPlans)
      .where(and(eq(paymentPlans.debtorId, sql.placeholder('debtorId')), inArray(paymentPlans.status, ['proposed', 'sent'])))
      .orderBy(desc(paymentPlans.agreedOn), desc(paymentPlans.id))
      .prepare(),
  ).all({ debtorId });
}

/** The first plan agreed in this call, if any. */
export function planOfCall(db: Db, callId: number): PlanWithInstallments | undefined {
  const row = db.select().from(paymentPlans).where(eq(paymentPlans.callId, callId)).orderBy(asc(paymentPlans.id)).get();
  return row ? withInstallments(db, [row])[0] : undefined;
}

export function updatePlan(
  db: Db,
  planId: number,
  values: Partial<Pick<PlanRow, 'status' | 'sentOn' | 'signedOn' | 'completedOn' | 'defaultedOn'>>,
): void {
  db.update(paymentPlans).set(values).where(eq(paymentPlans.id, planId)).run();
}

export function updateInstallment(db: Db, installmentId: number, values: Partial<Pick<InstallmentRow, 'paidCents' | 'status' | 'paidOn'>>): void {
  db.update(planInstallments).set(values).where(eq(planInstallments.id, installmentId)).run();
}

export function installmentsByIds(db: Db, ids: readonly number[]): InstallmentRow[] {
  if (ids.length === 0) return [];
  return db.select().from(planInstallments).where(inArray(planInstallments.id, [...ids])).all();
}

export function plansByIds(db: Db, ids: readonly number[]): PlanRow[] {
  if (ids.length === 0) return [];
  return db.select().from(paymentPlans).where(inArray(paymentPlans.id, [...ids])).all();
}
