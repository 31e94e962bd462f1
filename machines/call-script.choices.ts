// The buttons of each step, for the UI to render and bind to hotkeys. Pure data: the UI sends
// { type: choice.event, ...(choice.excuse ? { excuse } : {}), ...fields of choice.form }.
// Labels: call-script.texts.ts choiceLabel(labelKey, lang). Tests keep this in step with the machines.
import { EXCUSES, type Excuse } from '../domain/call-outcome';
import type { CallEventType, CollectionStep, PreventiveStep, ReachStep, StepId } from './call-types';

/** The fields a choice needs before its event can be sent (the UI renders a form for them). */
export type FormKind =
  | 'tone' // { tone }
  | 'planPolicy' // { mayOfferPlan, maxPlanTerms }
  | 'contact' // { name, role?, phone?, email? }
  | 'appointment' // { date, time, withWhom? }
  | 'email' // { email }
  | 'copy' // { addressCorrect, sendTo }
  | 'complaint' // { invoiceIds, description }
  | 'complaintWithHandler' // { invoiceIds, description, handler? }
  | 'handler' // { handler }
  | 'resolution' // { resolution }
  | 'payment' // { date, amountCents, description }
  | 'bankNote' // { note }
  | 'reason' // { reason }
  | 'collectDate' // { date }
  | 'plan' // { totalCents, installments[] }
  | 'promise' // { date, amountCents }
  | 'willPayPromise' // { date, amountCents, hasPaymentDetails }
  | 'otherAgreement' // { colleague, description }
  | 'question' // { invoiceIds, question, answer? }
  | 'note'; // { text }

export interface Choice {
  event: CallEventType;
  labelKey: string;
  /** KeyboardEvent.key, with 'Alt+' for the choices available everywhere (they must work while typing). */
  hotkey: string;
  excuse?: Excuse;
  form?: FormKind;
}

const c = (event: CallEventType, labelKey: string, hotkey: string, form?: FormKind): Choice =>
  form ? { event, labelKey, hotkey, form } : { event, labelKey, hotkey };

// Digits for the first nine answers, then letters: thirteen excuses fit on the number row plus four keys.
const EXCUSE_HOTKEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd'] as const;
export const EXCUSE_CHOICES: readonly Choice[] = EXCUSES.map((excuse, i) => ({
  event: 'EXCUSE',
  excuse,
  labelKey: `excuse.${excuse}`,
  hotkey: EXCUSE_HOTKEYS[i]!,
}));

const reachChoices = {
  greeting: [
    c('REACHED', 'choice.reached', '1'),
    c('TRANSFERRED', 'choice.transferred', '2'),
    c('NOT_AVAILABLE', 'choice.not_available', '3'),
    c('NO_ANSWER', 'choice.no_answer', '4'),
    c('VOICEMAIL', 'choice.voicemail', '5'),
    c('WRONG_NUMBER', 'choice.wrong_number', '6'),
  ],
  transferred: [c('REACHED', 'choice.reached', '1'), c('NOT_REACHED', 'choice.not_reached', '2'), c('VOICEMAIL', 'choice.voicemail', '3')],
  notAvailable: [c('SUBMIT_CONTACT', 'choice.record_responsible', '1', 'contact'), c('SKIP', 'choice.skip_contact', '2')],
  askDecider: [c('REACHED', 'choice.decider_reached', '1'), c('NOBODY', 'choice.nobody', '2')],
  callBackAppointment: [c('SUBMIT_APPOINTMENT', 'choice.appointment', '1', 'appointment'), c('NO_APPOINTMENT', 'choice.no_appointment', '2')],
} satisfies Record<ReachStep, Choice[]>;

const preparation = [c('SET_TONE', 'choice.set_tone', 't', 'tone'), c('SET_PLAN_POLICY', 'choice.plan_policy', 'p', 'planPolicy'), c('DIAL', 'choice.dial', 'Enter')];
const recap = [c('FINISH', 'choice.finish', 'Enter')];
const promise = c('SUBMIT_PROMISE', 'choice.promise', '1', 'promise');
const appointment = (hotkey: string) => c('SUBMIT_APPOINTMENT', 'choice.appointment', hotkey, 'appointment');
const holidayLevel = (reachedKey: string, notAvailableKey: string) => [c('REACHED', reachedKey, '1'), c('NOT_AVAILABLE', notAvailableKey, '2')];

export const CALL_SCRIPT_CHOICES: Record<CollectionStep, readonly Choice[]> = {
  preparation,
  ...reachChoices,
  purpose: EXCUSE_CHOICES,
  notMyDepartment: [c('SUBMIT_CONTACT', 'choice.record_responsible', '1', 'contact')],
  transferToResponsible: [c('REACHED', 'choice.reached', '1'), c('NOT_REACHED', 'choice.not_reached', '2')],
  sendInvoiceData: [appointment('1')],
  noTime: [appointment('1'), c('SUBMIT_EMAIL', 'choice.email', '2', 'email')],
  neverReceived: [c('SUBMIT_COPY_DETAILS', 'choice.send_copy', '1', 'copy')],
  paymentAppointment: [appointment('1'), c('SKIP', 'choice.skip_appointment', '2')],
  invoiceIncorrect: [c('SUBMIT_COMPLAINT', 'choice.register_complaint', '1', 'complaint')],
  productNotReceived: [c('SUBMIT_COMPLAINT', 'choice.register_complaint', '1', 'complaint')],
  complaintHandling: [c('PASS_TO_HANDLER', 'choice.pass_to_handler', '1', 'handler'), c('RESOLVE_NOW', 'choice.resolve_now', '2', 'resolution')],
  alreadyPaid: [c('SUBMIT_PAYMENT_DETAILS', 'choice.payment_details', '1', 'payment')],
  paymentCheck: [
    c('PAYMENT_FOUND', 'choice.payment_found', '1'),
    c('VERIFY_LATER', 'choice.verify_later', '2'),
    c('PAYMENT_NOT_FOUND', 'choice.payment_not_found', '3'),
  ],
  directDebit: [c('BANK_DETAILS_CORRECT', 'choice.bank_details_correct', '1'), c('BANK_DETAILS_WRONG', 'choice.bank_details_wrong', '2', 'bankNote')],
  debitReversed: [c('NOT_REVERSED', 'choice.not_reversed', '1'), c('REVERSED', 'choice.reversed', '2', 'reason')],
  afterReversal: [c('SUBMIT_PROMISE', 'choice.pay_manually', '1', 'promise'), c('COLLECT_AGAIN', 'choice.collect_again', '2', 'collectDate')],
  cannotPay: [c('SUBMIT_PLAN', 'choice.plan', '1', 'plan'), c('PLAN_REFUSED', 'choice.plan_refused', '2')],
  lastChance: [c('SUBMIT_PROMISE', 'choice.last_chance_date', '1', 'promise'), c('REFUSED', 'choice.refused', '2')],
  willPay: [c('SUBMIT_PROMISE', 'choice.promise', '1', 'willPayPromise')],
  onHolidayReplacement: holidayLevel('choice.replacement_reached', 'choice.ask_manager'),
  onHolidayManager: holidayLevel('choice.manager_reached', 'choice.ask_director'),
  onHolidayDirector: holidayLevel('choice.director_reached', 'choice.director_not_available'),
  holidayAppointment: [appointment('1')],
  bankError: [c('SUBMIT_PAYMENT_DETAILS', 'choice.payment_order_details', '1', 'payment')],
  systemDown: [promise, appointment('2')],
  agreedOtherwise: [c('SUBMIT_OTHER_AGREEMENT', 'choice.other_agreement', '1', 'otherAgreement')],
  commitment: [promise, appointment('2'), c('NO_COMMITMENT', 'choice.no_commitment', '3')],
  anythingElse: [...EXCUSE_CHOICES, c('NO_MORE', 'choice.no_more', '0')],
  recap,
  done: [],
};

const yesNo = [c('YES', 'choice.yes', '1'), c('NO', 'choice.no', '2')];

export const PREVENTIVE_CHOICES: Record<PreventiveStep, readonly Choice[]> = {
  preparation,
  ...reachChoices,
  invoiceReceived: yesNo,
  sendCopy: [c('SUBMIT_COPY_DETAILS', 'choice.send_copy', '1', 'copy')],
  invoiceQuestions: yesNo,
  invoiceQuestion: [
    c('SUBMIT_QUESTION', 'choice.question', '1', 'question'),
    c('SUBMIT_COMPLAINT', 'choice.register_complaint', '2', 'complaintWithHandler'),
  ],
  goodsReceived: yesNo,
  goodsMissing: [c('SUBMIT_COMPLAINT', 'choice.register_complaint', '1', 'complaintWithHandler')],
  confirmOnTime: [c('CONFIRM_ON_TIME', 'choice.confirm_on_time', '1'), c('NOT_CONFIRMED', 'choice.not_confirmed', '2')],
  recap,
  done: [],
};

/** Available in every step of the conversation (not in preparation, not after the end). */
export const GLOBAL_CHOICES: readonly Choice[] = [
  c('BACK', 'choice.back', 'Alt+ArrowLeft'),
  c('NOTE', 'choice.note', 'Alt+n', 'note'),
  c('HANG_UP', 'choice.hang_up', 'Alt+h'),
];

/** Everything the UI offers in a step: the step's own choices, then the global ones that apply there. */
export function choicesFor(kind: 'collection' | 'preventive', step: StepId): readonly Choice[] {
  const own = kind === 'collection' ? CALL_SCRIPT_CHOICES[step as CollectionStep] : PREVENTIVE_CHOICES[step as PreventiveStep];
  if (step === 'done') return [];
  const global = step === 'preparation' ? GLOBAL_CHOICES.filter((g) => g.event === 'NOTE') : GLOBAL_CHOICES;
  return [...(own ?? []), ...global];
}
