// What is still open on each invoice: the sum of its lines less the principal paid on it. Invoices under
// an unresolved complaint are reported as on hold: letters and calls leave them out.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { invoices, paymentAllocations, payments } from './schema';
import { invoicesUnderOpenComplaint } from './complaints.repo';
import { preparedOnce, preparedSql } from './prepared';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';

/** An invoice's amount: the sum of its lines (the seed's own letters summed wrong). */
export const invoiceAmountSql = (invoiceId: SQL) =>
  sql<number>`(SELECT COALESCE(SUM(l.amount_cents), 0) FROM invoice_lines l WHERE l.invoice_id = ${invoiceId})`;
/** The principal paid on an invoice: its share of the payments' allocations. */
export const principalPaidSql = (invoiceId: SQL) =>
  sql<number>`(SELECT COALESCE(SUM(a.amount_cents), 0) FROM payment_allocations a WHERE a.invoice_id = ${invoiceId} AND a.kind = 'principal')`;

export interface InvoiceBalance {
  id: number;
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  description: string;
  /** Sum of the invoice lines. */
  amountCents: Cents;
  /** Principal allocated to this invoice from payments. */
  paidCents: Cents;
  openCents: Cents;
  /** Under an open or in-behandeling complaint: held out of reminders and calls. */
  onHold: boolean;
  complaintId: number | null;
}

/**
 * Every invoice of the debtor with its balance, in the order payments are applied to them: due date,
 * then invoice date, then number.
 */
export function invoiceBalances(db: Db, debtorId: number): InvoiceBalance[] {
  const rows = preparedOnce(db, 'invoiceBalances', (d) =>
    d
      .select({
        id: invoices.id,
        number: invoices.number,
        invoiceDate: invoices.invoiceDate,
        dueDate: invoices.dueDate,
        description: invoices.description,
        // Spelled out: drizzle leaves columns unqualified in a one-table select, which would break the correlation.
        amountCents: invoiceAmountSql(sql.raw('"invoices"."id"')),
        paidCents: principalPaidSql(sql.raw('"invoices"."id"')),
      })
      .from(invoices)
      .where(eq(invoices.debtorId, sql.placeholder('debtorId')))
      .orderBy(asc(invoices.dueDate), asc(invoices.invoiceDate), asc(invoices.number), asc(invoices.id))
      .prepare(),
  ).all({ debtorId });
  const held = invoicesUnderOpenComplaint(db, debtorId);
  return rows.map((r) => {
    const complaintId = held.get(r.id) ?? null;
    return { ...r, openCents: r.amountCents - r.paidCents, onHold: complaintId !== null, complaintId };
  });
}

/** The invoices with something still open, oldest first. */
export function openInvoices(db: Db, debtorId: number): InvoiceBalance[] {
  return invoiceBalances(db, debtorId).filter((i) => i.openCents > 0);
}

/** Open invoices and the credit notes whose credit is not used up (open below zero), oldest first. */
export function openInvoicesAndCredits(db: Db, debtorId: number): InvoiceBalance[] {
  return invoiceBalances(db, debtorId).filter((i) => i.openCents !== 0);
}

export interface DebtorBalance {
  /** Everything still open on the debtor's invoices, less the credit of open credit notes. */
  openCents: Cents;
  /** The part of openCents under an unresolved complaint. */
  onHoldCents: Cents;
  /** openCents − onHoldCents: what reminders and calls ask for. */
  collectableCents: Cents;
  openInvoiceCount: number;
  /** Money received but not applied to any invoice (overpayment): a credit, not subtracted from openCents. */
  unallocatedCents: Cents;
}

export function debtorBalance(db: Db, debtorId: number): DebtorBalance {
  const all = openInvoicesAndCredits(db, debtorId);
  const open = all.filter((i) => i.openCents > 0);
  const openCents = all.reduce((s, i) => s + i.openCents, 0);
  const onHoldCents = open.filter((i) => i.onHold).reduce((s, i) => s + i.openCents, 0);
  const unallocated = db
    .select({ cents: sql<number>`COALESCE(SUM(${paymentAllocations.amountCents}), 0)` })
    .from(paymentAllocations)
    .innerJoin(payments, eq(payments.id, paymentAllocations.paymentId))
    .where(and(eq(payments.debtorId, debtorId), eq(paymentAllocations.kind, 'unallocated')))
    .get();
  return {
    openCents,
    onHoldCents,
    collectableCents: openCents - onHoldCents,
    openInvoiceCount: open.length,
    unallocatedCents: unallocated?.cents ?? 0,
  };
}

const PAYMENT_ORDER = `
  SELECT i.debtor_id, i.id, i.invoice_date, i.due_date, i.open_cents,
    EXISTS (SELECT 1 FROM complaint_invoices ci JOIN complaints c ON c.id = ci.complaint_id
      WHERE ci.invoice_id = i.id AND c.status IN ('open', 'in_behandeling'))
  FROM invoices i WHERE i.debtor_id IN (SELECT value FROM json_each(?))
  ORDER BY i.debtor_id, i.due_date, i.invoice_date, i.number, i.id`;

/**
 * Every invoice of these debtors as a payment meets it, per debtor in the order payments are applied
 * (as invoiceBalances), from the stored open amounts; one statement for a whole bank statement.
 */
export function paymentOrderOf(db: Db, debtorIds: readonly number[]) {
  // Prepared once and read as arrays: a bank statement reads 100 000 invoices here.
  const rows = preparedSql(db, 'paymentOrderOf', PAYMENT_ORDER).raw().all(JSON.stringify(debtorIds)) as [number, number, IsoDate, IsoDate, Cents, 0 | 1][];
  const byDebtor = new Map<number, { id: number; invoiceDate: IsoDate; dueDate: IsoDate; openCents: Cents; onHold: boolean }[]>();
  for (const [debtorId, id, invoiceDate, dueDate, openCents, onHold] of rows) {
    let list = byDebtor.get(debtorId);
    if (!list) byDebtor.set(debtorId, (list = []));
    list.push({ id, invoiceDate, dueDate, openCents, onHold: onHold === 1 });
  }
  return byDebtor;
}
