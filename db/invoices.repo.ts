// Invoices by id and by debtor, for checks and for naming them (what is open on each is
// invoice-balances.ts).
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { invoices } from './schema';
import { preparedOnce } from './prepared';

export function invoicesByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: invoices.id, number: invoices.number, debtorId: invoices.debtorId }).from(invoices).where(inArray(invoices.id, [...ids])).all();
}

/** Invoice id → number, for the debtor's invoices. */
export function invoiceNumbersOf(db: Db, debtorId: number): ReadonlyMap<number, string> {
  const rows = preparedOnce(db, 'invoiceNumbersOf', (d) =>
    d.select({ id: invoices.id, number: invoices.number }).from(invoices).where(eq(invoices.debtorId, sql.placeholder('debtorId'))).prepare(),
  ).all({ debtorId });
  return new Map(rows.map((i) => [i.id, i.number]));
}

/** Whether an invoice (or credit note) with this number exists: numbers are unique in the ledger. */
export function invoiceNumberTaken(db: Db, number: string): boolean {
  return db.select({ id: invoices.id }).from(invoices).where(eq(invoices.number, number)).get() !== undefined;
}
