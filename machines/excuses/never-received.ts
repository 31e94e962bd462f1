// "Ik heb de factuur nooit ontvangen" (seed 000): send a copy of the invoices (checking the address),
// then a call-back appointment about the payment.
import { choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { neverReceivedMessages as messages } from './never-received.messages';

export const neverReceived = defineExcuse({
  excuse: 'never_received',
  hotkey: '3',
  messages,
  steps: [
    step('neverReceived', [choice('SUBMIT_COPY_DETAILS', 'choice.send_copy', '1', submit('#paymentAppointment', { what: 'copy' }), 'copy')]),
    step('paymentAppointment', [
      choice('SUBMIT_APPOINTMENT', 'choice.appointment', '1', submit('#commitment', { what: 'appointment', title: 'task.call_back.payment' }), 'appointment'),
      choice('SKIP', 'choice.skip_appointment', '2', go('#commitment')),
    ]),
  ],
});
