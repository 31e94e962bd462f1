// "Bring up to date": promises and plans change status with the calendar, not only with payments. A
// promise is kept once payments cover it and broken the working day after its date; an installment is
// late the day after its due date, and a plan defaults once one stays unpaid past the grace period.
// Settled for everyone when a day starts (handlers/day.ts), and for one debtor at once when a payment,
// a plan's activation or a call changes what is owed; reads never settle.
import { getSettings } from '../db/settings.repo';
import { calendarsOf } from '../domain/settings';
import type { Db } from '../db/client';
import { promisesWithReceived, setPromiseStatus } from '../db/promises.repo';
import { plansIn, updateInstallment, updatePlan, type InstallmentRow, type PlanRow } from '../db/plans.repo';
import { closeOpenTasks } from '../db/tasks.repo';
import { updateDebtor } from '../db/debtors.repo';
import { debtorBalance } from '../db/invoice-balances';
import type { IsoDate } from '../domain/dates';
import { brokenPromiseReason, evaluatePromise, promiseLifecycle, type PromiseStatus } from '../domain/lifecycle/promise';
import { planLifecycle } from '../domain/lifecycle/plan';
import { installmentInDefault, installmentLifecycle } from '../domain/lifecycle/installment';
import { message, messagesOf } from '../domain/message';
import { taskMessages } from '../i18n/messages/tasks';
import { mustStep, requireDebtor } from './guards';
import { createTask } from './tasks';
import { storeMessage } from './stored-text';

interface Settlement {
  keptPromiseIds: number[];
  brokenPromiseIds: number[];
  lateInstallmentIds: number[];
  defaultedPlanIds: number[];
}

/**
 * Moves each promise to what its payments and `today` say; writes only promises whose status changes.
 * A broken promise gets a call-back task with the reason; one kept after all closes that task.
 */
function settlePromises(db: Db, statuses: readonly PromiseStatus[], today: IsoDate, debtorId: number | undefined, out: Settlement): void {
  // "Not paid by the next working day": the office's working days of Settings.
  const office = calendarsOf(getSettings(db)).office;
  for (const { promise: p, receivedCents } of promisesWithReceived(db, statuses, debtorId)) {
    const target = evaluatePromise(p, receivedCents, today, office);
    if (target === p.status || target === 'pending') continue;
    const status = mustStep(promiseLifecycle, p.status, target === 'kept' ? 'payments_cover' : 'deadline_passed');
    setPromiseStatus(db, p.id, status, today);
    if (status === 'kept') {
      out.keptPromiseIds.push(p.id);
      // Kept after all (a payment entered late): the follow-up for the broken promise is moot.
      closeOpenTasks(db, { promiseId: p.id }, today, null, message('task.closed_by.promise_kept', { date: { date: p.promisedDate } }));
    } else {
      out.brokenPromiseIds.push(p.id);
      createTask(db, { debtorId: p.debtorId, callId: p.callId, promiseId: p.id, type: 'call_back', title: brokenPromiseReason(p), dueDate: today });
    }
  }
}

/** Installments past their due date become late; a plan with one unpaid past the grace period defaults. */
function evaluatePlans(db: Db, today: IsoDate, graceDays: number, debtorId: number | undefined, out: Settlement): void {
  for (const plan of plansIn(db, ['active'], debtorId)) {
    for (const i of plan.installments) {
      if (i.status !== 'due' || i.paidCents >= i.amountCents || today <= i.dueDate) continue;
      updateInstallment(db, i.id, { status: mustStep(installmentLifecycle, i.status, 'fall_behind') });
      out.lateInstallmentIds.push(i.id);
    }
    const missed = installmentInDefault(plan.installments, today, graceDays);
    if (!missed) continue;
    updatePlan(db, plan.id, { status: mustStep(planLifecycle, plan.status, 'default'), defaultedOn: today });
    out.defaultedPlanIds.push(plan.id);
    escalateDefault(db, plan, missed, graceDays, today);
  }
}

/**
 * A defaulted plan makes the whole remaining claim due: the debtor is marked for ingebrekestelling
 * (unless already further, i.e. overdracht) with the reason, and a task to send it is due today.
 */
function escalateDefault(db: Db, plan: PlanRow, missed: InstallmentRow, graceDays: number, today: IsoDate): void {
  const debtor = requireDebtor(db, plan.debtorId);
  if (debtor.escalation === 'overdracht') return;
  const remaining = debtorBalance(db, plan.debtorId).openCents;
  const reason = storeMessage(
    message('debtor.escalation.plan_defaulted', {
      agreedOn: { date: plan.agreedOn },
      seq: missed.seq,
      amount: { cents: missed.amountCents },
      dueDate: { date: missed.dueDate },
      graceDays,
      remaining: { cents: remaining },
    }),
  );
  updateDebtor(db, plan.debtorId, { escalation: 'ingebrekestelling', escalationReason: reason });
  createTask(db, {
    debtorId: plan.debtorId,
    planId: plan.id,
    type: 'send_ingebrekestelling',
    title: taskTitle('task.plan_defaulted'),
    dueDate: today,
  });
}

const taskTitle = messagesOf(taskMessages);

const empty = (): Settlement => ({ keptPromiseIds: [], brokenPromiseIds: [], lateInstallmentIds: [], defaultedPlanIds: [] });

/** Every pending promise and active plan, as of `today`. Idempotent: a second run changes nothing. */
export function settleAll(db: Db, today: IsoDate, graceDays: number): Settlement {
  const out = empty();
  settlePromises(db, ['pending'], today, undefined, out);
  evaluatePlans(db, today, graceDays, undefined, out);
  return out;
}

/**
 * One debtor's promises and active plans, after something changed what they paid or agreed: a payment
 * received in time makes a promise kept, even one already marked broken.
 */
export function settleDebtor(db: Db, debtorId: number, today: IsoDate, graceDays: number): Settlement {
  const out = empty();
  settlePromises(db, ['pending', 'broken'], today, debtorId, out);
  evaluatePlans(db, today, graceDays, debtorId, out);
  return out;
}
