// "Vandaag": what the collector has to do today, each item linked to its debtor. Every kind of item
// comes from its own source; a later kind (the dunning schedule's step of the day) is one more member
// of TodayItem, one more source, and a place in TODAY_SECTIONS.
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, paymentPlans, planInstallments, promises } from './schema';
import { openTasksDueBy, type TaskItem } from './tasks.repo';
import { receivedForPromise, settleDuePromises } from './promises.repo';
import { evaluatePlans } from './plans.repo';
import { daysBetween, type IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import type { TaskType } from '../domain/call-outcome';
import type { Message } from '../domain/message';
import { brokenPromiseReason } from '../domain/lifecycle/promise';
import { DEFAULT_PLAN_GRACE_DAYS } from '../domain/lifecycle/plan';

export interface DebtorRef {
  id: number;
  name: string;
}

export type TodayItem =
  | { kind: 'call_back'; debtor: DebtorRef; taskId: number; callId: number | null; title: Message; dueTime: string | null }
  | { kind: 'overdue_task'; debtor: DebtorRef; taskId: number; callId: number | null; type: TaskType; title: Message; dueDate: IsoDate; daysOverdue: number }
  | { kind: 'broken_promise'; debtor: DebtorRef; promiseId: number; taskId: number; promisedDate: IsoDate; amountCents: Cents; reason: Message }
  | { kind: 'promise_due'; debtor: DebtorRef; promiseId: number; promisedDate: IsoDate; amountCents: Cents; receivedCents: Cents }
  | { kind: 'late_installment'; debtor: DebtorRef; planId: number; installmentId: number; seq: number; dueDate: IsoDate; amountCents: Cents; paidCents: Cents; daysLate: number }
  | { kind: 'task'; debtor: DebtorRef; taskId: number; callId: number | null; type: TaskType; title: Message };

export type TodayItemKind = TodayItem['kind'];

/** The order of the sections on the screen. */
export const TODAY_SECTIONS: readonly TodayItemKind[] = ['call_back', 'overdue_task', 'broken_promise', 'promise_due', 'late_installment', 'task'];

interface TodayContext {
  db: Db;
  today: IsoDate;
  /** Open tasks due today or earlier, in due order (date, time, untimed last). */
  openTasks: TaskItem[];
  /** Tasks that follow up a broken promise: shown as that promise, not as a task of their own. */
  promiseFollowUps: Map<number, TaskItem>;
}

type Source = (ctx: TodayContext) => TodayItem[];

const callBacks: Source = ({ today, openTasks, promiseFollowUps }) =>
  openTasks
    .filter((t) => t.dueDate === today && t.type === 'call_back' && !promiseFollowUps.has(t.id))
    .map((t) => ({ kind: 'call_back', debtor: t.debtor, taskId: t.id, callId: t.callId, title: t.title, dueTime: t.dueTime }));

const overdueTasks: Source = ({ today, openTasks, promiseFollowUps }) =>
  openTasks
    .filter((t) => t.dueDate < today && !promiseFollowUps.has(t.id))
    .map((t) => ({
      kind: 'overdue_task',
      debtor: t.debtor,
      taskId: t.id,
      callId: t.callId,
      type: t.type,
      title: t.title,
      dueDate: t.dueDate,
      daysOverdue: daysBetween(t.dueDate, today),
    }));

const otherTasks: Source = ({ today, openTasks, promiseFollowUps }) =>
  openTasks
    .filter((t) => t.dueDate === today && t.type !== 'call_back' && !promiseFollowUps.has(t.id))
    .map((t) => ({ kind: 'task', debtor: t.debtor, taskId: t.id, callId: t.callId, type: t.type, title: t.title }));

const debtorRef = { id: debtors.id, name: debtors.name };

const brokenPromises: Source = ({ db, promiseFollowUps }) => {
  const byPromise = new Map([...promiseFollowUps.values()].map((t) => [t.promiseId!, t]));
  if (byPromise.size === 0) return [];
  return db
    .select({ id: promises.id, promisedDate: promises.promisedDate, amountCents: promises.amountCents, madeOn: promises.madeOn, debtor: debtorRef })
    .from(promises)
    .innerJoin(debtors, eq(debtors.id, promises.debtorId))
    .where(inArray(promises.id, [...byPromise.keys()]))
    .orderBy(asc(promises.promisedDate), asc(promises.id))
    .all()
    .map((p) => ({
      kind: 'broken_promise',
      debtor: p.debtor,
      promiseId: p.id,
      taskId: byPromise.get(p.id)!.id,
      promisedDate: p.promisedDate,
      amountCents: p.amountCents,
      reason: brokenPromiseReason(p),
    }));
};

const promisesDue: Source = ({ db, today }) =>
  db
    .select({ id: promises.id, debtorId: promises.debtorId, promisedDate: promises.promisedDate, amountCents: promises.amountCents, madeOn: promises.madeOn, debtor: debtorRef })
    .from(promises)
    .innerJoin(debtors, eq(debtors.id, promises.debtorId))
    // Up to today: a promise for Saturday is still pending (not yet broken) on Sunday.
    .where(and(eq(promises.status, 'pending'), lte(promises.promisedDate, today)))
    .orderBy(asc(promises.promisedDate), asc(promises.id))
    .all()
    .map((p) => ({
      kind: 'promise_due',
      debtor: p.debtor,
      promiseId: p.id,
      promisedDate: p.promisedDate,
      amountCents: p.amountCents,
      receivedCents: receivedForPromise(db, p),
    }));

const lateInstallments: Source = ({ db, today }) =>
  db
    .select({ i: planInstallments, debtor: debtorRef })
    .from(planInstallments)
    .innerJoin(paymentPlans, eq(paymentPlans.id, planInstallments.planId))
    .innerJoin(debtors, eq(debtors.id, paymentPlans.debtorId))
    .where(and(eq(planInstallments.status, 'late'), eq(paymentPlans.status, 'active')))
    .orderBy(asc(planInstallments.dueDate), asc(planInstallments.id))
    .all()
    .map(({ i, debtor }) => ({
      kind: 'late_installment',
      debtor,
      planId: i.planId,
      installmentId: i.id,
      seq: i.seq,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      paidCents: i.paidCents,
      daysLate: daysBetween(i.dueDate, today),
    }));

const SOURCES: readonly Source[] = [callBacks, overdueTasks, brokenPromises, promisesDue, lateInstallments, otherTasks];

/** Vandaag as the ledger stands; see openVandaag to bring promises and plans up to date first. */
export function vandaag(db: Db, today: IsoDate): TodayItem[] {
  const openTasks = openTasksDueBy(db, today);
  const linked = openTasks.filter((t) => t.type === 'call_back' && t.promiseId !== null);
  const brokenIds = new Set(
    linked.length === 0
      ? []
      : db
          .select({ id: promises.id })
          .from(promises)
          .where(and(eq(promises.status, 'broken'), inArray(promises.id, linked.map((t) => t.promiseId!))))
          .all()
          .map((p) => p.id),
  );
  const promiseFollowUps = new Map(linked.filter((t) => brokenIds.has(t.promiseId!)).map((t) => [t.id, t]));
  const ctx: TodayContext = { db, today, openTasks, promiseFollowUps };
  const items = SOURCES.flatMap((source) => source(ctx));
  // Stable: each source's own order (time of day, due date) is kept within its section.
  return items.sort((a, b) => TODAY_SECTIONS.indexOf(a.kind) - TODAY_SECTIONS.indexOf(b.kind));
}

/**
 * Opening Vandaag: settles due promises and evaluates the active plans as of today (both idempotent),
 * then lists the day. `graceDays` is the plan grace period setting.
 */
export function openVandaag(db: Db, today: IsoDate, graceDays: number = DEFAULT_PLAN_GRACE_DAYS): TodayItem[] {
  settleDuePromises(db, today);
  evaluatePlans(db, today, graceDays);
  return vandaag(db, today);
}
