// Tasks (call back, send a copy, send the ingebrekestelling, …): the rows of `tasks`, each read with its
// debtor's name, in due order. What a task means and when it is made or closed is decided in handlers/.
import { and, asc, count, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, tasks } from './schema';
import { preparedOnce } from './prepared';
import { insertReturningId, placeholdersFor } from './prepared-writes';
import type { IsoDate } from '../domain/dates';
import type { TaskType } from '../domain/call-outcome';
import type { Message } from '../domain/message';

type NewTaskRow = typeof tasks.$inferInsert;

export function insertTask(db: Db, row: NewTaskRow): number {
  return insertReturningId(db, tasks, row);
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

/** The debtor's open tasks of one type, in due order (the call-backs the call screen shows). */
export function openTasksOf(db: Db, debtorId: number, type: TaskType): TaskWithDebtor[] {
  return preparedOnce(db, 'openTasksOf', (d) =>
    taskQuery(d, and(eq(tasks.debtorId, sql.placeholder('debtorId')), eq(tasks.status, 'open'), eq(tasks.type, sql.placeholder('type')))).prepare(),
  ).all({ debtorId, type });
}

/** All tasks of one debtor, open and done, in due order. */
export function tasksOf(db: Db, debtorId: number): TaskWithDebtor[] {
  return preparedOnce(db, 'tasksOf', (d) => taskQuery(d, eq(tasks.debtorId, sql.placeholder('debtorId'))).prepare()).all({ debtorId });
}

/** Where a page of open tasks ends: the due order's key of its last task (date, untimed, time or '', id). */
export type TaskCursor = [dueDate: string, untimed: number, dueTime: string, id: number];

export interface OpenTaskQuery {
  type: TaskType | null;
  /** Due on or after / on or before these days (null: no bound). */
  dueFrom: IsoDate | null;
  dueUntil: IsoDate | null;
  /** Tasks of these types are left out. */
  exceptTypes: readonly TaskType[];
}

// The filters of an open-task page, as placeholders. A type filter needs each task's row, so a query
// without one gets a statement without it (one per shape, each prepared once): a count of tasks by due
// date alone then comes from the due index without reading the tasks.
type FilterShape = { byType: boolean; exceptingTypes: boolean };
const shapeOf = (q: OpenTaskQuery): FilterShape => ({ byType: q.type !== null, exceptingTypes: q.exceptTypes.length > 0 });
const shapeName = (shape: FilterShape) => `${shape.byType ? 'type' : ''}:${shape.exceptingTypes ? 'except' : ''}`;

const openTaskFilter = (shape: FilterShape) =>
  and(
    eq(tasks.status, 'open'),
    shape.byType ? eq(tasks.type, sql.placeholder('type')) : undefined,
    // Bounds the due index can seek on (an open bound is the lowest or highest date); a later page starts at its cursor's day.
    sql`${tasks.dueDate} >= max(COALESCE(${sql.placeholder('dueFrom')}, ''), COALESCE(${sql.placeholder('afterDate')}, ''))`,
    sql`${tasks.dueDate} <= COALESCE(${sql.placeholder('dueUntil')}, '9999-12-31')`,
    shape.exceptingTypes ? sql`${tasks.type} NOT IN (SELECT value FROM json_each(${sql.placeholder('exceptTypes')}))` : undefined,
  );

const filterParams = (q: OpenTaskQuery) => ({ type: q.type, dueFrom: q.dueFrom, dueUntil: q.dueUntil, exceptTypes: JSON.stringify(q.exceptTypes), afterDate: null as string | null });

/**
 * One page of open tasks in due order (date, then time of day, untimed last, then id), after the cursor
 * (the previous page's last task) or from the start: one statement, the page chosen by the tasks' due
 * index, one row more than asked to know whether another page follows.
 */
export function openTaskPage(db: Db, q: OpenTaskQuery & { limit: number; after: TaskCursor | null }): { tasks: TaskWithDebtor[]; nextCursor: TaskCursor | null } {
  const shape = shapeOf(q);
  const page = preparedOnce(db, `openTaskPage:${shapeName(shape)}`, (d) =>
    taskQuery(
      d,
      and(
        openTaskFilter(shape),
        sql`(${sql.placeholder('afterDate')} IS NULL OR (${tasks.dueDate}, ${tasks.dueTime} IS NULL, COALESCE(${tasks.dueTime}, ''), ${tasks.id}) >
          (${sql.placeholder('afterDate')}, ${sql.placeholder('afterUntimed')}, ${sql.placeholder('afterTime')}, ${sql.placeholder('afterId')}))`,
      ),
    )
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
  const [afterDate, afterUntimed, afterTime, afterId] = q.after ?? [null, null, null, null];
  const rows = page.all({ ...filterParams(q), afterDate, afterUntimed, afterTime, afterId, limit: q.limit + 1 });
  const shown = rows.slice(0, q.limit);
  const last = shown.at(-1);
  return {
    tasks: shown,
    nextCursor: rows.length > q.limit && last ? [last.dueDate, last.dueTime === null ? 1 : 0, last.dueTime ?? '', last.id] : null,
  };
}

/** How many open tasks the query finds (all pages together). */
export function openTaskCount(db: Db, q: OpenTaskQuery): number {
  const shape = shapeOf(q);
  return preparedOnce(db, `openTaskCount:${shapeName(shape)}`, (d) => d.select({ n: count() }).from(tasks).where(openTaskFilter(shape)).prepare()).get(filterParams(q))!.n;
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
  // One statement per kind of match (which conditions, which types), prepared once: closing runs on every saved call and payment.
  const given = (key: keyof OpenTaskMatch) => match[key] !== undefined;
  const shape = [
    ...(['taskId', 'debtorId', 'callId', 'complaintId', 'planId', 'dueBy'] as const).filter(given),
    match.promiseId === undefined ? '' : match.promiseId === null ? 'noPromise' : 'promiseId',
    match.types === undefined ? 'anyType' : `types=${match.types.join('|')}`,
  ].join(',');
  const p = (key: string) => sql.placeholder(key);
  const set = placeholdersFor({ doneOn, doneNote: note, closedBy });
  return preparedOnce(db, `closeOpenTasks:${shape}:${set.shape}`, (d) =>
    d
      .update(tasks)
      .set({ status: 'done', ...set.values } as never)
      .where(
        and(
          eq(tasks.status, 'open'),
          given('taskId') ? eq(tasks.id, p('taskId')) : undefined,
          given('debtorId') ? eq(tasks.debtorId, p('debtorId')) : undefined,
          given('callId') ? eq(tasks.callId, p('callId')) : undefined,
          match.types === undefined ? undefined : inArray(tasks.type, [...match.types]),
          match.promiseId === undefined ? undefined : match.promiseId === null ? isNull(tasks.promiseId) : eq(tasks.promiseId, p('promiseId')),
          given('complaintId') ? eq(tasks.complaintId, p('complaintId')) : undefined,
          given('planId') ? eq(tasks.planId, p('planId')) : undefined,
          given('dueBy') ? lte(tasks.dueDate, p('dueBy')) : undefined,
        ),
      )
      .prepare(),
  ).run({ ...match, doneOn, doneNote: note, closedBy }).changes;
}

/** Every task, open and done, with its debtor: for the export. */
export function allTasks(db: Db): TaskWithDebtor[] {
  return selectTasks(db, undefined);
}
