// A transaction on the connection under a database, run by better-sqlite3's own transaction function
// (made once per connection, its BEGIN and COMMIT prepared once) with the database it was given: every
// statement on that connection is inside it. drizzle's db.transaction() builds a transaction object per
// call, with a query builder for each of the ledger's tables, which cost more than a small read itself
// (the bench's per-debtor paths). Nested calls become savepoints, as they did through drizzle.
import type { Transaction } from 'better-sqlite3';
import type { Db } from './client';
import { clientOf, connectionOf } from './prepared';

type Runner = Transaction<(work: (db: Db) => unknown, db: Db) => unknown>;
const runners = new WeakMap<object, Runner>();

function runnerOf(db: Db): Runner {
  const session = connectionOf(db);
  let runner = runners.get(session);
  if (!runner) runners.set(session, (runner = clientOf(db).transaction((work: (db: Db) => unknown, on: Db) => work(on))));
  return runner;
}

/** `work` in one transaction begun with BEGIN IMMEDIATE (writes) or BEGIN DEFERRED (reads): committed when it returns, rolled back when it throws. */
export function onConnectionTransaction<T>(db: Db, behavior: 'immediate' | 'deferred', work: (db: Db) => T): T {
  return runnerOf(db)[behavior](work, db) as T;
}
