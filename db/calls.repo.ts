// A finished call is written as one outcome in ONE transaction: the call, its path, the tasks,
// complaints, promise, plan and contact changes. All of it lands or none of it does.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { activeCalls, callSteps, calls, debtors } from './schema';
import { CallOutcome } from '../domain/call-outcome';
import { todayInAmsterdam } from '../domain/dates';
import { registerComplaint } from './complaints.repo';
import { createPromise } from './promises.repo';
import { createPlan } from './plans.repo';
import { createTask } from './tasks.repo';
import { requireDebtor } from './repo-guards';

export interface SaveCallOptions {
  /** Test hook: runs inside the transaction after every row is written, before the commit. */
  beforeCommit?: () => void;
}

export function saveCallOutcome(db: Db, raw: CallOutcome, options: SaveCallOptions = {}): { callId: number } {
  const outcome = CallOutcome.parse(raw);
  // The business day of the call, in Amsterdam: a promise "made on" is that day, not the UTC one.
  const callDay = todayInAmsterdam(new Date(outcome.startedAt));
  return db.transaction((tx) => {
    requireDebtor(tx, outcome.debtorId);
    const durationSeconds = Math.max(0, Math.round((Date.parse(outcome.endedAt) - Date.parse(outcome.startedAt)) / 1000));
    const { id: callId } = tx
      .insert(calls)
      .values({
        debtorId: outcome.debtorId,
        kind: outcome.kind,
        collector: outcome.collector,
        tone: outcome.tone,
        startedAt: outcome.startedAt,
        endedAt: outcome.endedAt,
        durationSeconds,
        result: outcome.result,
        summary: outcome.summary,
        notes: outcome.notes,
        machineVersion: outcome.machineVersion,
      })
      .returning({ id: calls.id })
      .get();

    for (const [seq, step] of outcome.path.entries())
      tx.insert(callSteps)
        .values({ callId, seq, step: step.step, at: step.at, note: step.note, data: JSON.stringify(step.data ?? {}) })
        .run();

    const complaintIds = outcome.complaints.map(
      (c) =>
        registerComplaint(
          tx,
          {
            debtorId: outcome.debtorId,
            callId,
            description: c.description,
            invoiceIds: c.invoiceIds,
            // Resolved during the call by the collector ("zelf oplossen") when no handler was named.
            handler: c.handler ?? (c.resolution ? outcome.collector : undefined),
            resolution: c.resolution,
          },
          callDay,
        ).id,
    );
    const promiseId = outcome.promise
      ? createPromise(tx, { debtorId: outcome.debtorId, callId, promisedDate: outcome.promise.date, amountCents: outcome.promise.amountCents, madeOn: callDay })
      : null;
    const planId = outcome.plan
      ? createPlan(tx, { debtorId: outcome.debtorId, callId, agreedOn: callDay, totalCents: outcome.plan.totalCents, installments: outcome.plan.installments }).id
      : null;

    for (const task of outcome.tasks) {
      const aboutComplaint = task.type === 'handle_complaint' || task.type === 'inform_customer';
      // The task names its complaint when the call had several; older outcomes only had one.
      const complaintId = task.complaintIndex !== undefined ? complaintIds[task.complaintIndex]! : aboutComplaint ? (complaintIds[0] ?? null) : null;
      // The confirmation letter confirms the promise and the plan, so it links to both.
      const confirms = task.type === 'send_confirmation_letter';
      createTask(tx, {
        debtorId: outcome.debtorId,
        callId,
        type: task.type,
        title: task.title,
        dueDate: task.dueDate,
        dueTime: task.dueTime ?? null,
        complaintId,
        promiseId: task.type === 'verify_payment' || task.type === 'call_back' || confirms ? promiseId : null,
        planId: task.type === 'send_plan_for_signature' || confirms ? planId : null,
      });
    }

    const c = outcome.contactUpdate;
    if (c && (c.name || c.role || c.phone || c.email)) {
      tx.update(debtors)
        .set({
          ...(c.name ? { contactName: c.name } : {}),
          ...(c.role ? { contactRole: c.role } : {}),
          ...(c.phone ? { contactPhone: c.phone } : {}),
          ...(c.email ? { contactEmail: c.email } : {}),
        })
        .where(eq(debtors.id, outcome.debtorId))
        .run();
    }
    // The call is saved: the running snapshot kept for a crash is no longer needed.
    tx.delete(activeCalls).where(eq(activeCalls.debtorId, outcome.debtorId)).run();
    options.beforeCommit?.();
    return { callId };
  });
}

/** A debtor's calls, newest first, with the path taken. */
export function listCalls(db: Db, debtorId: number) {
  const rows = db.select().from(calls).where(eq(calls.debtorId, debtorId)).orderBy(desc(calls.startedAt), desc(calls.id)).all();
  const ids = rows.map((r) => r.id);
  const steps = ids.length ? db.select().from(callSteps).where(inArray(callSteps.callId, ids)).orderBy(asc(callSteps.seq)).all() : [];
  return rows.map((c) => ({ ...c, steps: steps.filter((s) => s.callId === c.id) }));
}
