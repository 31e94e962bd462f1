// Complaints about invoices (seed 000: "De factuur is onjuist"): registered, handled, resolved, and the
// customer told. While a complaint is open its invoices are held out of reminders and calls.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { complaintInvoices, complaints } from './schema';
import { OPEN_COMPLAINT_STATUSES } from '../domain/lifecycle/complaint';

/**
 * Invoices of this debtor under a complaint that is not yet resolved: invoice id → complaint id (the
 * oldest such complaint). Letters and calls leave these invoices out until the complaint is resolved.
 */
export function invoicesUnderOpenComplaint(db: Db, debtorId: number): ReadonlyMap<number, number> {
  const rows = db
    .select({ invoiceId: complaintInvoices.invoiceId, complaintId: complaints.id })
    .from(complaintInvoices)
    .innerJoin(complaints, eq(complaints.id, complaintInvoices.complaintId))
    .where(and(eq(complaints.debtorId, debtorId), inArray(complaints.status, [...OPEN_COMPLAINT_STATUSES])))
    .orderBy(asc(complaints.id))
    .all();
  const held = new Map<number, number>();
  for (const r of rows) if (!held.has(r.invoiceId)) held.set(r.invoiceId, r.complaintId);
  return held;
}
