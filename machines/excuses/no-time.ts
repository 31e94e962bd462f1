// "Ik heb hier geen tijd voor" (seed 000): a call-back appointment, or an e-mail address to send the
// invoice details to.
import { messagesOf } from '../../domain/message-text';
import { addTask, invoiceParams, valueOf } from '../call-data';
import { choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { noTimeMessages as messages } from './no-time.messages';

const text = messagesOf(messages);

export const noTime = defineExcuse({
  excuse: 'no_time',
  hotkey: '2',
  messages,
  steps: [
    step('noTime', [
      choice('SUBMIT_APPOINTMENT', 'choice.appointment', '1', submit('#commitment', { what: 'appointment', title: 'task.call_back.no_time' }), 'appointment'),
      choice('SUBMIT_EMAIL', 'choice.email', '2', submit('#commitment', { what: 'no_time/email' }), 'email'),
    ]),
  ],
  recorders: {
    /** The e-mail address is kept as the contact's, and the invoice details go there today. */
    email: (context, event) => {
      const email = valueOf<string>(context, event);
      const data = { ...context.data, contactUpdate: { ...(context.data.contactUpdate ?? {}), email } };
      return addTask(data, {
        type: 'send_invoice_data',
        title: text('task.send_invoice_data.email', { ...invoiceParams(context), email }),
        dueDate: context.input.today,
        recap: text('recap.send_invoice_data.email', { email }),
      });
    },
  },
});
