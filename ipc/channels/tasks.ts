// Tasks that come out of calls and lifecycles: listed as overdue / today / upcoming, completed once.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { DebtorRef, Text } from './common';
import { Id, IsoDate, TimeOfDay } from '../../domain/primitives';
import { TASK_TYPES, TaskType } from '../../domain/call-outcome';
import { TASK_STATUSES } from '../../domain/lifecycle/task';
import { Message } from '../../domain/message';

export const TaskStatus = z.enum(TASK_STATUSES);

export const TaskItem = z.object({
  id: Id,
  type: TaskType,
  title: Message,
  dueDate: IsoDate,
  dueTime: TimeOfDay.nullable(),
  status: TaskStatus,
  doneOn: IsoDate.nullable(),
  doneNote: z.string().nullable(),
  debtor: DebtorRef,
  callId: Id.nullable(),
  complaintId: Id.nullable(),
  promiseId: Id.nullable(),
  planId: Id.nullable(),
  /** What closed the task (a letter issued, a payment, a call); null when closed by hand or open. */
  closedBy: Message.nullable(),
  createdAt: z.string(),
});
export type TaskItem = z.infer<typeof TaskItem>;

/** Which open tasks by due date: overdue, today's, upcoming, or everything due by today (overdue and today's). */
export const TASK_DUE = ['all', 'overdue', 'today', 'upcoming', 'by_today'] as const;
export const TaskDue = z.enum(TASK_DUE);
export type TaskDue = z.infer<typeof TaskDue>;

/** Tasks per page when the caller does not say; the largest page a caller may ask for. */
export const TASK_PAGE_SIZE = 50;
export const MAX_TASK_PAGE_SIZE = 500;

/** Where a page ends: the due order's key of its last task (date, 1 when it has no time, time or '', id), handed back unchanged. */
export const TaskCursor = z.tuple([IsoDate, z.number().int().min(0).max(1), z.string().max(5), Id]);

export const TaskListQuery = z
  .object({
    type: TaskType.optional(),
    due: TaskDue.default('all'),
    /** Left out (Vandaag's other tasks leave out what the worklist shows as lines of its own). */
    exceptTypes: z.array(TaskType).max(TASK_TYPES.length).default([]),
    limit: z.number().int().min(1).max(MAX_TASK_PAGE_SIZE).default(TASK_PAGE_SIZE),
    /** The previous page's nextCursor; null (or left out) for the first page. */
    after: TaskCursor.nullable().default(null),
  })
  .strict();

export const TaskPage = z.object({
  /** Open tasks in due order: date, time of day (untimed last), then when they were made. */
  tasks: z.array(TaskItem),
  /** Null on the last page. */
  nextCursor: TaskCursor.nullable(),
  /** All open tasks the query finds, not only this page. */
  total: z.number().int(),
});
export type TaskPage = z.infer<typeof TaskPage>;

export const taskChannels = {
  'tasks:list': query(TaskListQuery, TaskPage),
  'tasks:complete': mutation(z.object({ taskId: Id, note: Text.default('') }).strict(), TaskItem),
};
