// "Ik ga daar niet over" (seed 000): ask for the right person and their details, have the call put
// through; if they cannot be reached, send them the invoice details and make a call appointment.
import { assertEvent } from 'xstate';
import { messagesOf, type MessageParams } from '../../domain/message-text';
import { addTask, invoiceParams, recordAppointment } from '../call-data';
import { choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { notMyDepartmentMessages as messages } from './not-my-department.messages';

const text = messagesOf(messages);

export const notMyDepartment = defineExcuse({
  excuse: 'not_my_department',
  hotkey: '1',
  messages,
  steps: [
    step('notMyDepartment', [choice('SUBMIT_CONTACT', 'choice.record_responsible', '1', submit('#transferToResponsible', { what: 'contact' }), 'contact')]),
    step('transferToResponsible', [
      choice('REACHED', 'choice.reached', '1', go('#purpose', { what: 'reached' })),
      choice('NOT_REACHED', 'choice.not_reached', '2', go('#sendInvoiceData')),
    ]),
    step('sendInvoiceData', [
      choice('SUBMIT_APPOINTMENT', 'choice.appointment', '1', submit('#anythingElse', { what: 'not_my_department/dataAndAppointment' }), 'appointment'),
    ]),
  ],
  recorders: {
    /** The invoice details go to the person named, and we call them about it. */
    dataAndAppointment: (context, event) => {
      assertEvent(event, 'SUBMIT_APPOINTMENT');
      const next = recordAppointment(context, event, 'task.call_back.send_data');
      const name = context.data.contactUpdate?.name ?? '';
      const email = context.data.contactUpdate?.email ?? '';
      const to: MessageParams = { to: email ? (name ? 'nameEmail' : 'email') : name ? 'name' : 'nobody', name, email };
      return addTask(next, {
        type: 'send_invoice_data',
        title: text('task.send_invoice_data', { ...invoiceParams(context), ...to }),
        dueDate: context.input.today,
        recap: text('recap.send_invoice_data', to),
      });
    },
  },
});
