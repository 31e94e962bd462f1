// "De factuur heb ik reeds betaald" (seed 000): ask when, how much and with which description; look the
// payment up — found (book it), look it up later, or not found (ask for proof of payment).
import { messagesOf, type MessageParams } from '../../domain/message-text';
import { nextOfficeDay } from '../../domain/calendar/office-days';
import { addTask, cents, date, invoiceParams, officeOf } from '../call-data';
import type { CallData } from '../call-types';
import { choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { alreadyPaidMessages as messages } from './already-paid.messages';

const text = messagesOf(messages);

function reported(data: CallData): MessageParams {
  const r = data.paymentReport;
  if (!r) return { reported: 'no', amount: null, date: null, described: 'no', description: '' };
  return { reported: 'yes', amount: cents(r.amountCents), date: date(r.date), described: r.description ? 'yes' : 'no', description: r.description };
}

export const alreadyPaid = defineExcuse({
  excuse: 'already_paid',
  hotkey: '5',
  messages,
  steps: [
    step('alreadyPaid', [choice('SUBMIT_PAYMENT_DETAILS', 'choice.payment_details', '1', submit('#paymentCheck', { what: 'paymentReport' }), 'payment')]),
    step('paymentCheck', [
      choice('PAYMENT_FOUND', 'choice.payment_found', '1', go('#anythingElse', { what: 'already_paid/found' })),
      choice('VERIFY_LATER', 'choice.verify_later', '2', go('#anythingElse', { what: 'already_paid/verifyLater' })),
      choice('PAYMENT_NOT_FOUND', 'choice.payment_not_found', '3', go('#anythingElse', { what: 'already_paid/proofRequested' })),
    ]),
  ],
  recorders: {
    // Found during the call: book it, so the schedule does not escalate a debt that was paid.
    found: (context) =>
      addTask(context.data, {
        type: 'verify_payment',
        title: text('task.book_found_payment', { ...reported(context.data), ...invoiceParams(context) }),
        dueDate: context.input.today,
        recap: text('recap.payment_found', reported(context.data)),
      }),
    verifyLater: (context) =>
      addTask(context.data, {
        type: 'verify_payment',
        title: text('task.look_up_payment', reported(context.data)),
        dueDate: nextOfficeDay(context.input.today, officeOf(context)),
        recap: text('recap.look_up_payment', reported(context.data)),
      }),
    // Seed 000: "als betaling niet te vinden is, klant vragen om een bewijs van betaling".
    proofRequested: (context) =>
      addTask(context.data, {
        type: 'request_proof_of_payment',
        title: text('task.request_proof', reported(context.data)),
        dueDate: context.input.today,
        recap: text('recap.request_proof', reported(context.data)),
      }),
  },
});
