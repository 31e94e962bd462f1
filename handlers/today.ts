// "Vandaag": what the collector has to do today, each item linked to its debtor. Every kind of item
// comes from its own source; a later kind (the dunning schedule's step of the day) is one more member
// of TodayItem, one more source, and a place in TODAY_SECTIONS. Promises and plans are already settled
// for the day (handlers/day.ts): this only reads.
import type { Db } from '../db/client';
import { openTasksDueBy, type TaskWithDebtor } from '../db/tasks.repo';
import { brokenPromisesAmong, lateInstallments, pendingPromisesDueBy } from '../db/today.repo';
import { daysBetween, type IsoDate } from '../domain/dates';
import { brokenPromiseReason } from '../domain/lifecycle/promise';
import { TODAY_SECTIONS, type TodayItem, type todayChannels } from '../ipc/channels/today';
import { today, type HandlerGroup } from './context';

interface TodayContext {
  db: Db;
  today: IsoDate;
  /** Open tasks due today or earlier, in due order (date, time, untimed last). */
  openTasks: TaskWithDebtor[];
  /** Tasks that follow up a broken promise: shown as that promise, not as a task of their own. */
  promiseFollowUps: ReadonlyMap<number, TaskWithDebtor>;
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

const brokenPromises: Source = ({ db, promiseFollowUps }) => {
  const byPromise = new Map([...promiseFollowUps.values()].map((t) => [t.promiseId!, t]));
  return brokenPromisesAmong(db, [...byPromise.keys()]).map((p) => ({
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
  pendingPromisesDueBy(db, today).map((p) => ({
    kind: 'promise_due',
    debtor: p.debtor,
    promiseId: p.id,
    promisedDate: p.promisedDate,
    amountCents: p.amountCents,
    receivedCents: p.receivedCents,
  }));

const lateTerms: Source = ({ db, today }) =>
  lateInstallments(db).map(({ i, debtor }) => ({
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

const SOURCES: readonly Source[] = [callBacks, overdueTasks, brokenPromises, promisesDue, lateTerms, otherTasks];

/** Vandaag as the ledger stands on `today`. */
export function vandaag(db: Db, today: IsoDate): TodayItem[] {
  const openTasks = openTasksDueBy(db, today);
  const linked = openTasks.filter((t) => t.type === 'call_back' && t.promiseId !== null);
  const broken = new Set(brokenPromisesAmong(db, linked.map((t) => t.promiseId!)).map((p) => p.id));
  const promiseFollowUps = new Map(linked.filter((t) => broken.has(t.promiseId!)).map((t) => [t.id, t]));
  const items = SOURCES.flatMap((source) => source({ db, today, openTasks, promiseFollowUps }));
  // Stable: each source's own order (time of day, due date) is kept within its section.
  return items.sort((a, b) => TODAY_SECTIONS.indexOf(a.kind) - TODAY_SECTIONS.indexOf(b.kind));
}

export const todayHandlers = {
  'today:list': (ctx) => vandaag(ctx.db, today(ctx)),
} satisfies HandlerGroup<keyof typeof todayChannels>;
