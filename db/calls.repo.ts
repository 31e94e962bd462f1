// Calls and the path taken through the script (calls, call_steps): table-level reads and writes. What a
// finished call sets in motion is handlers/call-outcome.ts.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { callSteps, calls, debtors } from './schema';
import { preparedOnce } from './prepared';
import { insertEach, insertReturningId } from './prepared-writes';
import type { CallResult } from '../domain/call-outcome';

type CallRow = typeof calls.$inferSelect;

export function insertCall(db: Db, row: typeof calls.$inferInsert): number {
  return insertReturningId(db, calls, row);
}

/** The path through the script, in order; `data` is what was entered at the step, as JSON. */
export function insertCallSteps(db: Db, callId: number, steps: readonly { step: string; at: string; note: string; data: string }[]): void {
  insertEach(db, callSteps, steps.map((s, seq) => ({ callId, seq, ...s })));
}

export function findCall(db: Db, callId: number): CallRow | undefined {
  return db.select().from(calls).where(eq(calls.id, callId)).get();
}

/** The debtor's calls, oldest first. */
export function callsOf(db: Db, debtorId: number): CallRow[] {
  return preparedOnce(db, 'callsOf', (d) =>
    d.select().from(calls).where(eq(calls.debtorId, sql.placeholder('debtorId'))).orderBy(asc(calls.startedAt), asc(calls.id)).prepare(),
  ).all({ debtorId });
}

/** The steps of these calls, each call's in order. */
export function stepsOfCalls(db: Db, callIds: readonly number[]) {
  if (callIds.length === 0) return [];
  return db.select().from(callSteps).where(inArray(callSteps.callId, [...callIds])).orderBy(asc(callSteps.callId), asc(callSteps.seq)).all();
}

/** The debtor's calls with one of these results, newest first. */
export function callsWithResult(db: Db, debtorId: number, results: readonly CallResult[]) {
  return preparedOnce(db, `callsWithResult:${results.join(',')}`, (d) =>
    d
      .select({ id: calls.id, startedAt: calls.startedAt, result: calls.result })
      .from(calls)
      .where(and(eq(calls.debtorId, sql.placeholder('debtorId')), inArray(calls.result, [...results])))
      .orderBy(desc(calls.startedAt), desc(calls.id))
      .prepare(),
  ).all({ debtorId });
}

/** The call log: every call with its debtor, newest first. */
export function callLog(db: Db) {
  return db
    .select({ id: calls.id, startedAt: calls.startedAt, durationSeconds: calls.durationSeconds, collector: calls.collector, kind: calls.kind, result: calls.result, summary: calls.summary, notes: calls.notes, debtor: { number: debtors.number, name: debtors.name } })
    .from(calls)
    .innerJoin(debtors, eq(debtors.id, calls.debtorId))
    .orderBy(desc(calls.startedAt), desc(calls.id))
    .all();
}
