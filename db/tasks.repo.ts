// Tasks that come out of calls and lifecycles (call back, send a copy, send the ingebrekestelling, …):
// listed as overdue / today / upcoming, and completed once with a note.
import { and, asc, eq, gt, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, tasks } from './schema';
import { mustStep, requireDate, requireDebtor } from './repo-guards';
import { isTimeOfDay, type IsoDate } from '../domain/dates';
import type { TaskType } from '../domain/call-outcome';
import { Message } from '../domain/message';
import { taskLifecycle } from '../domain/lifecycle/task';
import { invalidInput, notFound } from '../ipc/errors';

export interface TaskItem {
  id: number;
  type: TaskType;
  title: Message;
  dueDate: IsoDate;
  dueTime: string | null;
  status: 'open' | 'done';
  doneOn: IsoDate | null;
  doneNote: string | null;
  debtor: { id: number; name: string };
  callId: number | null;
  complaintId: number | null;
  promiseId: number | null;
  planId: number | null;
  createdAt: string;
}

export interface NewTask {
  debtorId: number;
  type: TaskType;
  /** What to do, as a message: stored as { key, params } and rendered in the reader's language. */
  title: Message;
  dueDate: IsoDate;
  dueTime?: string | null;
  callId?: number | null;
  complaintId?: number | null;
  promiseId?: number | null;
  planId?: number | null;
}

export function createTask(db: Db, t: NewTask): number {
  requireDebtor(db, t.debtorId);
  const title = Message.safeParse(t.title);
  if (!title.success) throw invalidInput('errors.text.required', { field: 'title' });
  requireDate(t.dueDate, 'dueDate');
  if (t.dueTime != null && !isTimeOfDay(t.dueTime)) throw invalidInput('errors.time.invalid', { value: t.dueTime });
  return db
    .insert(tasks)
    .values({ ...t, title: title.data, dueTime: t.dueTime ?? null })
    .returning({ id: tasks.id })
    .get().id;
}

function selectTasks(db: Db, where: SQL | undefined): TaskItem[] {
  return db
    .select({
      id: tasks.id,
      type: tasks.type,
      title: tasks.title,
      dueDate: tasks.dueDate,
      dueTime: tasks.dueTime,
      status: tasks.status,
      doneOn: tasks.doneOn,
      doneNote: tasks.doneNote,
      debtor: { id: debtors.id, name: debtors.name },
      callId: tasks.callId,
      complaintId: tasks.complaintId,
      promiseId: tasks.promiseId,
      planId: tasks.planId,
      createdAt: tasks.createdAt,
    })
    .from(tasks)
    .innerJoin(debtors, eq(debtors.id, tasks.debtorId))
    .where(where)
    // Date, then time of day; tasks without a time come after the timed ones of that day.
    .orderBy(asc(tasks.dueDate), sql`${tasks.dueTime} IS NULL`, asc(tasks.dueTime), asc(tasks.id))
    .all();
}

export function getTask(db: Db, taskId: number): TaskItem {
  const t = selectTasks(db, eq(tasks.id, taskId))[0];
  if (!t) throw notFound('errors.not_found', { thing: 'task', id: taskId });
  return t;
}

export interface OpenTaskLists {
  overdue: TaskItem[];
  today: TaskItem[];
  upcoming: TaskItem[];
}

/**
 * The open tasks relative to `today`: overdue (due before today), today, and upcoming (after today, up
 * to and including `upcomingUntil` when given). `type` narrows the lists to one kind of task.
 */
export function listOpenTasks(
  db: Db,
  today: IsoDate,
  options: { type?: TaskType; upcomingUntil?: IsoDate } = {},
): OpenTaskLists {
  const open = and(eq(tasks.status, 'open'), options.type ? eq(tasks.type, options.type) : undefined);
  return {
    overdue: selectTasks(db, and(open, lt(tasks.dueDate, today))),
    today: selectTasks(db, and(open, eq(tasks.dueDate, today))),
    upcoming: selectTasks(
      db,
      and(open, gt(tasks.dueDate, today), options.upcomingUntil ? lte(tasks.dueDate, options.upcomingUntil) : undefined),
    ),
  };
}

/** All tasks of one debtor, open and done, in due order. */
export function tasksOf(db: Db, debtorId: number): TaskItem[] {
  return selectTasks(db, eq(tasks.debtorId, debtorId));
}

/** Open tasks due on or before `until` (for Vandaag). */
export function openTasksDueBy(db: Db, until: IsoDate): TaskItem[] {
  return selectTasks(db, and(eq(tasks.status, 'open'), lte(tasks.dueDate, until)));
}

/** Marks the task done today with the collector's note; a task already done is refused. */
export function completeTask(db: Db, input: { taskId: number; note?: string }, today: IsoDate): TaskItem {
  return db.transaction((tx) => {
    const task = getTask(tx, input.taskId);
    mustStep(taskLifecycle, task.status, 'complete');
    const note = input.note?.trim() || null;
    tx.update(tasks).set({ status: 'done', doneOn: today, doneNote: note }).where(eq(tasks.id, task.id)).run();
    return getTask(tx, task.id);
  });
}
