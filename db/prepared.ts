// Reads on the hot paths (every request, every debtor screen) built once per connection and reused:
// drizzle builds a query's SQL anew on each call, which costs several times running it (the bench:
// about 3 ms to build, 0.16 ms to run on a loaded machine). Parameters are sql.placeholder()s.
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

const byConnection = new WeakMap<object, Map<string, unknown>>();

/** The connection a database or a transaction on it works on: the same object for both. */
export const connectionOf = (db: Db): object => (db as unknown as { session: object }).session;

/** The better-sqlite3 connection under a database or a transaction on it. */
export const clientOf = (db: Db): Database.Database => (connectionOf(db) as unknown as { client: Database.Database }).client;

/** The query `name`, prepared on this connection the first time it is asked for. */
export function preparedOnce<T>(db: Db, name: string, prepare: (db: Db) => T): T {
  // A transaction works on its database's session (one connection): a query prepared on either runs on both.
  const session = connectionOf(db);
  let queries = byConnection.get(session);
  if (!queries) byConnection.set(session, (queries = new Map()));
  let query = queries.get(name) as T | undefined;
  if (query === undefined) queries.set(name, (query = prepare(db)));
  return query;
}

/**
 * A statement written as SQL text (named parameters, `@name`), prepared on this connection the first time:
 * for list statements the query builder cannot say (aggregates ordered inside, unions of tables).
 */
export function preparedSql(db: Db, name: string, text: string): Statement {
  return preparedOnce(db, name, () => clientOf(db).prepare(text));
}

const dialect = new SQLiteSyncDialect();

/**
 * A statement drizzle builds (sql`…`) whose text takes one of a few shapes: the text is prepared once per
 * connection and run with this call's parameters. `db.all(sql`…`)` prepares it anew each time, which for a
 * list's page statement was a third of the page. Parameters must be what SQLite binds (text, numbers, null).
 */
export function preparedBuilt(db: Db, name: string, statement: SQL): { statement: Statement; params: unknown[] } {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  return { statement: preparedSql(db, `${name}:${text}`, text), params };
}

/**
 * Parameters per INSERT: a statement of many rows crosses from JavaScript into SQLite once for all of them
 * (one row per statement spent half its time crossing). Measured on 100 000 five-column rows: 50 rows per
 * statement took about 30 % more CPU than 200 or 1 000; more rows gained nothing. Far below SQLite's 32 766.
 */
const PARAMETERS_PER_INSERT = 1000;

/**
 * Writes many rows with statements prepared once, each inserting as many rows as PARAMETERS_PER_INSERT
 * allows (`VALUES (…), (…)`). `text` is the one-row statement, ending in its `VALUES (…)`. Returns each
 * row's new id, in order: one INSERT numbers its rows one after another (each new rowid is the table's
 * largest plus one, AUTOINCREMENT or not), and SQLite's last insert rowid is the statement's last row
 * (rows a trigger inserts elsewhere do not count).
 */
export function insertRows(db: Db, name: string, text: string, rows: readonly (readonly unknown[])[]): number[] {
  if (rows.length === 0) return [];
  const values = text.slice(text.lastIndexOf('VALUES') + 'VALUES'.length).trim();
  const rowsPerInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / Math.max(1, values.split('?').length - 1)));
  const insertOf = (count: number) => preparedSql(db, `${name}×${count}`, `${text}${`, ${values}`.repeat(count - 1)}`);
  const ids: number[] = [];
  for (let start = 0; start < rows.length; ) {
    // The rest after the full statements in powers of two: a few statements prepared per table, not one per count.
    const left = rows.length - start;
    const count = left >= rowsPerInsert ? rowsPerInsert : 2 ** Math.floor(Math.log2(left));
    const chunk = rows.slice(start, (start += count));
    const last = Number(insertOf(chunk.length).run(chunk.flat()).lastInsertRowid);
    for (let i = chunk.length - 1; i >= 0; i--) ids.push(last - i);
  }
  return ids;
}
