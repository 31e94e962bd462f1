// The live collection call (seed 000 "Belproces debiteuren", completed by 001 and 003) as a pure
// XState v5 machine. The UI shows the step (currentStep), its text (call-script.texts.ts) and its
// choices (call-script.choices.ts), and sends the events below. Effects are supplied with .provide():
//   persistSnapshot — on every step; use persistAfterStep(save) from call-setup.ts, which saves the
//                     snapshot once the transition has been applied
//   saveOutcome     — once, at the end, with the CallOutcome (also the machine's output)
import type { SnapshotFrom } from 'xstate';
import { EXCUSES, type Excuse } from '../domain/call-outcome';
import { createCallMachine, go, reachStates, recapState, step, submit } from './call-setup';
import { COLLECTION_STEPS, type CollectionStep } from './call-types';

/** Bump when states or context change shape: a saved active call of another version is not resumed. */
export const CALL_MACHINE_VERSION = 1;
export const CALL_SCRIPT_MACHINE_ID = 'callScript';

/** The step each excuse opens (docs/domain.md "The call", step 4). */
export const EXCUSE_STEP: Record<Excuse, CollectionStep> = {
  not_my_department: 'notMyDepartment',
  no_time: 'noTime',
  never_received: 'neverReceived',
  invoice_incorrect: 'invoiceIncorrect',
  already_paid: 'alreadyPaid',
  direct_debit: 'directDebit',
  cannot_pay: 'cannotPay',
  will_pay: 'willPay',
  on_holiday: 'onHolidayReplacement',
  bank_error: 'bankError',
  product_not_received: 'productNotReceived',
  system_down: 'systemDown',
  agreed_otherwise: 'agreedOtherwise',
};

/** EXCUSE → its branch. "Kan niet betalen" goes straight to the last chance when no plan may be offered. */
const excuseTransitions = EXCUSES.flatMap((excuse) => {
  const transition = {
    guard: { type: 'excuseIs' as const, params: { excuse } },
    target: `#${EXCUSE_STEP[excuse]}`,
    actions: [{ type: 'record' as const, params: { what: 'excuse' as const } }],
  };
  if (excuse !== 'cannot_pay') return [transition];
  return [
    { ...transition, guard: { type: 'cannotPayWithPlan' as const } },
    { ...transition, target: '#lastChance' },
  ];
});

export const callScriptMachine = createCallMachine({
  id: CALL_SCRIPT_MACHINE_ID,
  kind: 'collection',
  version: CALL_MACHINE_VERSION,
  steps: COLLECTION_STEPS,
  states: {
    ...reachStates('#purpose'),

    // Step 3: "Ik bel u inzake een (aantal) openstaande factu(u)r(en)" — the customer answers.
    purpose: step('purpose', { EXCUSE: excuseTransitions }),

    // "Ik ga daar niet over": the right person, transfer, else data to them and a call appointment.
    notMyDepartment: step('notMyDepartment', { SUBMIT_CONTACT: submit('#transferToResponsible', { what: 'contact' }) }),
    transferToResponsible: step('transferToResponsible', {
      REACHED: go('#purpose', { what: 'reached' }),
      NOT_REACHED: go('#sendInvoiceData'),
    }),
    sendInvoiceData: step('sendInvoiceData', {
      SUBMIT_APPOINTMENT: submit('#anythingElse', { what: 'appointment', purpose: 'sendData' }),
    }),

    // "Ik heb hier geen tijd voor": a call-back appointment, or an e-mail address for the data.
    noTime: step('noTime', {
      SUBMIT_APPOINTMENT: submit('#commitment', { what: 'appointment', purpose: 'noTime' }),
      SUBMIT_EMAIL: submit('#commitment', { what: 'email' }),
    }),

    // "Nooit ontvangen": copy (checking the address), then a call-back about the payment.
    neverReceived: step('neverReceived', { SUBMIT_COPY_DETAILS: submit('#paymentAppointment', { what: 'copy' }) }),
    paymentAppointment: step('paymentAppointment', {
      SUBMIT_APPOINTMENT: submit('#commitment', { what: 'appointment', purpose: 'payment' }),
      SKIP: go('#commitment'),
    }),

    // "De factuur is onjuist" / "product nooit ontvangen": register, then hand over or resolve now.
    invoiceIncorrect: step('invoiceIncorrect', { SUBMIT_COMPLAINT: submit('#complaintHandling', { what: 'complaint' }) }),
    productNotReceived: step('productNotReceived', { SUBMIT_COMPLAINT: submit('#complaintHandling', { what: 'complaint' }) }),
    complaintHandling: step('complaintHandling', {
      PASS_TO_HANDLER: submit('#commitment', { what: 'complaintHandler' }),
      RESOLVE_NOW: submit('#commitment', { what: 'complaintResolved' }),
    }),

    // "Reeds betaald": date, amount, description; then found / look it up later / ask for proof.
    alreadyPaid: step('alreadyPaid', {
      SUBMIT_PAYMENT_DETAILS: submit('#paymentCheck', { what: 'paymentReport', requestProof: false }),
    }),
    paymentCheck: step('paymentCheck', {
      PAYMENT_FOUND: go('#anythingElse', { what: 'paymentFound' }),
      VERIFY_LATER: go('#anythingElse', { what: 'verifyLater' }),
      PAYMENT_NOT_FOUND: go('#anythingElse', { what: 'proofRequested' }),
    }),

    // "Automatische incasso": bank details right? reversed? why? then manual payment or new collection.
    directDebit: step('directDebit', {
      BANK_DETAILS_CORRECT: go('#debitReversed'),
      BANK_DETAILS_WRONG: submit('#commitment', { what: 'bankDetailsWrong' }),
    }),
    debitReversed: step('debitReversed', {
      NOT_REVERSED: go('#anythingElse', { what: 'collectAgain' }),
      REVERSED: submit('#afterReversal'),
    }),
    afterReversal: step('afterReversal', {
      SUBMIT_PROMISE: submit('#anythingElse', { what: 'promise' }),
      COLLECT_AGAIN: submit('#anythingElse', { what: 'collectAgain' }),
    }),

    // "Ik kan niet betalen": a plan (last option), else a last chance, else ingebrekestelling/hand-over.
    cannotPay: step('cannotPay', {
      SUBMIT_PLAN: submit('#anythingElse', { what: 'plan' }),
      PLAN_REFUSED: go('#lastChance'),
    }),
    lastChance: step('lastChance', {
      SUBMIT_PROMISE: submit('#anythingElse', { what: 'promise', lastChance: true }),
      REFUSED: go('#anythingElse', { what: 'refusedLastChance' }),
    }),

    // "Ga ik betalen": exactly when, how much, and does the customer have the payment details?
    willPay: step('willPay', { SUBMIT_PROMISE: submit('#anythingElse', { what: 'promise' }) }),

    // "Op vakantie": keep asking who pays, up to the director; else a call-back appointment.
    onHolidayReplacement: step('onHolidayReplacement', {
      REACHED: go('#commitment', { what: 'reached' }),
      NOT_AVAILABLE: go('#onHolidayManager'),
    }),
    onHolidayManager: step('onHolidayManager', {
      REACHED: go('#commitment', { what: 'reached' }),
      NOT_AVAILABLE: go('#onHolidayDirector'),
    }),
    onHolidayDirector: step('onHolidayDirector', {
      REACHED: go('#commitment', { what: 'reached' }),
      NOT_AVAILABLE: go('#holidayAppointment'),
    }),
    holidayAppointment: step('holidayAppointment', {
      SUBMIT_APPOINTMENT: submit('#anythingElse', { what: 'appointment', purpose: 'director' }),
    }),

    // Seed 001's four.
    bankError: step('bankError', {
      SUBMIT_PAYMENT_DETAILS: submit('#commitment', { what: 'paymentReport', requestProof: true }),
    }),
    systemDown: step('systemDown', {
      SUBMIT_PROMISE: submit('#anythingElse', { what: 'promise' }),
      SUBMIT_APPOINTMENT: submit('#anythingElse', { what: 'appointment', purpose: 'systemDown' }),
    }),
    agreedOtherwise: step('agreedOtherwise', {
      SUBMIT_OTHER_AGREEMENT: submit('#commitment', { what: 'otherAgreement' }),
    }),

    // "Hoe gaat u ervoor zorgen dat het factuurbedrag (bijvoorbeeld morgen) op onze rekening staat?"
    commitment: step('commitment', {
      SUBMIT_PROMISE: submit('#anythingElse', { what: 'promise' }),
      SUBMIT_APPOINTMENT: submit('#anythingElse', { what: 'appointment', purpose: 'payment' }),
      NO_COMMITMENT: go('#anythingElse'),
    }),
    // More than one excuse per call: back to the answers until there is nothing else.
    anythingElse: step('anythingElse', { EXCUSE: excuseTransitions, NO_MORE: go('#recap') }),
    recap: recapState,
  },
});

export type CallScriptSnapshot = SnapshotFrom<typeof callScriptMachine>;
