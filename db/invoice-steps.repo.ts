// The dunning schedule's steps done per invoice (invoice_steps) and the snoozed worklist lines
// (worklist_snoozes): table-level reads and writes. Which steps a letter, a call or the worklist records
// is decided in handlers/dunning-ledger.ts.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from './client';
import { invoiceSteps, invoices, worklistSnoozes } from './schema';
import { insertEach } from './prepared-writes';
import type { IsoDate } from '../domain/dates';

type NewStepRow = typeof invoiceSteps.$inferInsert;

export function insertInvoiceSteps(db: Db, rows: readonly NewStepRow[]): number {
  return insertEach(db, invoiceSteps, rows);
}

/** Lifts the debtor's delivery stop in its step records on `on`; returns how many were lifted. */
export function liftDeliveryStopSteps(db: Db, debtorId: number, on: IsoDate): number {
  return db
    .update(invoiceSteps)
    .set({ liftedOn: on })
    .where(
      and(
        eq(invoiceSteps.action, 'delivery_stop'),
        isNull(invoiceSteps.liftedOn),
        inArray(invoiceSteps.invoiceId, db.select({ id: invoices.id }).from(invoices).where(eq(invoices.debtorId, debtorId))),
      ),
    )
    .run().changes;
}

/** Puts a line aside until a day (a later snooze of the same line replaces the earlier one). */
export function upsertSnooze(db: Db, row: { debtorId: number; lineKey: string; until: IsoDate; reason: string; snoozedOn: IsoDate }): void {
  db.insert(worklistSnoozes)
    .values(row)
    .onConflictDoUpdate({ target: worklistSnoozes.lineKey, set: { debtorId: row.debtorId, until: row.until, reason: row.reason, snoozedOn: row.snoozedOn } })
    .run();
}

export function deleteSnooze(db: Db, lineKey: string): number {
  return db.delete(worklistSnoozes).where(eq(worklistSnoozes.lineKey, lineKey)).run().changes;
}
