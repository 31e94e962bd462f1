// Tasks (call back, send a copy, send the ingebrekestelling, …): the rows of `tasks`, each read with its
// debtor's name, in due order. What a task means and when it is made or closed is decided in handlers/.
import { and, asc, eq, gt, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, tasks } from './schema';
import { preparedOnce } from './prepared';
import type { IsoDate } from '../domain/dates';
import type { TaskType } from '../domain/call-outcome';
import type { Message } from '../domain/message';

type NewTaskRow = typeof tasks.$inferInsert;

export function insertTask(db: Db, row: NewTaskRow): number {
  return db.insert(tasks).values(row).returning({ id: tasks.id }).get().id;
}

function taskQuery(db: Db, where: SQL | undefined) {
  return (
    db
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
        closedBy: tasks.closedBy,
        createdAt: tasks.createdAt,
      })
      .from(tasks)
      .innerJoin(debtors, eq(debtors.id, tasks.debtorId))
      .where(where)
      // Date, then time of day; tasks without a time come after the timed ones of that day.
      .orderBy(asc(tasks.dueDate), sql`${tasks.dueTime} IS NULL`, asc(tasks.dueTime), asc(tasks.id))
  );
}

function selectTasks(db: Db, where: SQL | undefined) {
  return taskQuery(db, where).all();
}
export type TaskWithDebtor = ReturnType<typeof selectTasks>[number];

export function findTask(db: Db, taskId: number): TaskWithDebtor | undefined {
  return selectTasks(db, eq(tasks.id, taskId))[0];
}

/**
 * The open tasks relative to `today`: overdue (due before today), today, and upcoming (after today, up
 * to and including `upcomingUntil` when given). `type` narrows the lists to one kind of task.
 */
export function openTaskLists(db: Db, today: IsoDate, options: { type?: TaskType; upcomingUntil?: IsoDate } = {}) {
  const open = and(eq(tasks.status, 'open'), options.type ? eq(tasks.type, options.type) : undefined);
  return {
    overdue: selectTasks(db, and(open, lt(tasks.dueDate, today))),
    today: selectTasks(db, and(open, eq(tasks.dueDate, today))),
    upcoming: selectTasks(db, and(open, gt(tasks.dueDate, today), options.upcomingUntil ? lte(tasks.dueDate, options.upcomingUntil) : undefined)),
  };
}

/** All tasks of one debtor, open and done, in due order. */
export function tasksOf(db: Db, debtorId: number): TaskWithDebtor[] {
  return preparedOnce(db, 'tasksOf', (d) => taskQuery(d, eq(tasks.debtorId, sql.placeholder('debtorId'))).prepare()).all({ debtorId });
}

/** Open tasks due on or before `until` (for Vandaag). */
export function openTasksDueBy(db: Db, until: IsoDate): TaskWithDebtor[] {
  return selectTasks(db, and(eq(tasks.status, 'open'), lte(tasks.dueDate, until)));
}

/** Which open tasks a close applies to: all the given conditions hold. */
interface OpenTaskMatch {
  taskId?: number;
  debtorId?: number;
  callId?: number;
  types?: readonly TaskType[];
  /** A promise's tasks; null: tasks linked to no promise. */
  promiseId?: number | null;
  complaintId?: number;
  planId?: number;
  /** Due on or before this day. */
  dueBy?: IsoDate;
}

/** Marks the matching open tasks done on `doneOn` with `note` and what closed them; returns how many. */
export function closeOpenTasks(db: Db, match: OpenTaskMatch, doneOn: IsoDate, note: string | null, closedBy: Message | null = null): number {
  // An empty match would close every open task of every debtor.
  if (Object.values(match).every((v) => v === undefined || v === null)) throw new RangeError('closeOpenTasks: no condition given');
  return db
    .update(tasks)
    .set({ status: 'done', doneOn, doneNote: note, closedBy })
    .where(
      and(
        eq(tasks.status, 'open'),
        match.taskId === undefined ? undefined : eq(tasks.id, match.taskId),
        match.debtorId === undefined ? undefined : eq(tasks.debtorId, match.debtorId),
        match.callId === undefined ? undefined : eq(tasks.callId, match.callId),
        match.types === undefined ? undefined : inArray(tasks.type, [...match.types]),
        match.promiseId === undefined ? undefined : match.promiseId === null ? isNull(tasks.promiseId) : eq(tasks.promiseId, match.promiseId),
        match.complaintId === undefined ? undefined : eq(tasks.complaintId, match.complaintId),
        match.planId === undefined ? undefined : eq(tasks.planId, match.planId),
        match.dueBy === undefined ? undefined : lte(tasks.dueDate, match.dueBy),
      ),
    )
    .run().changes;
}

/** Every task, open and done, with its debtor: for the export. */
export function allTasks(db: Db): TaskWithDebtor[] {
  return selectTasks(db, undefined);
}
