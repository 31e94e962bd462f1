// What the demo ledger has been through before the first start, so Vandaag, the timeline and the
// letters show a collector's real day at once: a broken promise, a call-back due today, a plan with
// a late installment, a complaint in behandeling; three reminders, a confirmation and a plan letter sent.
// Dates are relative to today.
// Built with the application's own use cases, so the history is one the app could have recorded.
import type { Db } from '../db/client';
import { findDebtorIdByName } from '../db/debtors.repo';
import { openInvoices } from '../db/invoice-balances';
import { getSettings } from '../db/settings.repo';
import { isEmptyLedger, seedDemoDebtors } from '../db/demo-ledger';
import { addDays, amsterdamMoment as at, type IsoDate } from '../domain/dates';
import { onOrPreviousOfficeDay } from '../domain/calendar/office-days';
import { message } from '../domain/message';
import { saveCallOutcome } from './call-outcome';
import { createTask } from './tasks';
import { activatePlan, createPlan, markPlanSigned } from './plans';
import { recordPayment } from './payments';
import { registerComplaint } from './complaints';
import { issueLetter } from './letters/issue';
import { inWriteTransaction } from './transaction';

function debtorId(db: Db, name: string): number {
  return findDebtorIdByName(db, name)!;
}


export function seedDemoActivity(db: Db, today: IsoDate): void {
  const collector = getSettings(db).collectorName;
  inWriteTransaction(db, (tx) => {
    // Hotel De Zwaan: a week ago they promised to pay the day after; nothing came in.
    const zwaan = debtorId(tx, 'Hotel De Zwaan BV');
    const zwaanOpen = openInvoices(tx, zwaan).reduce((s, i) => s + i.openCents, 0);
    const callDay = onOrPreviousOfficeDay(addDays(today, -6));
    const promised = addDays(callDay, 1);
    const { callId } = saveCallOutcome(tx, {
      debtorId: zwaan, kind: 'collection', machineVersion: 1, collector, tone: 'zakelijk',
      startedAt: at(callDay, '10:05'), endedAt: at(callDay, '10:09'), result: 'agreement',
      summary: [message('recap.promise', { amount: { cents: zwaanOpen }, date: { date: promised } })],
      notes: 'De heer Smits zegt dat de facturen bij de directeur ter goedkeuring lagen.',
      excuses: ['will_pay'],
      path: [
        { step: 'greeting', at: at(callDay, '10:05'), note: '' },
        { step: 'purpose', at: at(callDay, '10:06'), note: '' },
        { step: 'willPay', at: at(callDay, '10:07'), note: '', data: { excuse: 'will_pay' } },
        { step: 'recap', at: at(callDay, '10:08'), note: '' },
      ],
      tasks: [{ type: 'send_confirmation_letter', title: message('task.send_confirmation_letter'), dueDate: callDay }],
      complaints: [],
      promise: { date: promised, amountCents: zwaanOpen },
    }, callDay);
    // The confirmation went out the same day as a letter, which closes the call's letter task: the debtor
    // file's letters and the timeline both show it (a task ticked off by hand would be no letter at all).
    issueLetter(tx, { debtorId: zwaan, type: 'confirmation', callId }, callDay);

    // Jansen Installatietechniek: no answer yesterday, so a call-back this afternoon.
    const jansen = debtorId(tx, 'Jansen Installatietechniek BV');
    createTask(tx, { debtorId: jansen, type: 'call_back', title: message('task.call_back.no_answer', { date: { date: addDays(today, -1) } }), dueDate: today, dueTime: '14:00' });

    // De Groot Transport: a signed three-term plan, the first term paid, the second three days late.
    const groot = debtorId(tx, 'De Groot Transport BV');
    const grootInvoices = openInvoices(tx, groot);
    const grootOpen = grootInvoices.reduce((s, i) => s + i.openCents, 0);
    const agreedOn = addDays(today, -40);
    const term = Math.floor(grootOpen / 3);
    const plan = createPlan(tx, {
      debtorId: groot, agreedOn, invoiceIds: grootInvoices.map((i) => i.id), totalCents: grootOpen,
      installments: [
        { dueDate: addDays(today, -30), amountCents: grootOpen - 2 * term },
        { dueDate: addDays(today, -3), amountCents: term },
        { dueDate: addDays(today, 27), amountCents: term },
      ],
    });
    // Sent for signature as the plan letter the day after: the letter marks the plan sent.
    issueLetter(tx, { debtorId: groot, type: 'plan_agreement', planId: plan.id }, addDays(agreedOn, 1));
    markPlanSigned(tx, { planId: plan.id, signedOn: addDays(agreedOn, 5) }, today);
    // The first term came in before the signed plan came back: activating it counts that payment.
    recordPayment(tx, { debtorId: groot, receivedOn: addDays(today, -31), amountCents: grootOpen - 2 * term, description: 'Termijn 1 betalingsregeling' }, today);
    activatePlan(tx, { planId: plan.id }, today);

    // Bloemenhuis Flora: the boots leak; invoice 1011 is held out of reminders while the complaint runs.
    const flora = debtorId(tx, 'Bloemenhuis Flora VOF');
    const invoice1011 = openInvoices(tx, flora).find((i) => i.number === '1011')!;
    registerComplaint(tx, { debtorId: flora, description: 'Twee paar laarzen lekken bij de naad', invoiceIds: [invoice1011.id], handler: 'Kees Bos (verkoop)' }, addDays(today, -5));

    // Restaurant 't Hoekje: the whole written schedule of seed 000 has gone out (days 1, 10 and 21).
    const hoekje = debtorId(tx, "Restaurant 't Hoekje");
    const due = openInvoices(tx, hoekje)[0]!.dueDate;
    issueLetter(tx, { debtorId: hoekje, type: 'reminder1' }, addDays(due, 1));
    issueLetter(tx, { debtorId: hoekje, type: 'reminder2' }, addDays(due, 10));
    issueLetter(tx, { debtorId: hoekje, type: 'reminder3' }, addDays(due, 21));
  });
}

/**
 * Fills an empty ledger with the demo administration and, with `activity`, its history, in one
 * transaction that takes the write lock before it looks: of two first starts at once, one seeds and the
 * other finds debtors and leaves them. False when the ledger had debtors already.
 */
export function seedDemo(db: Db, today: IsoDate, options: { activity?: boolean } = {}): boolean {
  return inWriteTransaction(db, (tx) => {
    if (!isEmptyLedger(tx)) return false;
    seedDemoDebtors(tx, today);
    if (options.activity) seedDemoActivity(tx, today);
    return true;
  });
}
