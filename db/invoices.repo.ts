// Invoices by id and by debtor, for checks and for naming them (what is open on each is
// invoice-balances.ts).
import { eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { invoices } from './schema';

export function invoicesByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: invoices.id, number: invoices.number, debtorId: invoices.debtorId }).from(invoices).where(inArray(invoices.id, [...ids])).all();
}

/** Whether an invoice (or credit note) with this number exists: numbers are unique in the ledger. */
export function invoiceNumberTaken(db: Db, number: string): boolean {
  return db.select({ id: invoices.id }).from(invoices).where(eq(invoices.number, number)).get() !== undefined;
}
