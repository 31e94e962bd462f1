// Every write use case is one transaction started with BEGIN IMMEDIATE: it takes the write lock before
// its first read, so a second process on the same file waits (busy_timeout) instead of failing with
// SQLITE_BUSY_SNAPSHOT when its earlier read turns out stale. Reads run in one deferred transaction:
// one consistent snapshot, no lock.
import type { Db } from '../db/client';

export function inWriteTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.transaction((tx) => work(tx as Db), { behavior: 'immediate' });
}

export function inReadTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.transaction((tx) => work(tx as Db), { behavior: 'deferred' });
}
