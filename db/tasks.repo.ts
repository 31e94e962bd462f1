// Tasks (call back, send a copy, send the ingebrekestelling, …): the rows of `tasks`, each read with its
// debtor's name, in due order. What a task means and when it is made or closed is decided in handlers/.
import { and, asc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, tasks } from './schema';
import { preparedOnce, preparedSql } from './prepared';
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

// The filters of an open-task page, as SQL text with named parameters. A type filter needs each task's
// row, so a query without one gets a statement without it (one per shape, each prepared once): a count of
// tasks by due date alone then comes from the due index without reading the tasks. The types left out are
// a list of parameters, one statement per length (a handful of types): a tenth quicker to count than the
// same list read from JSON (json_each).
type FilterShape = { byType: boolean; excepted: number };
const shapeOf = (q: OpenTaskQuery): FilterShape => ({ byType: q.type !== null, excepted: q.exceptTypes.length });
const shapeName = (shape: FilterShape) => `${shape.byType ? 'type' : ''}:${shape.excepted}`;
const exceptParam = (i: number) => `except${i}`;

/** The open tasks the query finds (table alias t). */
const openTaskFilter = (shape: FilterShape) =>
  [
    `t.status = 'open'`,
    shape.byType ? `t.type = @type` : null,
    // Bounds the due index can seek on (an open bound is the lowest or highest date); a later page starts at its cursor's day.
    `t.due_date >= max(COALESCE(@dueFrom, ''), COALESCE(@afterDate, ''))`,
    `t.due_date <= COALESCE(@dueUntil, '9999-12-31')`,
    shape.excepted > 0 ? `t.type NOT IN (${Array.from({ length: shape.excepted }, (_, i) => `@${exceptParam(i)}`).join(', ')})` : null,
  ]
    .filter((condition) => condition !== null)
    .join(' AND ');

const filterParams = (q: OpenTaskQuery) => ({
  type: q.type,
  dueFrom: q.dueFrom,
  dueUntil: q.dueUntil,
  afterDate: null as string | null,
  ...Object.fromEntries(q.exceptTypes.map((type, i) => [exceptParam(i), type])),
});

// Date, then time of day; tasks without a time come after the timed ones of that day.
const DUE_ORDER = `t.due_date, t.due_time IS NULL, t.due_time, t.id`;

/**
 * The statement of one page of open tasks (exported for its query-plan test). The page is chosen by the
 * tasks' ids and due keys alone, then its tasks are read whole with their debtor's name: the due index orders
 * by day only, so a whole day's tasks pass through the sort to find a page, and carrying every column and
 * the debtor's name through it cost a quarter of the statement.
 * Written as SQL and its rows mapped here rather than by drizzle: its row mapping was a third of the page.
 * `+@limit`: SQLite (3.54, as better-sqlite3 builds it) lets a bare LIMIT parameter shape the plan, and
 * then prepares the statement again each time a number is bound to it, that is at every request.
 */
export const openTaskPageSql = (shape: FilterShape) => `
  WITH page AS MATERIALIZED (
    SELECT t.id FROM tasks t
    WHERE ${openTaskFilter(shape)}
      AND (@afterDate IS NULL OR (t.due_date, t.due_time IS NULL, COALESCE(t.due_time, ''), t.id) > (@afterDate, @afterUntimed, @afterTime, @afterId))
    ORDER BY ${DUE_ORDER}
    LIMIT +@limit)
  SELECT t.id, t.type, t.title, t.due_date AS dueDate, t.due_time AS dueTime, t.status, t.done_on AS doneOn, t.done_note AS doneNote,
    t.debtor_id AS debtorId, d.name AS debtorName, t.call_id AS callId, t.complaint_id AS complaintId, t.promise_id AS promiseId,
    t.plan_id AS planId, t.closed_by AS closedBy, t.created_at AS createdAt
  FROM page JOIN tasks t ON t.id = page.id JOIN debtors d ON d.id = t.debtor_id
  ORDER BY ${DUE_ORDER}`;

/** A row of openTaskPageSql: the task's columns, its JSON texts unparsed and its debtor flat. */
type TaskRow = Omit<TaskWithDebtor, 'title' | 'closedBy' | 'debtor'> & { title: string; closedBy: string | null; debtorId: number; debtorName: string };

/** A task as every task read gives it (the keys in that order). */
const taskOf = (r: TaskRow): TaskWithDebtor => ({
  id: r.id,
  type: r.type,
  title: JSON.parse(r.title) as Message,
  dueDate: r.dueDate,
  dueTime: r.dueTime,
  status: r.status,
  doneOn: r.doneOn,
  doneNote: r.doneNote,
  debtor: { id: r.debtorId, name: r.debtorName },
  callId: r.callId,
  complaintId: r.complaintId,
  promiseId: r.promiseId,
  planId: r.planId,
  closedBy: r.closedBy === null ? null : (JSON.parse(r.closedBy) as Message),
  createdAt: r.createdAt,
});

/**
 * One page of open tasks in due order (date, then time of day, untimed last, then id), after the cursor
 * (the previous page's last task) or from the start: one statement, the page chosen by the tasks' due
 * index, one row more than asked to know whether another page follows.
 */
export function openTaskPage(db: Db, q: OpenTaskQuery & { limit: number; after: TaskCursor | null }): { tasks: TaskWithDebtor[]; nextCursor: TaskCursor | null } {
  const shape = shapeOf(q);
  const [afterDate, afterUntimed, afterTime, afterId] = q.after ?? [null, null, null, null];
  const rows = preparedSql(db, `openTaskPage:${shapeName(shape)}`, openTaskPageSql(shape)).all({
    ...filterParams(q),
    afterDate,
    afterUntimed,
    afterTime,
    afterId,
    limit: q.limit + 1,
  }) as TaskRow[];
  const shown = rows.slice(0, q.limit).map(taskOf);
  const last = shown.at(-1);
  return {
    tasks: shown,
    nextCursor: rows.length > q.limit && last ? [last.dueDate, last.dueTime === null ? 1 : 0, last.dueTime ?? '', last.id] : null,
  };
}

/** The statement counting the open tasks a query finds (exported for its query-plan test). */
export const openTaskCountSql = (shape: FilterShape) => `SELECT COUNT(*) FROM tasks t WHERE ${openTaskFilter(shape)}`;

/** How many open tasks the query finds (all pages together). */
export function openTaskCount(db: Db, q: OpenTaskQuery): number {
  const shape = shapeOf(q);
  return preparedSql(db, `openTaskCount:${shapeName(shape)}`, openTaskCountSql(shape)).pluck().get(filterParams(q)) as number;
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
