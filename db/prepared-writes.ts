// Inserts on the hot write paths (saving a call: the call, its steps, the schedule's steps, a promise, a
// task), prepared once per connection for each table and set of columns given: drizzle builds an
// insert's SQL anew on each call, which cost more than the write itself (the bench's outcome save).
// The columns left out take their defaults, as in the insert drizzle builds (the schema's defaults are
// SQL, none is computed in JavaScript); values go through the columns' own mapping (JSON, booleans).
// Each row is one execution of its prepared statement, in the caller's transaction.
import { getTableName, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';
import { preparedOnce } from './prepared';

type Row = Record<string, unknown>;
type PreparedInsert = { get(values: Row): { id: number } | undefined };

/**
 * The values of a prepared write: a placeholder per value given, and NULL written as SQL, since a column's
 * mapping would turn a null placeholder into JSON 'null' or 0. `shape` names the statement (which columns, which null).
 */
export function placeholdersFor(row: Row): { values: Record<string, SQL | Placeholder>; shape: string } {
  const given = Object.keys(row).filter((key) => row[key] !== undefined);
  return {
    values: Object.fromEntries(given.map((key) => [key, row[key] === null ? sql`null` : sql.placeholder(key)])),
    shape: given.map((key) => (row[key] === null ? `${key}=null` : key)).join(','),
  };
}

/** Inserts one row (the columns it gives; the rest their defaults) and returns its id. */
export function insertReturningId<T extends SQLiteTable & { id: SQLiteColumn }>(db: Db, table: T, row: T['$inferInsert']): number {
  const { values, shape } = placeholdersFor(row as Row);
  const insert = preparedOnce(db, `insert:${getTableName(table)}:${shape}`, (d) =>
    d
      .insert(table)
      .values(values as never)
      .returning({ id: table.id })
      .prepare(),
  ) as unknown as PreparedInsert;
  return insert.get(row as Row)!.id;
}

/** Inserts each row with the statement prepared for its columns; returns how many were inserted. */
export function insertEach<T extends SQLiteTable & { id: SQLiteColumn }>(db: Db, table: T, rows: readonly T['$inferInsert'][]): number {
  for (const row of rows) insertReturningId(db, table, row);
  return rows.length;
}
