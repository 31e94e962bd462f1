// Task titles that the ledger's own rules create (a broken promise, a defaulted plan, the hand-over
// after an ingebrekestelling), and the titles and recap lines written before texts were messages.
// The titles a call creates are in machines/call-record.messages.ts. Keys are stored in the ledger.
import { defineMessages } from '../../domain/message-text';
import type { TaskType } from '../../domain/call-outcome';

export const taskMessages = defineMessages({
  'task.promise_broken': {
    nl: 'Betaalbelofte van {date} ({amount}) niet nagekomen',
    en: 'Promise to pay of {date} ({amount}) not kept',
  },
  'task.payment_returned': {
    nl: 'Betaling van {amount} van {date} teruggeboekt: {reason}',
    en: 'Payment of {amount} of {date} taken back: {reason}',
  },
  'task.plan_defaulted': {
    nl: 'Ingebrekestelling sturen: betalingsregeling niet nagekomen',
    en: 'Send the notice of default: the payment plan was not kept',
  },
  'task.hand_over.unpaid_after_notice': {
    nl: 'Vordering uit handen geven als er niet is betaald',
    en: 'Hand the claim over if it has not been paid',
  },
  'task.call_back.no_answer': {
    nl: 'Terugbellen: geen gehoor op {date}',
    en: 'Call back: no answer on {date}',
  },
  // What closed a task (shown on the timeline): the thing it asked for was done.
  'task.closed_by.letter': {
    nl: '{letter, select, confirmation {bevestigingsbrief} plan_agreement {regelingsovereenkomst} reminder1 {betalingsherinnering} reminder2 {aanmaning} reminder3 {ingebrekestelling} consumer14 {14-dagenbrief} handover_dossier {overdrachtsdossier} plan_term_reminder {termijnherinnering} other {brief}} van {date} verstuurd',
    en: '{letter, select, confirmation {confirmation letter} plan_agreement {plan agreement} reminder1 {payment reminder} reminder2 {second reminder} reminder3 {notice of default} consumer14 {14-day letter} handover_dossier {hand-over dossier} plan_term_reminder {plan term reminder} other {letter}} of {date} sent',
  },
  'task.closed_by.payment': {
    nl: 'betaling van {amount} ontvangen op {date}',
    en: 'payment of {amount} received on {date}',
  },
  'task.closed_by.paid_in_full': {
    nl: 'alles betaald (laatste betaling {date})',
    en: 'paid in full (last payment {date})',
  },
  'task.closed_by.complaint_resolved': { nl: 'opgelost: {resolution}', en: 'resolved: {resolution}' },
  'task.closed_by.customer_informed': { nl: 'klant geïnformeerd over de oplossing', en: 'customer informed of the solution' },
  'task.closed_by.promise_kept': {
    nl: 'betaalbelofte van {date} alsnog nagekomen',
    en: 'promise to pay of {date} kept after all',
  },
  'task.closed_by.call': {
    nl: 'gebeld op {date}: {code, select, plan {betalingsregeling afgesproken} promise {betaalbelofte} dispute_raised {klacht} paid_already {zegt al betaald te hebben} call_back_agreed {nieuwe terugbelafspraak} reached_agreement {afspraak gemaakt} reached_no_agreement {geen afspraak} other {gesproken}}',
    en: 'called on {date}: {code, select, plan {payment plan agreed} promise {promise to pay} dispute_raised {complaint} paid_already {says it is paid already} call_back_agreed {new call-back agreed} reached_agreement {agreement made} reached_no_agreement {no agreement} other {spoken to}}',
  },
});

// A reason stored before it was a message, shown as it is (handlers/stored-text.ts).
export const storedTextMessages = defineMessages({
  'text.as_typed': { nl: '{text}', en: '{text}' },
});

// Recorded in Dutch before texts were messages (migration 0001): the Dutch text is kept as it was; the
// English names the kind of task and quotes the Dutch, which may hold names, amounts and agreements.
const legacy = (en: string) => ({ nl: '{text}', en: `${en} (recorded in Dutch: “{text}”)` });

export const legacyTaskMessages = defineMessages({
  'task.legacy.call_back': legacy('Call back'),
  'task.legacy.send_invoice_copy': legacy('Send an invoice copy'),
  'task.legacy.send_invoice_data': legacy('Send the invoice details'),
  'task.legacy.verify_payment': legacy('Check the payment'),
  'task.legacy.request_proof_of_payment': legacy('Ask for proof of payment'),
  'task.legacy.check_bank_details': legacy('Check the bank details'),
  'task.legacy.collect_again': legacy('Collect again'),
  'task.legacy.send_plan_for_signature': legacy('Send the plan for signature'),
  'task.legacy.send_confirmation_letter': legacy('Send a confirmation letter'),
  'task.legacy.handle_complaint': legacy('Handle the complaint'),
  'task.legacy.inform_customer': legacy('Inform the customer'),
  'task.legacy.send_ingebrekestelling': legacy('Send the notice of default'),
  'task.legacy.hand_over': legacy('Hand the claim over'),
  'task.legacy.other': legacy('Task'),
  'recap.legacy': { nl: '{text}', en: 'Recorded in Dutch: “{text}”' },
} satisfies Record<`task.legacy.${TaskType}`, unknown> & Record<'recap.legacy', unknown>);
