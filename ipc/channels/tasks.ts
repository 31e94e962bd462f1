// Tasks that come out of calls and lifecycles: listed as overdue / today / upcoming, completed once.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { DebtorRef, Text } from './common';
import { Id, IsoDate, TimeOfDay } from '../../domain/primitives';
import { TaskType } from '../../domain/call-outcome';
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

export const TaskLists = z.object({ overdue: z.array(TaskItem), today: z.array(TaskItem), upcoming: z.array(TaskItem) });
export type TaskLists = z.infer<typeof TaskLists>;

export const taskChannels = {
  'tasks:list': query(z.object({ type: TaskType.optional() }).strict(), TaskLists),
  'tasks:complete': mutation(z.object({ taskId: Id, note: Text.default('') }).strict(), TaskItem),
};
