// Promises to pay (betaalbelofte, seed 000: "Betalingsdatum in de gaten houden"): kept when the money
// is in by the promised date, broken when it is not by the next working day. A broken promise gets a
// call-back task with the reason, which puts the debtor on Vandaag until the collector deals with it.
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './client';
import { payments, promises, tasks } from './schema';
import { createTask } from './tasks.repo';
import { mustStep, requireDate, requireDebtor } from './repo-guards';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import {
  brokenPromiseReason,
  evaluatePromise,
  promiseLifecycle,
  type PromiseStatus,
  type PromiseTerms,
} from '../domain/lifecycle/promise';
import { invalidInput } from '../ipc/errors';

export type PromiseRow = typeof promises.$inferSelect;

export interface NewPromise {
  debtorId: number;
  callId?: number | null;
  promisedDate: IsoDate;
  amountCents: Cents;
  /** The day the promise was made (usually the call's day). */
  madeOn: IsoDate;
}

export function createPromise(db: Db, input: NewPromise): number {
  requireDebtor(db, input.debtorId);
  requireDate(input.madeOn, 'madeOn');
  requireDate(input.promisedDate, 'promisedDate');
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    throw invalidInput('errors.promise.not_positive');
  if (input.promisedDate < input.madeOn) throw invalidInput('errors.promise.date_before_made');
  return db
    .insert(promises)
    .values({ ...input, callId: input.callId ?? null })
    .returning({ id: promises.id })
    .get().id;
}

export function promisesOf(db: Db, debtorId: number): PromiseRow[] {
  return db.select().from(promises).where(eq(promises.debtorId, debtorId)).orderBy(desc(promises.madeOn), desc(promises.id)).all();
}

/** The debtor's payments received from the day the promise was made up to and including the promised date. */
export function receivedForPromise(db: Db, p: PromiseTerms & { debtorId: number }): Cents {
  const row = db
    .select({ cents: sql<number>`COALESCE(SUM(${payments.amountCents}), 0)` })
    .from(payments)
    .where(and(eq(payments.debtorId, p.debtorId), gte(payments.receivedOn, p.madeOn), lte(payments.receivedOn, p.promisedDate)))
    .get();
  return row?.cents ?? 0;
}

export interface PromiseSettlement {
  kept: number[];
  broken: number[];
}

/** Moves each promise to what its payments and `today` say; writes only promises whose status changes. */
function settle(db: Db, rows: PromiseRow[], today: IsoDate): PromiseSettlement {
  const out: PromiseSettlement = { kept: [], broken: [] };
  for (const p of rows) {
    const target: PromiseStatus = evaluatePromise(p, receivedForPromise(db, p), today);
    if (target === p.status || target === 'pending') continue;
    const status = mustStep(promiseLifecycle, p.status, target === 'kept' ? 'payments_cover' : 'deadline_passed');
    db.update(promises).set({ status, settledOn: today }).where(eq(promises.id, p.id)).run();
    if (status === 'kept') {
      out.kept.push(p.id);
      // Kept after all (a payment entered late): the follow-up for the broken promise is moot.
      db.update(tasks)
        .set({ status: 'done', doneOn: today, doneNote: 'Betaling alsnog ontvangen: belofte nagekomen.' })
        .where(and(eq(tasks.promiseId, p.id), eq(tasks.status, 'open')))
        .run();
    } else {
      out.broken.push(p.id);
      createTask(db, {
        debtorId: p.debtorId,
        callId: p.callId,
        promiseId: p.id,
        type: 'call_back',
        title: brokenPromiseReason(p),
        dueDate: today,
      });
    }
  }
  return out;
}

/**
 * Re-evaluates the debtor's pending and broken promises after a payment was recorded: a payment
 * received in time makes a promise kept, even one already marked broken.
 */
export function reevaluatePromises(db: Db, debtorId: number, today: IsoDate): PromiseSettlement {
  return db.transaction((tx) => {
    const rows = tx
      .select()
      .from(promises)
      .where(and(eq(promises.debtorId, debtorId), inArray(promises.status, ['pending', 'broken'])))
      .orderBy(asc(promises.id))
      .all();
    return settle(tx, rows, today);
  });
}

/**
 * Settles every pending promise as of `today` (run at start and when Vandaag opens). Idempotent: a
 * second run the same day finds nothing to change and creates no second task.
 */
export function settleDuePromises(db: Db, today: IsoDate): PromiseSettlement {
  return db.transaction((tx) => {
    const rows = tx.select().from(promises).where(eq(promises.status, 'pending')).orderBy(asc(promises.id)).all();
    return settle(tx, rows, today);
  });
}
