// "Oh ja, die factuur ga ik betalen" (seed 000): when exactly, and does the customer have all the
// payment details? The date is then watched (the promise's check task).
import { assertEvent } from 'xstate';
import { messagesOf } from '../../domain/message-text';
import { addTask, invoiceParams, SHARED_RECORDERS } from '../call-data';
import { choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { willPayMessages as messages } from './will-pay.messages';

const text = messagesOf(messages);

export const willPay = defineExcuse({
  excuse: 'will_pay',
  hotkey: '8',
  messages,
  steps: [step('willPay', [choice('SUBMIT_PROMISE', 'choice.promise', '1', submit('#anythingElse', { what: 'will_pay/promise' }), 'willPayPromise')])],
  recorders: {
    /** The promise; without the payment details the customer gets them today. */
    promise: (context, event) => {
      assertEvent(event, 'SUBMIT_PROMISE');
      const data = SHARED_RECORDERS.promise(context, event, { what: 'promise' });
      if (event.hasPaymentDetails !== false) return data;
      return addTask(data, {
        type: 'send_invoice_data',
        title: text('task.send_payment_details', invoiceParams(context)),
        dueDate: context.input.today,
        recap: text('recap.send_payment_details'),
      });
    },
  },
});
