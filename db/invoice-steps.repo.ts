// The dunning schedule's steps done per invoice (invoice_steps) and the snoozed worklist lines
// (worklist_snoozes): table-level reads and writes. Which steps a letter, a call or the worklist records
// is decided in handlers/dunning-ledger.ts.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from './client';
import { invoiceSteps, invoices, worklistSnoozes } from './schema';
import type { IsoDate } from '../domain/dates';

type NewStepRow = typeof invoiceSteps.$inferInsert;

export function insertInvoiceSteps(db: Db, rows: readonly NewStepRow[]): number {
  if (rows.length === 0) return 0;
  return db.insert(invoiceSteps).values([...rows]).run().changes;
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

/**
 * The debtor's recorded steps grouped as they were taken: one row per action, day, letter or call and
 * whether it was passed over, with the invoice numbers it covered (for the timeline).
 */
export function stepGroupsOf(db: Db, debtorId: number) {
  return db
    .select({
      id: sql<number>`MIN(${invoiceSteps.id})`,
      action: invoiceSteps.action,
      doneOn: invoiceSteps.doneOn,
      skipped: invoiceSteps.skipped,
      letterId: invoiceSteps.letterId,
      callId: invoiceSteps.callId,
      liftedOn: sql<string | null>`MAX(${invoiceSteps.liftedOn})`,
      createdAt: sql<string>`MIN(${invoiceSteps.createdAt})`,
      invoiceNumbers: sql<string>`json_group_array(${invoices.number})`.mapWith((v: string) => JSON.parse(v) as string[]),
    })
    .from(invoiceSteps)
    .innerJoin(invoices, eq(invoices.id, invoiceSteps.invoiceId))
    .where(eq(invoices.debtorId, debtorId))
    .groupBy(invoiceSteps.action, invoiceSteps.doneOn, invoiceSteps.skipped, invoiceSteps.letterId, invoiceSteps.callId)
    .orderBy(asc(invoiceSteps.doneOn), asc(sql`MIN(${invoiceSteps.id})`))
    .all();
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
