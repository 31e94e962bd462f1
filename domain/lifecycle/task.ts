// A task (call back, send a copy, …) is open until the collector marks it done, once.
import { message } from '../message';
import type { Lifecycle } from './lifecycle';

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_EVENTS = ['complete'] as const;
export type TaskEvent = (typeof TASK_EVENTS)[number];

export const taskLifecycle: Lifecycle<TaskStatus, TaskEvent> = {
  states: TASK_STATUSES,
  events: TASK_EVENTS,
  table: { open: { complete: 'done' }, done: {} },
  refusal: () => message('errors.task.already_done'),
};
