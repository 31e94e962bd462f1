// The running call, saved on every step: after a crash the app offers to continue at the same step.
// A snapshot saved by another machine (or another version of it) is never restored blindly.
import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { activeCalls } from './schema';
import { requireDebtor } from './repo-guards';

export interface ActiveCallInput {
  debtorId: number;
  machineId: string;
  machineVersion: number;
  snapshot: unknown;
  startedAt: string;
}

export type LoadedActiveCall =
  | { stale: false; snapshot: unknown; startedAt: string; updatedAt: string }
  | { stale: true; machineId: string; machineVersion: number; startedAt: string; updatedAt: string };

export function saveActiveCall(db: Db, input: ActiveCallInput, now: Date = new Date()): void {
  requireDebtor(db, input.debtorId);
  const values = {
    debtorId: input.debtorId,
    machineId: input.machineId,
    machineVersion: input.machineVersion,
    snapshot: JSON.stringify(input.snapshot),
    startedAt: input.startedAt,
    updatedAt: now.toISOString(),
  };
  db.insert(activeCalls)
    .values(values)
    .onConflictDoUpdate({ target: activeCalls.debtorId, set: values })
    .run();
}

export function loadActiveCall(db: Db, debtorId: number, expected: { machineId: string; machineVersion: number }): LoadedActiveCall | null {
  const row = db.select().from(activeCalls).where(eq(activeCalls.debtorId, debtorId)).get();
  if (!row) return null;
  if (row.machineId !== expected.machineId || row.machineVersion !== expected.machineVersion)
    return { stale: true, machineId: row.machineId, machineVersion: row.machineVersion, startedAt: row.startedAt, updatedAt: row.updatedAt };
  return { stale: false, snapshot: JSON.parse(row.snapshot), startedAt: row.startedAt, updatedAt: row.updatedAt };
}

export function listActiveCalls(db: Db) {
  return db.select({ debtorId: activeCalls.debtorId, machineId: activeCalls.machineId, startedAt: activeCalls.startedAt, updatedAt: activeCalls.updatedAt }).from(activeCalls).all();
}

export function discardActiveCall(db: Db, debtorId: number): boolean {
  return db.delete(activeCalls).where(eq(activeCalls.debtorId, debtorId)).run().changes > 0;
}
