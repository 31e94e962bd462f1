// "We hebben het product/de dienst nooit ontvangen" (seed 001): a complaint about the delivery on the
// invoice(s), then passed to the complaint handler or resolved now (#complaintHandling).
import { choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { productNotReceivedMessages as messages } from './product-not-received.messages';

export const productNotReceived = defineExcuse({
  excuse: 'product_not_received',
  hotkey: 'b',
  messages,
  steps: [
    step('productNotReceived', [
      choice('SUBMIT_COMPLAINT', 'choice.register_complaint', '1', submit('#complaintHandling', { what: 'complaint', undelivered: true }), 'complaint'),
    ]),
  ],
});
