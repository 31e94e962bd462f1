// Every write use case is one transaction started with BEGIN IMMEDIATE: it takes the write lock before
// its first read, so a second process on the same file waits (busy_timeout) instead of failing with
// SQLITE_BUSY_SNAPSHOT when its earlier read turns out stale. Reads run in one deferred transaction:
// one consistent snapshot, no lock. (How it is run, cheaply: db/connection-transaction.ts.)
import type { Db } from '../db/client';
import { onConnectionTransaction } from '../db/connection-transaction';

export function inWriteTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return onConnectionTransaction(db, 'immediate', work);
}

export function inReadTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return onConnectionTransaction(db, 'deferred', work);
}
