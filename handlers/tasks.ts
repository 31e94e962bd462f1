// Tasks: made by calls and lifecycles, listed as overdue / today / upcoming, completed once with a note.
import type { Db } from '../db/client';
import { findTask, insertTask, closeOpenTasks, openTaskCount, openTaskPage, type OpenTaskQuery, type TaskWithDebtor } from '../db/tasks.repo';
import { addDays, type IsoDate } from '../domain/dates';
import type { TaskType } from '../domain/call-outcome';
import { Message } from '../domain/message';
import { taskLifecycle } from '../domain/lifecycle/task';
import type { TaskDue, TaskPage, taskChannels } from '../ipc/channels/tasks';
import type { ParsedInput } from '../ipc/contract';
import { today, type HandlerGroup } from './context';
import { mustStep, requireDate, requireDebtor, requireTime } from './guards';
import { invalidInput, notFound } from './refusals';

interface NewTask {
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

/** A task for a debtor: it must say what to do, on a real date (and a real time, for a call-back). */
export function createTask(db: Db, task: NewTask): number {
  requireDebtor(db, task.debtorId);
  const parsed = Message.safeParse(task.title);
  if (!parsed.success) throw invalidInput('errors.text.required', { field: 'title' });
  const title = parsed.data;
  requireDate(task.dueDate, 'dueDate');
  const dueTime = task.dueTime == null ? null : requireTime(task.dueTime);
  return insertTask(db, { ...task, title, dueTime });
}

function getTask(db: Db, taskId: number): TaskWithDebtor {
  const task = findTask(db, taskId);
  if (!task) throw notFound('errors.not_found', { thing: 'task', id: taskId });
  return task;
}

/** Marks the task done today with the collector's note; a task already done is refused. */
export function completeTask(db: Db, input: { taskId: number; note?: string }, on: IsoDate): TaskWithDebtor {
  const task = getTask(db, input.taskId);
  mustStep(taskLifecycle, task.status, 'complete');
  closeOpenTasks(db, { taskId: task.id }, on, input.note?.trim() || null);
  return getTask(db, task.id);
}

/** The due dates each choice covers, as bounds on or after / on or before (null: open-ended). */
function dueBounds(due: TaskDue, today: IsoDate): Pick<OpenTaskQuery, 'dueFrom' | 'dueUntil'> {
  switch (due) {
    case 'all':
      return { dueFrom: null, dueUntil: null };
    case 'overdue':
      return { dueFrom: null, dueUntil: addDays(today, -1) };
    case 'today':
      return { dueFrom: today, dueUntil: today };
    case 'upcoming':
      return { dueFrom: addDays(today, 1), dueUntil: null };
    case 'by_today':
      return { dueFrom: null, dueUntil: today };
  }
}

/** One page of the open tasks the collector asked for, in due order, and how many there are in all. */
export function listOpenTasks(db: Db, input: ParsedInput<'tasks:list'>, today: IsoDate): TaskPage {
  const query: OpenTaskQuery = { type: input.type ?? null, ...dueBounds(input.due, today), exceptTypes: input.exceptTypes };
  const page = openTaskPage(db, { ...query, limit: input.limit, after: input.after });
  return { ...page, total: openTaskCount(db, query) };
}

export const taskHandlers = {
  'tasks:list': (ctx, input) => listOpenTasks(ctx.db, input, today(ctx)),
  'tasks:complete': (ctx, input) => completeTask(ctx.db, input, today(ctx)),
} satisfies HandlerGroup<keyof typeof taskChannels>;
