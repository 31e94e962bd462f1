// Reads on the hot paths (every request, every debtor screen) built once per connection and reused:
// drizzle builds a query's SQL anew on each call, which costs several times running it (the bench:
// about 3 ms to build, 0.16 ms to run on a loaded machine). Parameters are sql.placeholder()s.
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
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

/**
 * Writes many rows with one statement prepared once and run per row, as SQLite's own bulk loading does:
 * in a transaction that is the machine's floor (the bench's raw inserts), where a statement fed the rows
 * as JSON or built by the query builder costs more. Returns each row's new id, in order.
 */
export function insertRows(db: Db, name: string, text: string, rows: readonly (readonly unknown[])[]): number[] {
  if (rows.length === 0) return [];
  const insert = preparedSql(db, name, text);
  return rows.map((row) => Number(insert.run(...row).lastInsertRowid));
}
