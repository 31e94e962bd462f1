// Promises to pay (betaalbelofte): the rows of `promises`, and what the debtor paid towards each. When a
// promise is kept or broken is decided by domain/lifecycle/promise.ts and settled in handlers/settle.ts.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, promises } from './schema';
import { preparedOnce } from './prepared';
import { insertReturningId } from './prepared-writes';
import type { IsoDate } from '../domain/dates';
import type { PromiseStatus } from '../domain/lifecycle/promise';

type PromiseRow = typeof promises.$inferSelect;

export function insertPromise(db: Db, row: typeof promises.$inferInsert): number {
  return insertReturningId(db, promises, row);
}

export function promisesOf(db: Db, debtorId: number): PromiseRow[] {
  return preparedOnce(db, 'promisesOf', (d) =>
    d.select().from(promises).where(eq(promises.debtorId, sql.placeholder('debtorId'))).orderBy(desc(promises.madeOn), desc(promises.id)).prepare(),
  ).all({ debtorId });
}

/**
 * The debtor's payments received from the day the promise was made up to and including the promised
 * date. Spelled out: drizzle leaves columns unqualified in a one-table select, which would correlate
 * with the payments instead.
 */
const receivedSql = sql<number>`(SELECT COALESCE(SUM(p.amount_cents), 0) FROM payments p
  WHERE p.debtor_id = "promises"."debtor_id" AND p.received_on >= "promises"."made_on" AND p.received_on <= "promises"."promised_date")`;

/** Promises in these statuses (of one debtor, or all), each with what came in for it; one statement. */
export function promisesWithReceived(db: Db, statuses: readonly PromiseStatus[], debtorId?: number) {
  // Prepared once per list of statuses, for one debtor or for all (settling after every saved call and payment).
  const byDebtor = debtorId !== undefined;
  return preparedOnce(db, `promisesWithReceived:${statuses.join(',')}:${byDebtor ? 'debtor' : 'all'}`, (d) =>
    d
      .select({ promise: promises, receivedCents: receivedSql })
      .from(promises)
      .where(and(inArray(promises.status, [...statuses]), byDebtor ? eq(promises.debtorId, sql.placeholder('debtorId')) : undefined))
      .orderBy(asc(promises.id))
      .prepare(),
  ).all({ debtorId });
}

export function setPromiseStatus(db: Db, promiseId: number, status: PromiseStatus, settledOn: IsoDate): void {
  db.update(promises).set({ status, settledOn }).where(eq(promises.id, promiseId)).run();
}

/** The ids of the debtor's broken promises. */
export function brokenPromiseIds(db: Db, debtorId: number): number[] {
  return db
    .select({ id: promises.id })
    .from(promises)
    .where(and(eq(promises.debtorId, debtorId), eq(promises.status, 'broken')))
    .all()
    .map((r) => r.id);
}

/** A kept promise whose payment was taken back: open again, not settled. */
export function reopenPromise(db: Db, promiseId: number, status: PromiseStatus): void {
  db.update(promises).set({ status, settledOn: null }).where(eq(promises.id, promiseId)).run();
}

/** Every promise with its debtor and what came in for it, newest first: for the export. */
export function allPromises(db: Db) {
  return db
    .select({ promise: promises, receivedCents: receivedSql, debtor: { number: debtors.number, name: debtors.name } })
    .from(promises)
    .innerJoin(debtors, eq(debtors.id, promises.debtorId))
    .orderBy(desc(promises.madeOn), desc(promises.id))
    .all();
}
