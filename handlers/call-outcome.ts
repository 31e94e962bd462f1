// A finished call, written as one outcome: the call, its path, the complaints, promise, plan and tasks it
// produced and the contact changes, then the running snapshot dropped. Dispatch runs it in one write
// transaction: all of it lands or none of it does.
import type { Db } from '../db/client';
import type { ParsedInput } from '../ipc/contract';
import { insertCall, insertCallSteps } from '../db/calls.repo';
import { updateDebtor } from '../db/debtors.repo';
import { discardActiveCall } from '../db/active-calls.repo';
import { getSettings } from '../db/settings.repo';
import { CallOutcome } from '../domain/call-outcome';
import { callCountsForSchedule, callOutcomeCode } from '../domain/call-outcome-code';
import { message } from '../domain/message';
import { closeOpenTasks } from '../db/tasks.repo';
import { recordCallSteps } from './dunning-ledger';
import { todayInAmsterdam, type IsoDate } from '../domain/dates';
import { requireDebtor } from './guards';
import { registerComplaint } from './complaints';
import { createPromise } from './promises';
import { createPlan } from './plans';
import { createTask } from './tasks';
import { settleDebtor } from './settle';

/** Which of the outcome's records a task links to: the one it follows up. */
function taskLinks(task: CallOutcome['tasks'][number], ids: { complaintIds: number[]; promiseId: number | null; planId: number | null }) {
  const aboutComplaint = task.type === 'handle_complaint' || task.type === 'inform_customer';
  // The confirmation letter confirms the promise and the plan, so it links to both.
  const confirms = task.type === 'send_confirmation_letter';
  return {
    // The task names its complaint when the call had several; older outcomes only had one.
    complaintId: task.complaintIndex !== undefined ? ids.complaintIds[task.complaintIndex]! : aboutComplaint ? (ids.complaintIds[0] ?? null) : null,
    promiseId: task.type === 'verify_payment' || task.type === 'call_back' || confirms ? ids.promiseId : null,
    planId: task.type === 'send_plan_for_signature' || confirms ? ids.planId : null,
  };
}

/** Saves an outcome from anywhere (the demo, a test): checked against the contract first. */
export function saveCallOutcome(db: Db, raw: CallOutcome, today: IsoDate): { callId: number } {
  return recordCallOutcome(db, CallOutcome.parse(raw, { reportInput: true }), today);
}

/** Saves an outcome the contract has checked already (dispatch parsed the request with this schema). */
export function recordCallOutcome(db: Db, outcome: ParsedInput<'calls:save'>, today: IsoDate): { callId: number } {
  // The business day of the call, in Amsterdam: a promise "made on" is that day, not the UTC one.
  const callDay = todayInAmsterdam(new Date(outcome.startedAt));
  const debtorId = requireDebtor(db, outcome.debtorId).id;
  const outcomeCode = callOutcomeCode(outcome);
  const reached = callCountsForSchedule(outcomeCode);
  const durationSeconds = Math.max(0, Math.round((Date.parse(outcome.endedAt) - Date.parse(outcome.startedAt)) / 1000));
  const callId = insertCall(db, {
    debtorId,
    kind: outcome.kind,
    collector: outcome.collector,
    tone: outcome.tone,
    startedAt: outcome.startedAt,
    endedAt: outcome.endedAt,
    durationSeconds,
    result: outcome.result,
    outcomeCode,
    summary: outcome.summary,
    notes: outcome.notes,
    machineVersion: outcome.machineVersion,
  });
  insertCallSteps(db, callId, outcome.path.map((s) => ({ step: s.step, at: s.at, note: s.note, data: JSON.stringify(s.data ?? {}) })));
  // The schedule's call is done for every open invoice past due (or tried, when nobody was reached), and
  // a call that reached the debtor is the call-back that was due: before this call's own new tasks.
  if (outcome.kind === 'collection') recordCallSteps(db, { debtorId, callId, day: callDay, reached });
  if (reached)
    closeOpenTasks(db, { debtorId, types: ['call_back'], dueBy: callDay }, callDay, null, message('task.closed_by.call', { date: { date: callDay }, code: outcomeCode }));

  const complaintIds = outcome.complaints.map(
    (c) =>
      registerComplaint(
        db,
        {
          debtorId,
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
    ? createPromise(db, { debtorId, callId, promisedDate: outcome.promise.date, amountCents: outcome.promise.amountCents, madeOn: callDay })
    : null;
  const planId = outcome.plan
    ? createPlan(db, { debtorId, callId, agreedOn: callDay, invoiceIds: outcome.plan.invoiceIds, totalCents: outcome.plan.totalCents, installments: outcome.plan.installments }).id
    : null;
  for (const task of outcome.tasks)
    createTask(db, {
      debtorId,
      callId,
      type: task.type,
      title: task.title,
      dueDate: task.dueDate,
      dueTime: task.dueTime ?? null,
      ...taskLinks(task, { complaintIds, promiseId, planId }),
    });

  const c = outcome.contactUpdate;
  updateDebtor(db, debtorId, {
    ...(c?.name ? { contactName: c.name, contactTitle: c.title ?? null } : {}),
    ...(c?.role ? { contactRole: c.role } : {}),
    ...(c?.phone ? { contactPhone: c.phone } : {}),
    ...(c?.email ? { contactEmail: c.email } : {}),
  });
  // The call is saved: the running snapshot kept for a crash is no longer needed.
  discardActiveCall(db, debtorId);
  // A promise for a day already past (a call saved late) is settled now, not tomorrow.
  settleDebtor(db, debtorId, today, getSettings(db).planGraceDays);
  return { callId };
}
