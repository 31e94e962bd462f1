// Payments and how each was applied (payment_allocations, art. 6:44 BW order): table-level reads and
// writes. Allocating and what a payment sets in motion live in handlers/payments.ts.
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { paymentAllocations, payments } from './schema';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import type { AllocationLine } from '../domain/lifecycle/allocation';
import { insertRows } from './prepared';

export function insertPayment(
  db: Db,
  payment: { debtorId: number; receivedOn: IsoDate; amountCents: Cents; description: string },
  allocations: readonly AllocationLine[],
): number {
  const { id } = db.insert(payments).values(payment).returning({ id: payments.id }).get();
  if (allocations.length) db.insert(paymentAllocations).values(allocations.map((a) => ({ paymentId: id, ...a }))).run();
  return id;
}

/** The debtor's payments with how each was applied, newest first. */
export function paymentsOf(db: Db, debtorId: number) {
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
    allocations: allocs.filter((a) => a.paymentId === p.id).map(({ invoiceId, kind, amountCents }) => ({ invoiceId, kind, amountCents })),
  }));
}

/** The debtor's payments received on or after `from`, oldest first. */
export function paymentsReceivedSince(db: Db, debtorId: number, from: IsoDate) {
  return db
    .select({ amountCents: payments.amountCents, receivedOn: payments.receivedOn })
    .from(payments)
    .where(and(eq(payments.debtorId, debtorId), gte(payments.receivedOn, from)))
    .orderBy(asc(payments.receivedOn), asc(payments.id))
    .all();
}

/** What earlier payments settled on costs and on interest. */
export function paidOnCostsAndInterest(db: Db, debtorId: number): { costsCents: Cents; interestCents: Cents } {
  const rows = db
    .select({ kind: paymentAllocations.kind, cents: sql<number>`COALESCE(SUM(${paymentAllocations.amountCents}), 0)` })
    .from(paymentAllocations)
    .innerJoin(payments, eq(payments.id, paymentAllocations.paymentId))
    .where(and(eq(payments.debtorId, debtorId), inArray(paymentAllocations.kind, ['costs', 'interest'])))
    .groupBy(paymentAllocations.kind)
    .all();
  return { costsCents: rows.find((r) => r.kind === 'costs')?.cents ?? 0, interestCents: rows.find((r) => r.kind === 'interest')?.cents ?? 0 };
}

/** One payment with how it was applied. */
export function paymentAllocationsOf(db: Db, paymentId: number): { receivedOn: IsoDate; amountCents: Cents; allocations: AllocationLine[] } {
  const payment = db.select().from(payments).where(eq(payments.id, paymentId)).get()!;
  const allocations = db
    .select({ invoiceId: paymentAllocations.invoiceId, kind: paymentAllocations.kind, amountCents: paymentAllocations.amountCents })
    .from(paymentAllocations)
    .where(eq(paymentAllocations.paymentId, paymentId))
    .orderBy(asc(paymentAllocations.id))
    .all();
  return { receivedOn: payment.receivedOn, amountCents: payment.amountCents, allocations };
}

/** Records many payments with their allocations (a bank statement's payments); returns the ids in the order given. */
export function insertPaymentsTogether(
  db: Db,
  rows: readonly { debtorId: number; receivedOn: IsoDate; amountCents: Cents; description: string; allocations: readonly AllocationLine[] }[],
): number[] {
  const ids = insertRows(db, 'insertPayment', 'INSERT INTO payments (debtor_id, received_on, amount_cents, description) VALUES (?, ?, ?, ?)',
    rows.map((r) => [r.debtorId, r.receivedOn, r.amountCents, r.description]));
  insertRows(db, 'insertAllocation', 'INSERT INTO payment_allocations (payment_id, invoice_id, kind, amount_cents) VALUES (?, ?, ?, ?)',
    rows.flatMap((r, i) => r.allocations.map((a) => [ids[i], a.invoiceId, a.kind, a.amountCents])));
  return ids;
}
