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

/** Rows per INSERT: half the CPU of one row per statement for 100 000 rows, and a 22-column row stays far below SQLite's 32 766 parameters. */
const ROWS_PER_INSERT = 50;

/**
 * Writes many rows with statements prepared once, each inserting ROWS_PER_INSERT rows (`VALUES (…), (…)`):
 * one row per statement spent half its time crossing from JavaScript into SQLite and back. `text` is the
 * one-row statement, ending in its `VALUES (…)`. Returns each row's new id, in order: one INSERT numbers
 * its rows one after another (each new rowid is the table's largest plus one, AUTOINCREMENT or not), and
 * SQLite's last insert rowid is the statement's last row (rows a trigger inserts elsewhere do not count).
 */
export function insertRows(db: Db, name: string, text: string, rows: readonly (readonly unknown[])[]): number[] {
  if (rows.length === 0) return [];
  const values = text.slice(text.lastIndexOf('VALUES') + 'VALUES'.length).trim();
  const insertOf = (count: number) => preparedSql(db, `${name}×${count}`, `${text}${`, ${values}`.repeat(count - 1)}`);
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    const last = Number(insertOf(chunk.length).run(chunk.flat()).lastInsertRowid);
    for (let i = chunk.length - 1; i >= 0; i--) ids.push(last - i);
  }
  return ids;
}
