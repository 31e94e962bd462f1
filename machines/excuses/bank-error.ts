// "Ik denk dat de bank een fout heeft gemaakt" (seed 001): when was the payment order given, for what
// amount and with which description — and a statement of it, to look into it.
import { messagesOf } from '../../domain/message-text';
import { addTask, cents, date, SHARED_RECORDERS } from '../call-data';
import { choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { bankErrorMessages as messages } from './bank-error.messages';

const text = messagesOf(messages);

export const bankError = defineExcuse({
  excuse: 'bank_error',
  hotkey: 'a',
  messages,
  steps: [
    step('bankError', [
      choice('SUBMIT_PAYMENT_DETAILS', 'choice.payment_order_details', '1', submit('#commitment', { what: 'bank_error/paymentOrder' }), 'payment'),
    ]),
  ],
  recorders: {
    /** The payment order as reported, and a statement of it requested today. */
    paymentOrder: (context, event) => {
      const data = SHARED_RECORDERS.paymentReport(context, event, { what: 'paymentReport' });
      const order = { date: date(data.paymentReport!.date), amount: cents(data.paymentReport!.amountCents) };
      return addTask(data, {
        type: 'request_proof_of_payment',
        title: text('task.request_statement', order),
        dueDate: context.input.today,
        recap: text('recap.request_statement', order),
      });
    },
  },
});
