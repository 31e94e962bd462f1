// The reads Vandaag is built from (handlers/today.ts): promises due with what came in for each, broken
// promises followed up by a call-back, and late installments of active plans, each with its debtor.
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, paymentPlans, planInstallments, promises } from './schema';
import type { IsoDate } from '../domain/dates';

const debtorRef = { id: debtors.id, name: debtors.name };

/** Of these promises, the broken ones, oldest promised date first. */
export function brokenPromisesAmong(db: Db, promiseIds: readonly number[]) {
  if (promiseIds.length === 0) return [];
  return db
    .select({ id: promises.id, promisedDate: promises.promisedDate, amountCents: promises.amountCents, madeOn: promises.madeOn, debtor: debtorRef })
    .from(promises)
    .innerJoin(debtors, eq(debtors.id, promises.debtorId))
    .where(and(eq(promises.status, 'broken'), inArray(promises.id, [...promiseIds])))
    .orderBy(asc(promises.promisedDate), asc(promises.id))
    .all();
}

/** Pending promises due up to `today`, with the payments received for each (one statement). */
export function pendingPromisesDueBy(db: Db, today: IsoDate) {
  return db
    .select({
      id: promises.id,
      promisedDate: promises.promisedDate,
      amountCents: promises.amountCents,
      debtor: debtorRef,
      receivedCents: sql<number>`(SELECT COALESCE(SUM(p.amount_cents), 0) FROM payments p
        WHERE p.debtor_id = ${promises.debtorId} AND p.received_on >= ${promises.madeOn} AND p.received_on <= ${promises.promisedDate})`,
    })
    .from(promises)
    .innerJoin(debtors, eq(debtors.id, promises.debtorId))
    .where(and(eq(promises.status, 'pending'), lte(promises.promisedDate, today)))
    .orderBy(asc(promises.promisedDate), asc(promises.id))
    .all();
}

/** Late installments of active plans, oldest due date first. */
export function lateInstallments(db: Db) {
  return db
    .select({ i: planInstallments, debtor: debtorRef })
    .from(planInstallments)
    .innerJoin(paymentPlans, eq(paymentPlans.id, planInstallments.planId))
    .innerJoin(debtors, eq(debtors.id, paymentPlans.debtorId))
    .where(and(eq(planInstallments.status, 'late'), eq(paymentPlans.status, 'active')))
    .orderBy(asc(planInstallments.dueDate), asc(planInstallments.id))
    .all();
}
