// Complaints about invoices and the invoices each is about (complaints, complaint_invoices): table-level
// reads and writes. The lifecycle is domain/lifecycle/complaint.ts; the use cases handlers/complaints.ts.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { complaintInvoices, complaints, debtors, invoices } from './schema';
import { preparedOnce } from './prepared';
import { OPEN_COMPLAINT_STATUSES, type ComplaintStatus } from '../domain/lifecycle/complaint';

export type ComplaintRow = typeof complaints.$inferSelect;
export type ComplaintWithInvoices = ComplaintRow & { invoices: { id: number; number: string }[] };

/**
 * Invoices of this debtor under a complaint that is not yet resolved: invoice id → complaint id (the
 * oldest such complaint). Letters and calls leave these invoices out until the complaint is resolved.
 */
export function invoicesUnderOpenComplaint(db: Db, debtorId: number): ReadonlyMap<number, number> {
  const rows = preparedOnce(db, 'invoicesUnderOpenComplaint', (d) =>
    d
      .select({ invoiceId: complaintInvoices.invoiceId, complaintId: complaints.id })
      .from(complaintInvoices)
      .innerJoin(complaints, eq(complaints.id, complaintInvoices.complaintId))
      .where(and(eq(complaints.debtorId, sql.placeholder('debtorId')), inArray(complaints.status, [...OPEN_COMPLAINT_STATUSES])))
      .orderBy(asc(complaints.id))
      .prepare(),
  ).all({ debtorId });
  const held = new Map<number, number>();
  for (const r of rows) if (!held.has(r.invoiceId)) held.set(r.invoiceId, r.complaintId);
  return held;
}

function withInvoices<R extends ComplaintRow>(db: Db, rows: R[]): (R & { invoices: { id: number; number: string }[] })[] {
  if (rows.length === 0) return [];
  const links = db
    .select({ complaintId: complaintInvoices.complaintId, id: invoices.id, number: invoices.number })
    .from(complaintInvoices)
    .innerJoin(invoices, eq(invoices.id, complaintInvoices.invoiceId))
    .where(inArray(complaintInvoices.complaintId, rows.map((r) => r.id)))
    .orderBy(asc(invoices.dueDate), asc(invoices.number))
    .all();
  return rows.map((r) => ({ ...r, invoices: links.filter((l) => l.complaintId === r.id).map(({ id, number }) => ({ id, number })) }));
}

/** A new complaint and the invoices it is about. */
export function insertComplaint(db: Db, row: typeof complaints.$inferInsert, invoiceIds: readonly number[]): number {
  const { id } = db.insert(complaints).values(row).returning({ id: complaints.id }).get();
  if (invoiceIds.length) db.insert(complaintInvoices).values(invoiceIds.map((invoiceId) => ({ complaintId: id, invoiceId }))).run();
  return id;
}

export function findComplaint(db: Db, complaintId: number): ComplaintWithInvoices | undefined {
  const row = db.select().from(complaints).where(eq(complaints.id, complaintId)).get();
  return row ? withInvoices(db, [row])[0] : undefined;
}

/** The debtor's complaints, newest first (the collector looks up earlier complaints before calling). */
export function complaintsOf(db: Db, debtorId: number): ComplaintWithInvoices[] {
  const rows = db.select().from(complaints).where(eq(complaints.debtorId, debtorId)).orderBy(desc(complaints.openedOn), desc(complaints.id)).all();
  return withInvoices(db, rows);
}

/** The complaint register: complaints in these statuses (all when null), of one debtor or all, newest first. */
export function complaintRegister(db: Db, statuses: readonly ComplaintStatus[] | null, debtorId?: number) {
  const where: (SQL | undefined)[] = [
    statuses === null ? undefined : inArray(complaints.status, [...statuses]),
    debtorId === undefined ? undefined : eq(complaints.debtorId, debtorId),
  ];
  const rows = db
    .select({ complaint: complaints, debtor: { id: debtors.id, name: debtors.name } })
    .from(complaints)
    .innerJoin(debtors, eq(debtors.id, complaints.debtorId))
    .where(and(...where))
    .orderBy(desc(complaints.openedOn), desc(complaints.id))
    .all();
  const withLinks = withInvoices(db, rows.map((r) => r.complaint));
  return withLinks.map((c, i) => ({ ...c, debtor: rows[i]!.debtor }));
}

export function updateComplaint(
  db: Db,
  complaintId: number,
  values: Partial<Pick<ComplaintRow, 'status' | 'handler' | 'resolution' | 'resolvedOn' | 'customerInformedOn'>>,
): void {
  db.update(complaints).set(values).where(eq(complaints.id, complaintId)).run();
}
