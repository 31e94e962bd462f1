// The running call, saved on every step (one row per debtor) so that after a crash the app can offer to
// continue at the same step. Whether a saved snapshot may be restored is decided in handlers/calls.ts.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { activeCalls, debtors, setAsideCalls } from './schema';
import { preparedOnce } from './prepared';
import { placeholdersFor } from './prepared-writes';

type ActiveCallRow = typeof activeCalls.$inferSelect;

/** Saved on every step of a call: prepared once. */
export function upsertActiveCall(db: Db, row: ActiveCallRow): void {
  const { values, shape } = placeholdersFor(row);
  preparedOnce(db, `upsertActiveCall:${shape}`, (d) =>
    d
      .insert(activeCalls)
      .values(values as never)
      .onConflictDoUpdate({ target: activeCalls.debtorId, set: values as never })
      .prepare(),
  ).run(row);
}

export function findActiveCall(db: Db, debtorId: number): ActiveCallRow | undefined {
  return preparedOnce(db, 'activeCall', (d) => d.select().from(activeCalls).where(eq(activeCalls.debtorId, sql.placeholder('debtorId'))).prepare()).get({ debtorId });
}

/** Moves the running call of a debtor to set_aside_calls, as it is; false when there was none. */
export function setAsideActiveCall(db: Db, debtorId: number, setAsideAt: string): boolean {
  const row = findActiveCall(db, debtorId);
  if (!row) return false;
  db.insert(setAsideCalls).values({ ...row, setAsideAt }).run();
  return discardActiveCall(db, debtorId);
}

export function discardActiveCall(db: Db, debtorId: number): boolean {
  return preparedOnce(db, 'discardActiveCall', (d) => d.delete(activeCalls).where(eq(activeCalls.debtorId, sql.placeholder('debtorId'))).prepare()).run({ debtorId }).changes > 0;
}

/** Every running call kept, with its debtor's name, oldest first (one statement). */
export function listActiveCalls(db: Db) {
  return db
    .select({ debtor: { id: debtors.id, name: debtors.name }, machineId: activeCalls.machineId, startedAt: activeCalls.startedAt, updatedAt: activeCalls.updatedAt })
    .from(activeCalls)
    .innerJoin(debtors, eq(debtors.id, activeCalls.debtorId))
    .orderBy(asc(activeCalls.startedAt), asc(activeCalls.debtorId))
    .all();
}
