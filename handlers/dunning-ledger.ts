// The dunning schedule's ledger: which steps were done for which invoice, recorded where they happen — a
// reminder letter issued (each invoice it names), a call made (each open invoice past due, reached or
// only tried), the delivery stop, the claim to the manager and the hand-over taken from the worklist, a
// step passed over on purpose. A recorded step is not asked again (domain/dunning/invoice-stage.ts).
// Also what a payment of everything lifts: the delivery stop, and the follow-ups that only waited for it.
import type { Db } from '../db/client';
import { insertInvoiceSteps, liftDeliveryStopSteps } from '../db/invoice-steps.repo';
import { debtorBalance, openInvoices } from '../db/invoice-balances';
import { updateDebtor } from '../db/debtors.repo';
import { closeOpenTasks } from '../db/tasks.repo';
import { brokenPromiseIds } from '../db/promises.repo';
import type { IsoDate } from '../domain/dates';
import type { LetterModel } from '../domain/letters';
import { message } from '../domain/message';
import { isLetterAction, isRequiredAction, type DunningAction } from '../domain/dunning/schedule';
import { requireDebtor, requireOwnInvoices } from './guards';
import { notAllowed } from './refusals';

/** A reminder letter names invoices: each has that letter's step done on the letter's date. */
export function recordLetterSteps(db: Db, letterId: number, letter: LetterModel): void {
  const action: DunningAction | undefined = isLetterAction(letter.type as DunningAction) ? (letter.type as DunningAction) : letter.type === 'handover_dossier' ? 'hand_over' : undefined;
  if (!action) return;
  // The term the law counts from: an ingebrekestelling's pay-by day, a 14-dagenbrief's end of term.
  const termEndsOn = action === 'reminder3' ? (letter.payBy ?? letter.termEndsOn) : action === 'consumer14' ? letter.termEndsOn : letter.payBy;
  insertInvoiceSteps(
    db,
    letter.invoices.map((i) => ({ invoiceId: i.id, action, doneOn: letter.letterDate, termEndsOn, letterId })),
  );
  if (action === 'hand_over') updateDebtor(db, letter.debtor.id, { handedOverOn: letter.letterDate });
}

/** A collection call counts for every invoice of the debtor open and past due on the call's day. */
export function recordCallSteps(db: Db, call: { debtorId: number; callId: number; day: IsoDate; reached: boolean }): void {
  const invoices = openInvoices(db, call.debtorId).filter((i) => i.dueDate < call.day);
  insertInvoiceSteps(
    db,
    invoices.map((i) => ({ invoiceId: i.id, action: 'call' as const, doneOn: call.day, reached: call.reached, callId: call.callId })),
  );
}

/**
 * A debtor-wide step taken from the worklist today for these invoices of the debtor: the delivery stop
 * (also set on the debtor, for the call screen), the claim to the manager, the hand-over.
 */
export function recordDebtorStep(db: Db, input: { debtorId: number; action: 'delivery_stop' | 'manager' | 'hand_over'; invoiceIds: number[] }, today: IsoDate): number {
  requireDebtor(db, input.debtorId);
  const invoices = requireOwnInvoices(db, input.debtorId, input.invoiceIds);
  const recorded = insertInvoiceSteps(
    db,
    invoices.map((i) => ({ invoiceId: i.id, action: input.action, doneOn: today })),
  );
  if (input.action === 'delivery_stop') updateDebtor(db, input.debtorId, { deliveryStop: true, deliveryStopOn: today });
  if (input.action === 'hand_over') updateDebtor(db, input.debtorId, { handedOverOn: today, escalation: 'overdracht' });
  return recorded;
}

/** A step passed over on purpose; never the ones the law needs (the 14-dagenbrief, the ingebrekestelling). */
export function skipStep(db: Db, input: { debtorId: number; action: DunningAction; invoiceIds: number[] }, today: IsoDate): number {
  requireDebtor(db, input.debtorId);
  if (isRequiredAction(input.action)) throw notAllowed('errors.dunning.required_step', { action: input.action });
  const invoices = requireOwnInvoices(db, input.debtorId, input.invoiceIds);
  return insertInvoiceSteps(
    db,
    invoices.map((i) => ({ invoiceId: i.id, action: input.action, doneOn: today, skipped: true })),
  );
}

/**
 * After a payment: once the debtor owes nothing, the delivery stop is lifted (seed 000: deliver again
 * against payment) and the call-backs that follow up broken promises are done, saying the payment did it.
 */
export function afterPaidInFull(db: Db, debtorId: number, receivedOn: IsoDate, today: IsoDate): { lifted: boolean } {
  if (debtorBalance(db, debtorId).openCents > 0) return { lifted: false };
  const closedBy = message('task.closed_by.paid_in_full', { date: { date: receivedOn } });
  for (const promiseId of brokenPromiseIds(db, debtorId)) closeOpenTasks(db, { promiseId, types: ['call_back'] }, today, null, closedBy);
  closeOpenTasks(db, { debtorId, types: ['verify_payment'] }, today, null, closedBy);
  const debtor = requireDebtor(db, debtorId);
  if (!debtor.deliveryStop) return { lifted: false };
  updateDebtor(db, debtorId, { deliveryStop: false, deliveryStopOn: null });
  liftDeliveryStopSteps(db, debtorId, today);
  return { lifted: true };
}
